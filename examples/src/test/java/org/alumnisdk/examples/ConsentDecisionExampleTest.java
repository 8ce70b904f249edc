package org.alumnisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.alumnisdk.consent.breach.BreachAssessment;
import org.alumnisdk.consent.decision.Verdict;
import org.alumnisdk.consent.research.AnonymisedExport;
import org.junit.jupiter.api.Test;

class ConsentDecisionExampleTest {
  @Test
  void theWalkThroughDecidesAsTheArticlesSay() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsentDecisionExample.Outcome o = ConsentDecisionExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // Art. 20(2): a leave reason is special care-required; consent first.
    assertThat(o.verdicts()).containsEntry("exitFormWithoutConsent", Verdict.REQUIRE_CONSENT)
        .containsEntry("exitFormWithConsent", Verdict.PERMIT)
        // Art. 27(5)(iii): notified joint use is not provision to a third party.
        .containsEntry("jointUse", Verdict.PERMIT)
        // Art. 27(2): data received by opt-out cannot be passed on by opt-out.
        .containsEntry("brokerListOptOut", Verdict.REQUIRE_CONSENT)
        // Art. 28(1): entrustment does not help abroad without a conforming system.
        .containsEntry("usProcessor", Verdict.REQUIRE_CONSENT);
    // Art. 26: 1,001 is more than 1,000; final report 30 days after 25 Nov 2026 (Tokyo).
    assertThat(o.breach()).isInstanceOfSatisfying(BreachAssessment.Reportable.class,
        r -> assertThat(r.finalDue()).isEqualTo(LocalDate.of(2026, 12, 25)));
    // Art. 33(5): the disclosure includes the provision record.
    assertThat(o.disclosureCsv()).contains("record,pr-1.recipient,Recruit Agency KK");
    // Art. 43: ten-year bands make every group at least three people.
    assertThat(o.research()).isInstanceOfSatisfying(AnonymisedExport.Exported.class,
        e -> assertThat(e.smallestClass()).isGreaterThanOrEqualTo(3));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("APPI@2022-04-01:Art.20(2)").doesNotContain("佐藤");
  }
}
