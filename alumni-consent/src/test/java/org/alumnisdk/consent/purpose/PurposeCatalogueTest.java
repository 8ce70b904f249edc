package org.alumnisdk.consent.purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PurposeCatalogueTest {
  static final TenantId T = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant T1 = Instant.parse("2026-07-01T00:00:00Z");

  PurposeCatalogue catalogue() {
    PurposeCatalogue c = new PurposeCatalogue();
    StandardPurposes.all(T0).forEach(p -> c.register(T, p));
    return c;
  }

  @Test
  @DisplayName("Art. 17(2): a change of purpose carries the recorded human classification, decider and time")
  void changeRecordsClassification() {
    PurposeCatalogue c = catalogue();
    Purpose v1 = c.current(T, PurposeId.MENTORING).orElseThrow();
    Purpose v2 = v1.nextVersion(T1).description("Matching alumni as mentors, including group companies.").build();
    PurposeChange ch = new PurposeChange(PurposeId.MENTORING, 1, 2, ChangeClassification.NEW_PURPOSE,
        "legal-dept", T1.minusSeconds(86400), Optional.empty());
    c.change(T, v2, ch);
    assertThat(c.history(T, PurposeId.MENTORING)).extracting(Purpose::version).containsExactly(1, 2);
    assertThat(c.asOf(T, PurposeId.MENTORING, T1.minusNanos(1))).contains(v1);
    assertThat(c.asOf(T, PurposeId.MENTORING, T1)).contains(v2);
    assertThat(c.changes(T, PurposeId.MENTORING)).containsExactly(ch);
    assertThat(ch.classification().article()).isEqualTo("APPI@2022-04-01:Art.18(1)");
    assertThat(ChangeClassification.WITHIN_ART_17_2.article()).isEqualTo("APPI@2022-04-01:Art.17(2)");
  }

  @Test
  @DisplayName("Art. 17(2): a change without a matching classification is rejected; versions are never rewritten")
  void changeGuards() {
    PurposeCatalogue c = catalogue();
    Purpose v1 = c.current(T, PurposeId.MENTORING).orElseThrow();
    Purpose v2 = v1.nextVersion(T1).build();
    assertThatThrownBy(() -> c.change(T, v2, new PurposeChange(PurposeId.REHIRE_OUTREACH, 1, 2,
        ChangeClassification.WITHIN_ART_17_2, "dpo", T1, Optional.empty())))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("change");
    assertThatThrownBy(() -> new PurposeChange(PurposeId.MENTORING, 1, 3,
        ChangeClassification.WITHIN_ART_17_2, "dpo", T1, Optional.empty()))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new PurposeChange(PurposeId.MENTORING, 1, 2, null, "dpo", T1, Optional.empty()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("classification");
    assertThatThrownBy(() -> c.register(T, v1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("already registered");
    c.end(T, new PurposeEnd(PurposeId.MENTORING, T1, "board"));
    assertThatThrownBy(() -> c.change(T, v2, new PurposeChange(PurposeId.MENTORING, 1, 2,
        ChangeClassification.WITHIN_ART_17_2, "dpo", T1, Optional.empty())))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  @DisplayName("Art. 17(1): a purpose names DPV and fideslang mappings and the article behind any consent")
  void purposeValidation() {
    assertThatThrownBy(() -> Purpose.builder(PurposeId.of("x")).names("x", "x").description("d")
        .dpv().fides("employment").retention(RetentionPolicy.of(java.time.Period.ZERO, RetentionAction.DELETE))
        .effectiveFrom(T0).build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("dpvPurposes");
    assertThatThrownBy(() -> Purpose.builder(PurposeId.of("x")).names("x", "x").description("d")
        .dpv("dpv:Marketing").fides("marketing").consentRequired(" ")
        .retention(RetentionPolicy.of(java.time.Period.ZERO, RetentionAction.DELETE))
        .effectiveFrom(T0).build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("consentArticle");
  }

  @Test
  @DisplayName("Tenant scope: one tenant's catalogue is invisible to another")
  void tenantScope() {
    PurposeCatalogue c = catalogue();
    assertThat(c.ids(TenantId.of("globex"))).isEmpty();
    assertThat(c.asOf(TenantId.of("globex"), PurposeId.MENTORING, T1)).isEmpty();
  }
}
