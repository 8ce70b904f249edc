package org.alumnisdk.consent.ledger;

import java.time.Instant;
import java.util.Optional;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.purpose.Purpose;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * A consent receipt for one ledger entry, exportable as JSON with the ISO/IEC TS 27560:2023
 * field names (as mapped by the W3C DPV guide), plus the ledger position and hash that prove the
 * entry is in the tenant's chain.
 *
 * @param receiptId the receipt identifier (27560 {@code receipt_id})
 * @param createdAt when the receipt was made
 * @param entry the ledger entry the receipt is for (27560 {@code record_id} = its event id)
 * @param purpose the purpose version the consent is about
 * @param notice the notice version shown, when known (its hash is printed)
 * @param settings the operator facts
 * @since 0.1.0
 */
public record ConsentReceipt(
    String receiptId,
    Instant createdAt,
    LedgerEntry entry,
    Purpose purpose,
    Optional<Notice> notice,
    ReceiptSettings settings) {

  /** The schema version printed in {@code schema_version}. */
  public static final String SCHEMA_VERSION = "ISO/IEC TS 27560:2023";

  /**
   * Validates the receipt.
   *
   * @param receiptId the receipt identifier (27560 {@code receipt_id})
   * @param createdAt when the receipt was made
   * @param entry the ledger entry the receipt is for (27560 {@code record_id} = its event id)
   * @param purpose the purpose version the consent is about
   * @param notice the notice version shown, when known (its hash is printed)
   * @param settings the operator facts
   * @throws InvalidValueException if a field is missing or the purpose does not match the event
   */
  public ConsentReceipt {
    receiptId = Checks.notBlank(receiptId, "receipt.receiptId");
    Checks.notNull(createdAt, "receipt.createdAt");
    Checks.notNull(entry, "receipt.entry");
    Checks.notNull(purpose, "receipt.purpose");
    Checks.notNull(notice, "receipt.notice");
    Checks.notNull(settings, "receipt.settings");
    if (!purpose.id().equals(entry.event().purpose())) {
      throw new InvalidValueException("receipt.purpose", "does not match the event's purpose");
    }
  }

  /**
   * The receipt as a JSON object. Field names follow ISO/IEC TS 27560 ({@code schema_version},
   * {@code receipt_id}, {@code record_id}, {@code pii_principal_id}, {@code privacy_notice},
   * {@code language}, {@code purposes}, {@code lawful_basis}, {@code pii_controllers},
   * {@code collection_method}, {@code retention_period}, {@code jurisdiction},
   * {@code withdrawal_method}, {@code event_time}, {@code event_type}, {@code event_state},
   * {@code validity_duration}, {@code entity_id}); APPI additions are prefixed {@code appi_} and
   * the chain proof sits under {@code ledger_proof}.
   *
   * @return compact JSON text
   */
  public String toJson() {
    ConsentEvent e = entry.event();
    Json j = new Json().open();
    j.field("schema_version", SCHEMA_VERSION)
        .field("receipt_id", receiptId)
        .field("receipt_timestamp", createdAt.toString())
        .field("record_id", e.eventId())
        .field("pii_principal_id", e.alumnus().value())
        .field("jurisdiction", settings.jurisdiction())
        .field("appi_law_version", settings.lawVersion());
    Optional<NoticeRef> ref = e.notice();
    j.field("language", ref.map(NoticeRef::language).orElse(notice.map(Notice::language).orElse(null)));
    if (ref.isPresent()) {
      j.open("privacy_notice")
          .field("notice_id", ref.get().notice().value())
          .field("version", ref.get().version())
          .field("language", ref.get().language());
      notice.ifPresent(n -> j.field("content_hash", "sha256:" + n.contentHash())
          .field("notice_type", n.type().name())
          .field("article", n.type().article()));
      j.close();
    } else {
      j.field("privacy_notice", null);
    }
    j.array("pii_controllers").open()
        .field("party_name", settings.controllerName())
        .field("party_role", "dpv:DataController")
        .field("party_contact", settings.controllerContact())
        .close().endArray();
    j.array("purposes").open()
        .field("purpose", purpose.id().value())
        .field("purpose_version", purpose.version())
        .field("purpose_name_ja", purpose.nameJa())
        .field("purpose_name_en", purpose.nameEn())
        .field("purpose_description", purpose.description());
    j.array("purpose_type");
    purpose.dpvPurposes().forEach(j::value);
    j.endArray();
    j.array("fides_data_use");
    purpose.fidesDataUses().forEach(j::value);
    j.endArray();
    j.field("lawful_basis", "dpv:Consent")
        .field("appi_article", purpose.consentRequired() ? purpose.consentArticle() : "")
        .field("retention_period", purpose.retention().afterPurposeEnds().toString()
            + " after the purpose ends, then " + purpose.retention().action().name())
        .close().endArray();
    j.field("collection_method", e.method().name())
        .field("withdrawal_method", settings.withdrawalMethod());
    j.open("event")
        .field("event_time", e.at().toString())
        .field("event_type", e.method().dpvConsentType())
        .field("event_state", e.type().dpv())
        .field("validity_duration",
            e.validUntil().map(u -> java.time.Duration.between(e.at(), u).toString()).orElse(null))
        .field("entity_id", e.actor().code())
        .close();
    j.open("ledger_proof")
        .field("position", entry.position())
        .field("previous_hash", entry.previousHash())
        .field("hash", entry.hash())
        .field("algorithm", "SHA-256(previous_hash || position || canonical_event)")
        .close();
    return j.close().toString();
  }
}
