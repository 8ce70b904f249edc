package org.alumnisdk.metrics.segment;

import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.metrics.level.OrbitLevel;

/**
 * An ordered list of segment rules: the first matching rule wins, otherwise the fallback segment.
 *
 * @param rules the rules in priority order
 * @param fallback the segment when no rule matches
 * @since 0.1.0
 */
public record SegmentRules(List<SegmentRule> rules, String fallback) {
  /** Highly engaged and recently active. */
  public static final String CHAMPION = "champion";
  /** Was engaged, activity declining. */
  public static final String AT_RISK = "at-risk";
  /** Recently active. */
  public static final String ACTIVE = "active";
  /** Active within the year, not recently. */
  public static final String PASSIVE = "passive";
  /** No counted activity within the year. */
  public static final String DORMANT = "dormant";

  /**
   * Validates and copies.
   *
   * @param rules the rules in priority order
   * @param fallback the segment when no rule matches
   * @throws InvalidValueException if a field is missing
   */
  public SegmentRules {
    rules = Checks.copyOf(rules, "rules");
    fallback = Checks.notBlank(fallback, "fallback");
  }

  /**
   * The default rules, in order:
   *
   * <ol>
   *   <li>champion: level CONTRIBUTING or LEADING and active within 90 days, or score {@code >= 20}
   *       and active within 90 days;
   *   <li>at-risk (declining trend): score {@code >= 3} and momentum {@code < 0.5};
   *   <li>active: active within 90 days;
   *   <li>passive: active within 365 days;
   *   <li>otherwise dormant.
   * </ol>
   *
   * @return the rules
   */
  public static SegmentRules defaults() {
    return new SegmentRules(List.of(
        new SegmentRule(CHAMPION, "level contributing+ or score >= 20, active within 90 days",
            f -> f.activeWithin(90)
                && (f.level().compareTo(OrbitLevel.CONTRIBUTING) >= 0 || f.score() >= 20)),
        new SegmentRule(AT_RISK, "score >= 3 and momentum < 0.5 (declining trend)",
            f -> f.score() >= 3 && f.momentum() < 0.5),
        new SegmentRule(ACTIVE, "active within 90 days", f -> f.activeWithin(90)),
        new SegmentRule(PASSIVE, "active within 365 days", f -> f.activeWithin(365))),
        DORMANT);
  }

  /**
   * Returns rules with one rule inserted at a position.
   *
   * @param index the position (0 = highest priority)
   * @param rule the rule
   * @return the new rules
   */
  public SegmentRules withRule(int index, SegmentRule rule) {
    Checks.notNull(rule, "rule");
    if (index < 0 || index > rules.size()) {
      throw new InvalidValueException("index", "must be between 0 and " + rules.size());
    }
    java.util.ArrayList<SegmentRule> list = new java.util.ArrayList<>(rules);
    list.add(index, rule);
    return new SegmentRules(list, fallback);
  }

  /**
   * Assigns a segment.
   *
   * @param facts the alumnus's facts
   * @return the assignment with its reason
   */
  public SegmentAssignment assign(MemberFacts facts) {
    Checks.notNull(facts, "facts");
    for (SegmentRule r : rules) {
      if (r.test().test(facts)) {
        return new SegmentAssignment(r.segment(), r.description());
      }
    }
    return new SegmentAssignment(fallback, "no rule matched");
  }

  /**
   * The segment names in rule order, then the fallback.
   *
   * @return the names
   */
  public List<String> names() {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    rules.forEach(r -> names.add(r.segment()));
    names.add(fallback);
    return List.copyOf(names);
  }
}
