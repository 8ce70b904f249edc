package org.alumnisdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PurposeGateTest {
  static final TenantId T = TenantId.of("acme");
  static final AlumnusId A = AlumnusId.of("a-1");
  static final AlumnusId B = AlumnusId.of("a-2");
  static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  @DisplayName("failClosed turns a throwing or null-answering host gate into a gate.failure denial")
  void failClosed() {
    PurposeGate throwing = (t, a, p, at) -> {
      throw new IllegalStateException("db down: secret@example.com");
    };
    GateDecision d = PurposeGate.failClosed(throwing).check(T, A, PurposeId.MENTORING, AT);
    assertThat(d.allowed()).isFalse();
    assertThat(d.code()).isEqualTo(GateDecision.CODE_GATE_FAILURE);
    assertThat(d.reason()).contains("IllegalStateException").doesNotContain("secret");
    PurposeGate nulls = (t, a, p, at) -> null;
    assertThat(PurposeGate.failClosed(nulls).check(T, A, PurposeId.MENTORING, AT).code())
        .isEqualTo(GateDecision.CODE_GATE_FAILURE);
    PurposeGate once = PurposeGate.failClosed(nulls);
    assertThat(PurposeGate.failClosed(once)).isSameAs(once);
  }

  @Test
  @DisplayName("a partition keeps each denial's code; a gate answering null for one id denies only it")
  void partitionCarriesDecisions() {
    PurposeGate gate = (t, a, p, at) -> a.equals(A) ? GateDecision.allow("ok") : null;
    PurposeGate.Partition p = gate.partition(T, List.of(A, B), PurposeId.MENTORING, AT);
    assertThat(p.allowed()).containsExactly(A);
    assertThat(p.denials().get(B).code()).isEqualTo(GateDecision.CODE_GATE_FAILURE);
    assertThat(p.excluded().get(B)).isEqualTo(p.denials().get(B).reason());
    PurposeGate.Partition none =
        PurposeGate.denyAll().partition(T, List.of(A), PurposeId.MENTORING, AT);
    assertThat(none.denials().get(A).code()).isEqualTo(GateDecision.CODE_NO_GATE);
  }

  @Test
  @DisplayName("a waived check allows with its justification, and describe() names it")
  void waiver() {
    PurposeGate w = PurposeGate.withoutConsentCheck("anonymised research data");
    GateDecision d = w.check(T, A, PurposeId.MENTORING, AT);
    assertThat(d.allowed()).isTrue();
    assertThat(d.code()).isEqualTo(GateDecision.CODE_CHECK_WAIVED);
    assertThat(PurposeGate.describe(PurposeGate.failClosed(w))).contains("anonymised research data");
    assertThat(PurposeGate.describe(PurposeGate.denyAll())).doesNotContain("waived");
    assertThatThrownBy(() -> PurposeGate.withoutConsentCheck(" "))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("a decision's article is empty or present, never null; a blank code is refused")
  void decision() {
    assertThat(GateDecision.deny("consent.not-held", "Art.27(1)", "no").citedArticle())
        .hasValue("Art.27(1)");
    assertThat(GateDecision.deny("no").citedArticle()).isEmpty();
    assertThat(GateDecision.deny("no").code()).isEqualTo(GateDecision.CODE_UNSPECIFIED);
    assertThatThrownBy(() -> new GateDecision(true, "", "", "r"))
        .isInstanceOf(InvalidValueException.class);
  }
}
