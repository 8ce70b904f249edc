package org.alumnisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.matching.referral.ReferralResult;
import org.alumnisdk.metrics.MemberMetrics;
import org.junit.jupiter.api.Test;

class DemoTest {
  private final Demo.Outcome outcome =
      Demo.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

  @Test
  void importsEveryLeaverOfTheRosterAndKeepsAnIntactLedger() {
    assertThat(outcome.imported()).isEqualTo(6);
    assertThat(outcome.chainIntact()).isTrue();
  }

  @Test
  void theLeaverWhoRefusedRehireOutreachIsNeverRankedAndTheExplanationSaysWhy() {
    assertThat(outcome.boomerang().results()).extracting(ReferralResult::alumnus)
        .isNotEmpty()
        .doesNotContain(outcome.refuser());
    assertThat(outcome.whyNotRefuser().toString()).containsIgnoringCase("consent");
  }

  @Test
  void mentorMatchingIsValidStableAndVerified() {
    assertThat(outcome.mentoring().valid()).isTrue();
    assertThat(outcome.mentoring().stable()).isTrue();
    assertThat(outcome.mentoring().verify().ok()).isTrue();
    assertThat(outcome.mentoring().matches()).isNotEmpty();
  }

  @Test
  void engagementMeasuresOnlyAlumniWhoseConsentCoversAnalytics() {
    assertThat(outcome.engagement().members()).hasSize(5);
    assertThat(outcome.engagement().members()).extracting(MemberMetrics::alumnus)
        .allMatch(id -> id instanceof AlumnusId);
    assertThat(outcome.engagement().percentEngaged().any().definition().excluded().toString())
        .isNotEmpty();
  }

  @Test
  void printsNoPersonalData() {
    assertThat(outcome.printed())
        .contains("== 5. Engagement")
        .doesNotContain("青木").doesNotContain("aoki@example.org").doesNotContain("イチロウ");
  }
}
