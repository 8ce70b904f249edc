package org.alumnisdk.consent.notice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * One immutable version of a notice in one language. A change of text is a new version.
 *
 * <p>The SHA-256 hash of the exact text is kept so that a consent or a "shown" record can prove
 * which words the person saw. {@code toString()} omits the text.
 *
 * @param tenant the operator (tenant) that issues the notice
 * @param id the notice identifier, shared by all versions
 * @param version the version, from 1
 * @param type the kind of notice and its article
 * @param language a BCP 47 language tag, for example {@code ja} or {@code en}
 * @param text the exact text
 * @param contentHash lowercase hex SHA-256 of the UTF-8 text
 * @param purposes the catalogue purposes the notice states
 * @param effectiveFrom first instant the version is in force
 * @param effectiveTo first instant it is no longer in force, if set
 * @param ppcFilingReference the PPC filing reference (required for opt-out notices, Art. 27(2))
 * @since 0.1.0
 */
public record Notice(
    TenantId tenant,
    NoticeId id,
    int version,
    NoticeType type,
    String language,
    String text,
    String contentHash,
    List<PurposeId> purposes,
    Instant effectiveFrom,
    Optional<Instant> effectiveTo,
    Optional<String> ppcFilingReference) {

  /**
   * Validates the notice; the hash must be the SHA-256 of the text.
   *
   * @param tenant the operator (tenant) that issues the notice
   * @param id the notice identifier, shared by all versions
   * @param version the version, from 1
   * @param type the kind of notice and its article
   * @param language a BCP 47 language tag, for example {@code ja} or {@code en}
   * @param text the exact text
   * @param contentHash lowercase hex SHA-256 of the UTF-8 text
   * @param purposes the catalogue purposes the notice states
   * @param effectiveFrom first instant the version is in force
   * @param effectiveTo first instant it is no longer in force, if set
   * @param ppcFilingReference the PPC filing reference (required for opt-out notices, Art. 27(2))
   * @throws InvalidValueException if a field is missing or inconsistent
   */
  public Notice {
    Checks.notNull(tenant, "notice.tenant");
    Checks.notNull(id, "notice.id");
    if (version < 1) {
      throw new InvalidValueException("notice.version", "must be >= 1, was " + version);
    }
    Checks.notNull(type, "notice.type");
    language = Checks.notBlank(language, "notice.language");
    Checks.notNull(text, "notice.text");
    if (text.isBlank()) {
      throw new InvalidValueException("notice.text", "must not be blank");
    }
    Checks.notNull(contentHash, "notice.contentHash");
    if (!contentHash.equals(sha256Hex(text))) {
      throw new InvalidValueException("notice.contentHash", "is not the SHA-256 of the text");
    }
    purposes = Checks.copyOf(purposes, "notice.purposes");
    Checks.notNull(effectiveFrom, "notice.effectiveFrom");
    Checks.notNull(effectiveTo, "notice.effectiveTo");
    if (effectiveTo.isPresent() && !effectiveTo.get().isAfter(effectiveFrom)) {
      throw new InvalidValueException("notice.effectiveTo", "must be after effectiveFrom");
    }
    Checks.notNull(ppcFilingReference, "notice.ppcFilingReference");
    ppcFilingReference = ppcFilingReference.map(String::strip).filter(s -> !s.isEmpty());
    if (type.requiresPpcFiling() && ppcFilingReference.isEmpty()) {
      throw new InvalidValueException(
          "notice.ppcFilingReference",
          "an opt-out notice needs its PPC filing reference (APPI@2022-04-01:Art.27(2))");
    }
  }

  /**
   * Creates a notice version, hashing the text.
   *
   * @param tenant the operator
   * @param id the notice identifier
   * @param version the version
   * @param type the kind
   * @param language the BCP 47 language tag
   * @param text the exact text
   * @param purposes purposes stated
   * @param effectiveFrom when it takes effect
   * @return the notice, without an end date or PPC filing
   * @throws InvalidValueException if a field is missing or inconsistent
   */
  public static Notice of(
      TenantId tenant,
      NoticeId id,
      int version,
      NoticeType type,
      String language,
      String text,
      List<PurposeId> purposes,
      Instant effectiveFrom) {
    return new Notice(
        tenant,
        id,
        version,
        type,
        language,
        text,
        sha256Hex(Checks.notNull(text, "notice.text")),
        purposes,
        effectiveFrom,
        Optional.empty(),
        Optional.empty());
  }

  /**
   * A copy with a PPC filing reference (opt-out notices, Art. 27(2)).
   *
   * @param reference the filing reference
   * @return the copy
   * @throws InvalidValueException if the reference is blank
   */
  public Notice withPpcFiling(String reference) {
    return new Notice(
        tenant, id, version, type, language, text, contentHash, purposes, effectiveFrom,
        effectiveTo, Optional.of(Checks.notBlank(reference, "notice.ppcFilingReference")));
  }

  /**
   * A copy that stops being in force at an instant.
   *
   * @param to the first instant it is no longer in force
   * @return the copy
   * @throws InvalidValueException if {@code to} is not after effectiveFrom
   */
  public Notice withEffectiveTo(Instant to) {
    return new Notice(
        tenant, id, version, type, language, text, contentHash, purposes, effectiveFrom,
        Optional.of(Checks.notNull(to, "notice.effectiveTo")), ppcFilingReference);
  }

  /**
   * Whether the version is in force at an instant.
   *
   * @param at the instant
   * @return true if {@code effectiveFrom <= at < effectiveTo}
   */
  public boolean inForceAt(Instant at) {
    return !effectiveFrom.isAfter(at) && effectiveTo.map(at::isBefore).orElse(true);
  }

  /**
   * The lowercase hex SHA-256 of a text's UTF-8 bytes.
   *
   * @param text the text
   * @return 64 hex characters
   */
  public static String sha256Hex(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "Notice[" + tenant + "/" + id + " v" + version + " " + language + " " + type
        + " sha256=" + contentHash.substring(0, 12) + "... from " + effectiveFrom
        + effectiveTo.map(t -> " to " + t).orElse("") + "]";
  }
}
