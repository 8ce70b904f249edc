package org.alumnisdk.metrics.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.alumnisdk.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class RfmTest {
  @Test
  void midRankPercentileMatchesTheImisFormula() {
    // values 0,0,0,5,10: p(0) = (0 + 3/2)/5 = 30%, p(5) = (3 + 0.5)/5 = 70%, p(10) = 90%
    double[] p = MidRankPercentile.of(new double[] {0, 5, 0, 10, 0});
    assertThat(p).containsExactly(30.0, 70.0, 30.0, 90.0, 30.0);
    assertThat(MidRankPercentile.of(new double[0])).isEmpty();
    assertThatThrownBy(() -> MidRankPercentile.of(new double[] {Double.NaN}))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void quintilesOfDistinctValuesAreOneToFive() {
    RfmScorer s = new RfmScorer(new RfmConfig(365, 5, RfmBands.defaults(), RfmSegmentRule.cranExample()));
    RfmScore[] r = s.score(new long[] {100, 1, 50, 10, 200}, new long[] {1, 2, 3, 4, 5}, new double[] {5, 4, 3, 2, 1});
    assertThat(r).extracting(RfmScore::recency).containsExactly(2, 5, 3, 4, 1);
    assertThat(r).extracting(RfmScore::frequency).containsExactly(1, 2, 3, 4, 5);
    assertThat(r).extracting(RfmScore::monetary).containsExactly(5, 4, 3, 2, 1);
    assertThat(r[0].method()).isEqualTo(RfmMethod.QUINTILES);
    assertThat(r[1].code()).isEqualTo("524");
  }

  @Test
  void tiesShareAScoreAndZerosScoreOne() {
    RfmScorer s = new RfmScorer(new RfmConfig(365, 3, RfmBands.defaults(), RfmSegmentRule.cranExample()));
    RfmScore[] r = s.score(new long[] {-1, 5, 5, 5}, new long[] {0, 3, 3, 3}, new double[] {0, 0, 2, 2});
    assertThat(r[0].recency()).isEqualTo(1);
    assertThat(r[0].recencyDays()).isEqualTo(-1);
    assertThat(r[1].recency()).isEqualTo(r[2].recency()).isEqualTo(r[3].recency());
    assertThat(r[0].frequency()).isEqualTo(1);
    assertThat(r[1].monetary()).isEqualTo(1);
    assertThat(r[2].monetary()).isEqualTo(r[3].monetary());
  }

  @Test
  void smallPopulationsUseFixedBands() {
    RfmScorer s = new RfmScorer(RfmConfig.defaults());
    RfmScore[] r = s.score(new long[] {45, 46, 121, 400, -1}, new long[] {12, 6, 3, 1, 0}, new double[] {20, 10, 5, 1, 0});
    assertThat(r).extracting(RfmScore::method).containsOnly(RfmMethod.FIXED_BANDS);
    assertThat(r).extracting(RfmScore::recency).containsExactly(5, 4, 2, 1, 1);
    assertThat(r).extracting(RfmScore::frequency).containsExactly(5, 4, 3, 2, 1);
    assertThat(r).extracting(RfmScore::monetary).containsExactly(5, 4, 3, 2, 1);
  }

  @Test
  void cranSegmentsFirstMatchWins() {
    List<RfmSegmentRule> rules = RfmSegmentRule.cranExample();
    assertThat(RfmSegmentRule.segmentOf(rules, 5, 5, 5)).isEqualTo("Champions");
    assertThat(RfmSegmentRule.segmentOf(rules, 4, 4, 4)).isEqualTo("Potential Loyalist");
    assertThat(RfmSegmentRule.segmentOf(rules, 2, 2, 2)).isEqualTo("Loyal Customers");
    assertThat(RfmSegmentRule.segmentOf(rules, 1, 3, 5)).isEqualTo("Can't Lose Them");
    assertThat(RfmSegmentRule.segmentOf(rules, 1, 5, 5)).isEqualTo("At Risk");
    assertThat(RfmSegmentRule.segmentOf(rules, 1, 1, 1)).isEqualTo("Lost");
    assertThat(RfmSegmentRule.segmentOf(rules, 2, 5, 1)).isEqualTo("Others");
  }

  @Test
  void rejectsBadBandsAndRanges() {
    assertThatThrownBy(() -> new RfmBands(List.of(1L, 1L, 2L, 3L), List.of(4L, 3L, 2L, 1L), List.of(4.0, 3.0, 2.0, 1.0)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("recencyDays");
    assertThatThrownBy(() -> new RfmSegmentRule("x", 0, 5, 1, 5, 1, 5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("recency");
    assertThatThrownBy(() -> new RfmScorer(RfmConfig.defaults()).score(new long[1], new long[2], new double[1]))
        .isInstanceOf(InvalidValueException.class);
  }
}
