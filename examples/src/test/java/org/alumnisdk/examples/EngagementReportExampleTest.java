package org.alumnisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.metrics.MemberMetrics;
import org.alumnisdk.metrics.kpi.Kpi;
import org.alumnisdk.metrics.level.OrbitLevel;
import org.alumnisdk.metrics.segment.SegmentRules;
import org.alumnisdk.metrics.taxonomy.EngagementMode;
import org.junit.jupiter.api.Test;

class EngagementReportExampleTest {
  @Test
  void reportMeasuresOnlyConsentingAlumniAndExplainsItsKpis() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EngagementReportExample.Outcome o = EngagementReportExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(o.analysis().population().size()).isEqualTo(7);
    assertThat(o.analysis().population().excludedForConsent()).isEqualTo(1);
    assertThat(o.analysis().member(AlumnusId.of("a-nakamura"))).isEmpty();

    MemberMetrics sato = o.analysis().member(AlumnusId.of("a-sato")).orElseThrow();
    assertThat(sato.segment().segment()).isEqualTo(SegmentRules.CHAMPION);
    assertThat(sato.level().level()).isEqualTo(OrbitLevel.LEADING);
    assertThat(o.streamingScoreOfSato()).isCloseTo(sato.score(), within(1e-9));
    // the log twice over: every scored activity of the first copy comes back as a duplicate
    org.alumnisdk.metrics.score.IngestSummary replay = o.replay();
    assertThat(replay.count(org.alumnisdk.metrics.score.Acceptance.DUPLICATE))
        .isEqualTo(replay.count(org.alumnisdk.metrics.score.Acceptance.SCORED)
            + replay.count(org.alumnisdk.metrics.score.Acceptance.CLAMPED))
        .isPositive();
    assertThat(replay.total()).isEven();
    assertThat(o.analysis().member(AlumnusId.of("a-takahashi")).orElseThrow().segment().segment())
        .isEqualTo(SegmentRules.AT_RISK);
    // RSVPs and opens do not count
    assertThat(o.analysis().member(AlumnusId.of("a-tanaka")).orElseThrow().activities()).isZero();

    // FY2026 (Apr 2026 - Mar 2027): alumni of record = the 6 measured who left before 2027-04
    // plus a-watanabe (left 2025-09) = 7; engaged in FY2026: sato, suzuki, takahashi, yamamoto
    assertThat(o.rates().any().denominator()).isEqualTo(7);
    assertThat(o.rates().any().numerator()).isEqualTo(4);
    assertThat(o.rates().byMode().get(EngagementMode.CONTRIBUTION).numerator()).isEqualTo(1);
    assertThat(o.rates().any().definition().excluded()).containsEntry("no engagement-analytics consent", 1L);
    Kpi boomerang = o.kpis().stream().filter(k -> k.name().equals("boomerang-hire-rate")).findFirst().orElseThrow();
    assertThat(boomerang.numerator()).isEqualTo(1);
    assertThat(boomerang.denominator()).isEqualTo(4);
    Kpi saved = o.kpis().stream().filter(k -> k.name().equals("cost-saved-vs-agency")).findFirst().orElseThrow();
    assertThat(saved.value()).isEqualTo(0.35 * 19_000_000 - 2_000_000);
    assertThat(o.kpiCsv()).startsWith("name,kind,value,numerator,denominator");
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("Audit trail").doesNotContain("試験").doesNotContain("example.invalid");
  }
}
