package org.alumnisdk.metrics.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.alumnisdk.metrics.level.OrbitLevel;
import org.junit.jupiter.api.Test;

class SegmentRulesTest {
  private final SegmentRules rules = SegmentRules.defaults();

  @Test
  void defaultRulesInPriorityOrder() {
    assertThat(rules.assign(new MemberFacts(1, 1, 10, OrbitLevel.LEADING, "x")).segment()).isEqualTo(SegmentRules.CHAMPION);
    assertThat(rules.assign(new MemberFacts(25, 1, 10, OrbitLevel.EXPLORING, "x")).segment()).isEqualTo(SegmentRules.CHAMPION);
    assertThat(rules.assign(new MemberFacts(25, 0.2, 100, OrbitLevel.EXPLORING, "x")).segment()).isEqualTo(SegmentRules.AT_RISK);
    assertThat(rules.assign(new MemberFacts(1, 0.2, 30, OrbitLevel.EXPLORING, "x")).segment()).isEqualTo(SegmentRules.ACTIVE);
    assertThat(rules.assign(new MemberFacts(1, 0.2, 200, OrbitLevel.EXPLORING, "x")).segment()).isEqualTo(SegmentRules.PASSIVE);
    SegmentAssignment d = rules.assign(new MemberFacts(0, 0, -1, OrbitLevel.NONE, "x"));
    assertThat(d.segment()).isEqualTo(SegmentRules.DORMANT);
    assertThat(d.reason()).isEqualTo("no rule matched");
  }

  @Test
  void rulesAreConfigurable() {
    SegmentRules custom = rules.withRule(0, new SegmentRule("rfm-champion", "RFM Champions",
        f -> f.rfmSegment().equals("Champions")));
    SegmentAssignment a = custom.assign(new MemberFacts(0, 0, -1, OrbitLevel.NONE, "Champions"));
    assertThat(a.segment()).isEqualTo("rfm-champion");
    assertThat(a.reason()).isEqualTo("RFM Champions");
    assertThat(custom.names()).startsWith("rfm-champion").endsWith(SegmentRules.DORMANT);
  }
}
