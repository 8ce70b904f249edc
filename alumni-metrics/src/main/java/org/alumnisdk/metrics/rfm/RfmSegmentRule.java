package org.alumnisdk.metrics.rfm;

import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * A named RFM segment as score ranges (inclusive), in the style of CRAN {@code rfm::rfm_segment}.
 * Segments are tried in order and the first match wins; no match gives "Others".
 *
 * @param name the segment name
 * @param recencyLow lowest R score
 * @param recencyHigh highest R score
 * @param frequencyLow lowest F score
 * @param frequencyHigh highest F score
 * @param monetaryLow lowest M score
 * @param monetaryHigh highest M score
 * @since 0.1.0
 */
public record RfmSegmentRule(
    String name, int recencyLow, int recencyHigh, int frequencyLow, int frequencyHigh,
    int monetaryLow, int monetaryHigh) {
  /** The segment of scores matching no rule. */
  public static final String OTHERS = "Others";

  /**
   * Validates the ranges.
   *
   * @param name the segment name
   * @param recencyLow lowest R score
   * @param recencyHigh highest R score
   * @param frequencyLow lowest F score
   * @param frequencyHigh highest F score
   * @param monetaryLow lowest M score
   * @param monetaryHigh highest M score
   * @throws InvalidValueException if the name is blank or a range is outside 1..5 or reversed
   */
  public RfmSegmentRule {
    name = Checks.notBlank(name, "segment.name");
    range(recencyLow, recencyHigh, "segment.recency[" + name + "]");
    range(frequencyLow, frequencyHigh, "segment.frequency[" + name + "]");
    range(monetaryLow, monetaryHigh, "segment.monetary[" + name + "]");
  }

  private static void range(int lo, int hi, String field) {
    if (lo < 1 || hi > 5 || lo > hi) {
      throw new InvalidValueException(field, "must be a range within 1..5, was " + lo + ".." + hi);
    }
  }

  /**
   * Whether the scores fall in all three ranges.
   *
   * @param r the R score
   * @param f the F score
   * @param m the M score
   * @return true on a match
   */
  public boolean matches(int r, int f, int m) {
    return r >= recencyLow && r <= recencyHigh && f >= frequencyLow && f <= frequencyHigh
        && m >= monetaryLow && m <= monetaryHigh;
  }

  /**
   * The ten segments of the CRAN {@code rfm} (0.3.0) {@code rfm_segment} example, in its order.
   *
   * @return the rules
   */
  public static List<RfmSegmentRule> cranExample() {
    return List.of(
        new RfmSegmentRule("Champions", 5, 5, 5, 5, 5, 5),
        new RfmSegmentRule("Potential Loyalist", 3, 5, 3, 5, 2, 5),
        new RfmSegmentRule("Loyal Customers", 2, 4, 2, 4, 2, 4),
        new RfmSegmentRule("Promising", 3, 4, 1, 3, 3, 5),
        new RfmSegmentRule("New Customers", 4, 5, 1, 3, 1, 5),
        new RfmSegmentRule("Can't Lose Them", 1, 2, 3, 4, 4, 5),
        new RfmSegmentRule("At Risk", 1, 2, 2, 5, 4, 5),
        new RfmSegmentRule("Need Attention", 1, 3, 3, 5, 3, 5),
        new RfmSegmentRule("About To Sleep", 2, 3, 1, 3, 1, 4),
        new RfmSegmentRule("Lost", 1, 1, 1, 5, 1, 5));
  }

  /**
   * The segment of a score triple: the first matching rule's name, or {@link #OTHERS}.
   *
   * @param rules the rules in order
   * @param r the R score
   * @param f the F score
   * @param m the M score
   * @return the segment name
   */
  public static String segmentOf(List<RfmSegmentRule> rules, int r, int f, int m) {
    for (RfmSegmentRule rule : rules) {
      if (rule.matches(r, f, m)) {
        return rule.name();
      }
    }
    return OTHERS;
  }
}
