package org.alumnisdk.consent.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * The record of a provision of personal data to a third party (APPI@2022-04-01 Art. 29(1);
 * contents per Rules Art. 13 [M]): who received which items about whom, when, on which ground,
 * and for consent-based provisions the ledger events holding the consent.
 *
 * @param tenant the provider (tenant)
 * @param recordId the record id
 * @param alumni the persons concerned
 * @param basis the ground of the provision
 * @param recipientName the recipient's name (an organisation)
 * @param recipientAddress the recipient's address, required for opt-out provision
 * @param recipientCountry ISO 3166 country code of the recipient
 * @param dataCategories the items provided
 * @param consentEventIds ledger event ids of the consents relied on (consent grounds)
 * @param firstProvidedAt the first provision covered
 * @param lastProvidedAt the last provision covered
 * @param method how the record is kept
 * @param recordedAt when the record was made
 * @since 0.1.0
 */
public record ProvisionRecord(
    TenantId tenant,
    String recordId,
    List<AlumnusId> alumni,
    ProvisionBasis basis,
    String recipientName,
    Optional<String> recipientAddress,
    String recipientCountry,
    List<String> dataCategories,
    List<String> consentEventIds,
    Instant firstProvidedAt,
    Instant lastProvidedAt,
    RecordingMethod method,
    Instant recordedAt)
    implements StatutoryRecord {

  /**
   * Validates the record and copies its lists.
   *
   * @param tenant the provider (tenant)
   * @param recordId the record id
   * @param alumni the persons concerned
   * @param basis the ground of the provision
   * @param recipientName the recipient's name (an organisation)
   * @param recipientAddress the recipient's address, required for opt-out provision
   * @param recipientCountry ISO 3166 country code of the recipient
   * @param dataCategories the items provided
   * @param consentEventIds ledger event ids of the consents relied on (consent grounds)
   * @param firstProvidedAt the first provision covered
   * @param lastProvidedAt the last provision covered
   * @param method how the record is kept
   * @param recordedAt when the record was made
   * @throws InvalidValueException if a field is missing or inconsistent
   */
  public ProvisionRecord {
    Checks.notNull(tenant, "provision.tenant");
    recordId = Checks.notBlank(recordId, "provision.recordId");
    alumni = Checks.copyOf(alumni, "provision.alumni");
    if (alumni.isEmpty()) {
      throw new InvalidValueException("provision.alumni", "name at least one person");
    }
    Checks.notNull(basis, "provision.basis");
    recipientName = Checks.notBlank(recipientName, "provision.recipientName");
    Checks.notNull(recipientAddress, "provision.recipientAddress");
    if (basis == ProvisionBasis.OPT_OUT_ART_27_2 && recipientAddress.isEmpty()) {
      throw new InvalidValueException(
          "provision.recipientAddress", "an opt-out provision record needs the recipient's address");
    }
    recipientCountry = Checks.notBlank(recipientCountry, "provision.recipientCountry");
    dataCategories = Checks.copyOf(dataCategories, "provision.dataCategories");
    if (dataCategories.isEmpty()) {
      throw new InvalidValueException("provision.dataCategories", "name the items provided");
    }
    consentEventIds = Checks.copyOf(consentEventIds, "provision.consentEventIds");
    if (basis.isConsent() && consentEventIds.isEmpty()) {
      throw new InvalidValueException(
          "provision.consentEventIds", "a consent-based provision must point to the consents relied on");
    }
    Checks.notNull(firstProvidedAt, "provision.firstProvidedAt");
    Checks.notNull(lastProvidedAt, "provision.lastProvidedAt");
    if (lastProvidedAt.isBefore(firstProvidedAt)) {
      throw new InvalidValueException("provision.lastProvidedAt", "must not precede firstProvidedAt");
    }
    Checks.notNull(method, "provision.method");
    Checks.notNull(recordedAt, "provision.recordedAt");
  }

  @Override
  public RecordType type() {
    return RecordType.PROVISION_ART_29;
  }

  @Override
  public Instant lastOccurredAt() {
    return lastProvidedAt;
  }

  /**
   * A copy covering a further provision (continuous or contract records).
   *
   * @param at when the further provision took place
   * @return the copy with {@code lastProvidedAt} moved forward (never backward)
   */
  public ProvisionRecord withFurtherProvision(Instant at) {
    Checks.notNull(at, "at");
    Instant last = at.isAfter(lastProvidedAt) ? at : lastProvidedAt;
    return new ProvisionRecord(tenant, recordId, alumni, basis, recipientName, recipientAddress,
        recipientCountry, dataCategories, consentEventIds, firstProvidedAt, last, method, recordedAt);
  }
}
