package org.alumnisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.alumnisdk.matching.mentor.MentorMatching;
import org.alumnisdk.matching.mentor.UnmatchedReason;
import org.junit.jupiter.api.Test;

class MentorMatchingExampleTest {
  @Test
  void walkThroughProducesExplainedVerifiedResults() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    MentorMatchingExample.Outcome out =
        MentorMatchingExample.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
    for (MentorMatching m : new MentorMatching[] {out.stable(), out.mentorOptimal(), out.optimal()}) {
      assertThat(m.valid()).isTrue();
      assertThat(m.verify().violations()).isEmpty();
      // consent: e-06 is kept out, with the gate's reason
      assertThat(m.excluded()).singleElement().satisfies(x -> {
        assertThat(x.id()).isEqualTo(MentorMatchingExample.id("e-06"));
        assertThat(x.reason()).contains("no mentoring consent");
      });
      // the forbidden pair never appears; the pinned pair always does
      assertThat(m.asMap()).doesNotContainEntry("e-05", "m-aiko").containsEntry("e-03", "m-ben");
    }
    // the junior quota (1 per mentor) keeps e-02 away from m-aiko, who already has junior e-01
    assertThat(out.stable().asMap()).containsEntry("e-01", "m-aiko").doesNotContainKey("e-02");
    assertThat(out.stable().unmatched()).anySatisfy(u -> assertThat(u.reason()).isEqualTo(UnmatchedReason.QUOTA_FULL));
    // the optimal method places at least as many mentees, and with a certificate
    assertThat(out.optimal().matches().size()).isGreaterThanOrEqualTo(out.stable().matches().size());
    assertThat(out.optimal().certificate()).isPresent();
    // OR-Tools guide optimum
    assertThat(out.assignmentTotal()).isEqualTo(265.0);
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("Optimal (min-cost flow").contains("verified=true");
  }
}
