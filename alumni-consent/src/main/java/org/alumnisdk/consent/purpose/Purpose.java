package org.alumnisdk.consent.purpose;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;

/**
 * One version of a purpose of use in the catalogue (APPI@2022-04-01 Art. 17(1): purposes are
 * specified as concretely as possible).
 *
 * <p>A purpose says whether processing for it rests on the person's consent (for example
 * Art. 18(1), use beyond the purpose notified at collection) and which notice must have been
 * shown first (Art. 21), at or above which version. Purposes are versioned: a change creates
 * the next version together with a {@link PurposeChange} that records a person's classification.
 *
 * @param id the catalogue identifier
 * @param version the version, from 1
 * @param nameJa the Japanese name
 * @param nameEn the English name
 * @param description what the data is used for, concretely
 * @param dpvPurposes W3C DPV purpose identifiers (for example {@code dpv:RecruitmentManagement})
 * @param fidesDataUses fideslang data-use keys (for example {@code employment.recruitment})
 * @param retention the retention policy once the purpose ends
 * @param consentRequired whether processing needs a consent held in the ledger
 * @param consentArticle the article that makes consent necessary (cited in denials); blank if none
 * @param requiredNotice the notice that must have been shown, if any
 * @param minimumNoticeVersion the lowest version of that notice that covers this purpose version
 * @param effectiveFrom when this version takes effect
 * @since 0.1.0
 */
public record Purpose(
    PurposeId id,
    int version,
    String nameJa,
    String nameEn,
    String description,
    List<String> dpvPurposes,
    List<String> fidesDataUses,
    RetentionPolicy retention,
    boolean consentRequired,
    String consentArticle,
    Optional<NoticeId> requiredNotice,
    int minimumNoticeVersion,
    Instant effectiveFrom) {

  /**
   * Validates the purpose and copies its lists.
   *
   * @param id the catalogue identifier
   * @param version the version, from 1
   * @param nameJa the Japanese name
   * @param nameEn the English name
   * @param description what the data is used for, concretely
   * @param dpvPurposes W3C DPV purpose identifiers (for example {@code dpv:RecruitmentManagement})
   * @param fidesDataUses fideslang data-use keys (for example {@code employment.recruitment})
   * @param retention the retention policy once the purpose ends
   * @param consentRequired whether processing needs a consent held in the ledger
   * @param consentArticle the article that makes consent necessary (cited in denials); blank if none
   * @param requiredNotice the notice that must have been shown, if any
   * @param minimumNoticeVersion the lowest version of that notice that covers this purpose version
   * @param effectiveFrom when this version takes effect
   * @throws InvalidValueException if a field is missing or inconsistent
   */
  public Purpose {
    Checks.notNull(id, "purpose.id");
    if (version < 1) {
      throw new InvalidValueException("purpose.version", "must be >= 1, was " + version);
    }
    nameJa = Checks.notBlank(nameJa, "purpose.nameJa");
    nameEn = Checks.notBlank(nameEn, "purpose.nameEn");
    description = Checks.notBlank(description, "purpose.description");
    dpvPurposes = Checks.copyOf(dpvPurposes, "purpose.dpvPurposes");
    fidesDataUses = Checks.copyOf(fidesDataUses, "purpose.fidesDataUses");
    if (dpvPurposes.isEmpty()) {
      throw new InvalidValueException("purpose.dpvPurposes", "name at least one DPV purpose");
    }
    if (fidesDataUses.isEmpty()) {
      throw new InvalidValueException("purpose.fidesDataUses", "name at least one fideslang data use");
    }
    Checks.notNull(retention, "purpose.retention");
    consentArticle = consentArticle == null ? "" : consentArticle.strip();
    if (consentRequired && consentArticle.isEmpty()) {
      throw new InvalidValueException(
          "purpose.consentArticle", "name the article that requires consent");
    }
    Checks.notNull(requiredNotice, "purpose.requiredNotice");
    if (requiredNotice.isPresent() && minimumNoticeVersion < 1) {
      throw new InvalidValueException("purpose.minimumNoticeVersion", "must be >= 1");
    }
    if (requiredNotice.isEmpty() && minimumNoticeVersion != 0) {
      throw new InvalidValueException("purpose.minimumNoticeVersion", "must be 0 without a notice");
    }
    Checks.notNull(effectiveFrom, "purpose.effectiveFrom");
  }

  /**
   * Starts a builder for version 1 of a purpose.
   *
   * @param id the identifier
   * @return a builder
   */
  public static Builder builder(PurposeId id) {
    return new Builder(id);
  }

  /**
   * A builder for the next version of this purpose: same fields, version + 1.
   *
   * @param effectiveFrom when the next version takes effect
   * @return a builder pre-filled with this version
   */
  public Builder nextVersion(Instant effectiveFrom) {
    Builder b = new Builder(id);
    b.version = version + 1;
    b.nameJa = nameJa;
    b.nameEn = nameEn;
    b.description = description;
    b.dpvPurposes = dpvPurposes;
    b.fidesDataUses = fidesDataUses;
    b.retention = retention;
    b.consentRequired = consentRequired;
    b.consentArticle = consentArticle;
    b.requiredNotice = requiredNotice;
    b.minimumNoticeVersion = minimumNoticeVersion;
    b.effectiveFrom = effectiveFrom;
    return b;
  }

  /** Builds {@link Purpose} values; the record validates on {@link #build()}. */
  public static final class Builder {
    private final PurposeId id;
    private int version = 1;
    private String nameJa;
    private String nameEn;
    private String description;
    private List<String> dpvPurposes = List.of();
    private List<String> fidesDataUses = List.of();
    private RetentionPolicy retention;
    private boolean consentRequired;
    private String consentArticle = "";
    private Optional<NoticeId> requiredNotice = Optional.empty();
    private int minimumNoticeVersion;
    private Instant effectiveFrom;

    private Builder(PurposeId id) {
      this.id = id;
    }

    /**
     * Sets the names.
     *
     * @param ja the Japanese name
     * @param en the English name
     * @return this builder
     */
    public Builder names(String ja, String en) {
      this.nameJa = ja;
      this.nameEn = en;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the DPV purposes.
     *
     * @param dpv DPV identifiers
     * @return this builder
     */
    public Builder dpv(String... dpv) {
      this.dpvPurposes = List.of(dpv);
      return this;
    }

    /**
     * Sets the fideslang data uses.
     *
     * @param uses fideslang keys
     * @return this builder
     */
    public Builder fides(String... uses) {
      this.fidesDataUses = List.of(uses);
      return this;
    }

    /**
     * Sets the retention policy.
     *
     * @param retention the policy
     * @return this builder
     */
    public Builder retention(RetentionPolicy retention) {
      this.retention = retention;
      return this;
    }

    /**
     * Requires consent, naming the article that requires it.
     *
     * @param article for example {@code APPI@2022-04-01:Art.18(1)}
     * @return this builder
     */
    public Builder consentRequired(String article) {
      this.consentRequired = true;
      this.consentArticle = article;
      return this;
    }

    /**
     * Declares that no consent is needed (the purpose rests on notice or publication).
     *
     * @return this builder
     */
    public Builder noConsentRequired() {
      this.consentRequired = false;
      this.consentArticle = "";
      return this;
    }

    /**
     * Requires a notice to have been shown, at or above a version.
     *
     * @param notice the notice
     * @param minimumVersion the lowest covering version
     * @return this builder
     */
    public Builder requiresNotice(NoticeId notice, int minimumVersion) {
      this.requiredNotice = Optional.of(notice);
      this.minimumNoticeVersion = minimumVersion;
      return this;
    }

    /**
     * Sets when the version takes effect.
     *
     * @param effectiveFrom the instant
     * @return this builder
     */
    public Builder effectiveFrom(Instant effectiveFrom) {
      this.effectiveFrom = effectiveFrom;
      return this;
    }

    /**
     * Builds the purpose.
     *
     * @return the purpose
     * @throws InvalidValueException if a field is missing or inconsistent
     */
    public Purpose build() {
      return new Purpose(
          id,
          version,
          nameJa,
          nameEn,
          description,
          dpvPurposes,
          fidesDataUses,
          retention,
          consentRequired,
          consentArticle,
          requiredNotice,
          minimumNoticeVersion,
          effectiveFrom);
    }
  }
}
