package org.alumnisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.matching.referral.FilterFailure;
import org.alumnisdk.matching.referral.HardFilter;
import org.alumnisdk.matching.referral.WhyNot;
import org.junit.jupiter.api.Test;

class ReferralRankingExampleTest {
  @Test
  void walkThroughRanksFiltersAndExplains() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReferralRankingExample.Outcome o =
        ReferralRankingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // a-aoki has every advantage for the opening: expert java, kafka, Tokyo, recent, hiring department
    assertThat(o.boomerang().ids().get(0)).isEqualTo(AlumnusId.of("a-aoki"));
    // not rehire-eligible, no consent: never in a boomerang list
    assertThat(o.boomerang().ids()).doesNotContain(AlumnusId.of("a-doi"), AlumnusId.of("a-fujii"));
    assertThat(o.boomerang().filtered()).containsEntry(HardFilter.REHIRE_ELIGIBILITY, 1)
        .containsEntry(HardFilter.PURPOSE_GATE, 1);
    assertThat(o.whyNotNoConsent()).isInstanceOfSatisfying(WhyNot.Filtered.class,
        f -> assertThat(f.failures()).extracting(FilterFailure::filter).containsExactly(HardFilter.PURPOSE_GATE));
    assertThat(o.whyNotJunior()).isInstanceOfSatisfying(WhyNot.RankedBelow.class,
        r -> assertThat(r.gaps().get(0).difference()).isNegative());
    // referrer mode: a-fujii's missing rehire consent does not matter, a-doi's eligibility neither
    assertThat(o.referrer().results()).hasSize(3);
    assertThat(o.referrer().ids()).contains(AlumnusId.of("a-chiba"));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("Boomerang candidates").contains("SKILLS").doesNotContain("recorded by HR");
  }
}
