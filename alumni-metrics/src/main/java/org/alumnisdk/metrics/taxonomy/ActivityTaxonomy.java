package org.alumnisdk.metrics.taxonomy;

import static org.alumnisdk.metrics.taxonomy.EngagementMode.COMMUNICATION;
import static org.alumnisdk.metrics.taxonomy.EngagementMode.CONTRIBUTION;
import static org.alumnisdk.metrics.taxonomy.EngagementMode.EXPERIENTIAL;
import static org.alumnisdk.metrics.taxonomy.EngagementMode.VOLUNTEER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.activity.ActivityType;

/**
 * Maps activity types to engagement modes and weights. Immutable; every {@code with*} method
 * returns a new taxonomy. Types without a rule are not counted (fail closed) and are reported as
 * unmapped.
 *
 * <p>Default table (weight / Orbit commitment step / RFM value points):
 *
 * <pre>
 * contribution   rehired 10/12/10, referral-hired 10/11/10, business-lead 5/8/5, referral-submitted 5/8/1
 * volunteer      hosting 6/11/0, speaking 6/10/0, mentoring 5/10/0, interviewing 4/9/0
 * experiential   event-attended 3/5/0, webinar-attended 2/4/0, career-consultation 2/4/0,
 *                event-rsvp 0/1/0 NOT COUNTED (attendance counts, RSVP alone does not)
 * communication  post-created 2/6/0, content-replied 2/3/0, survey-answered 2/3/0,
 *                content-clicked 1/2/0, profile-updated 1/2/0,
 *                content-opened 0.5/1/0 NOT COUNTED, flagged UNRELIABLE
 * </pre>
 *
 * @since 0.1.0
 */
public final class ActivityTaxonomy {
  private static final ActivityTaxonomy DEFAULTS = buildDefaults();

  private final Map<ActivityType, ActivityRule> rules;

  private ActivityTaxonomy(Map<ActivityType, ActivityRule> rules) {
    this.rules = Map.copyOf(rules);
  }

  /**
   * The default corporate taxonomy described in the class comment.
   *
   * @return the taxonomy
   */
  public static ActivityTaxonomy defaults() {
    return DEFAULTS;
  }

  /**
   * A taxonomy with exactly these rules.
   *
   * @param rules the rules; one per type
   * @return the taxonomy
   * @throws InvalidValueException if two rules name the same type
   */
  public static ActivityTaxonomy of(Collection<ActivityRule> rules) {
    Checks.notNull(rules, "rules");
    Map<ActivityType, ActivityRule> map = new HashMap<>();
    for (ActivityRule r : rules) {
      Checks.notNull(r, "rules[]");
      if (map.put(r.type(), r) != null) {
        throw new InvalidValueException("rules[" + r.type() + "]", "more than one rule for this type");
      }
    }
    return new ActivityTaxonomy(map);
  }

  private static ActivityTaxonomy buildDefaults() {
    List<ActivityRule> r = new ArrayList<>();
    r.add(ActivityRule.counting(ActivityType.REHIRED, CONTRIBUTION, 10, 12, 10));
    r.add(ActivityRule.counting(ActivityType.REFERRAL_HIRED, CONTRIBUTION, 10, 11, 10));
    r.add(ActivityRule.counting(ActivityType.BUSINESS_LEAD, CONTRIBUTION, 5, 8, 5));
    r.add(ActivityRule.counting(ActivityType.REFERRAL_SUBMITTED, CONTRIBUTION, 5, 8, 1));
    r.add(ActivityRule.counting(ActivityType.HOSTING, VOLUNTEER, 6, 11, 0));
    r.add(ActivityRule.counting(ActivityType.SPEAKING, VOLUNTEER, 6, 10, 0));
    r.add(ActivityRule.counting(ActivityType.MENTORING, VOLUNTEER, 5, 10, 0));
    r.add(ActivityRule.counting(ActivityType.INTERVIEWING, VOLUNTEER, 4, 9, 0));
    r.add(ActivityRule.counting(ActivityType.EVENT_ATTENDED, EXPERIENTIAL, 3, 5, 0));
    r.add(ActivityRule.counting(ActivityType.WEBINAR_ATTENDED, EXPERIENTIAL, 2, 4, 0));
    r.add(ActivityRule.counting(ActivityType.CAREER_CONSULTATION, EXPERIENTIAL, 2, 4, 0));
    r.add(new ActivityRule(
        ActivityType.EVENT_RSVP, EXPERIENTIAL, 0, 1, 0, false, SignalQuality.RELIABLE));
    r.add(ActivityRule.counting(ActivityType.POST_CREATED, COMMUNICATION, 2, 6, 0));
    r.add(ActivityRule.counting(ActivityType.CONTENT_REPLIED, COMMUNICATION, 2, 3, 0));
    r.add(ActivityRule.counting(ActivityType.SURVEY_ANSWERED, COMMUNICATION, 2, 3, 0));
    r.add(ActivityRule.counting(ActivityType.CONTENT_CLICKED, COMMUNICATION, 1, 2, 0));
    r.add(ActivityRule.counting(ActivityType.PROFILE_UPDATED, COMMUNICATION, 1, 2, 0));
    r.add(new ActivityRule(
        ActivityType.CONTENT_OPENED, COMMUNICATION, 0.5, 1, 0, false, SignalQuality.UNRELIABLE));
    return of(r);
  }

  /**
   * The rule for a type.
   *
   * @param type the activity type
   * @return the rule, or empty if the type is unmapped
   */
  public Optional<ActivityRule> rule(ActivityType type) {
    return Optional.ofNullable(rules.get(type));
  }

  /**
   * The rule for a type, or {@code null} if unmapped; allocation-free for hot loops.
   *
   * @param type the activity type
   * @return the rule or null
   */
  public ActivityRule ruleOrNull(ActivityType type) {
    return rules.get(type);
  }

  /**
   * All rules, ordered by mode then descending commitment then code.
   *
   * @return the rules
   */
  public List<ActivityRule> rules() {
    List<ActivityRule> list = new ArrayList<>(rules.values());
    list.sort(Comparator.comparing(ActivityRule::mode)
        .thenComparing(Comparator.comparingInt(ActivityRule::commitment).reversed())
        .thenComparing(x -> x.type().code()));
    return List.copyOf(list);
  }

  /**
   * Returns a taxonomy with this rule added or replacing the rule of its type.
   *
   * @param rule the rule
   * @return the new taxonomy
   */
  public ActivityTaxonomy with(ActivityRule rule) {
    Checks.notNull(rule, "rule");
    Map<ActivityType, ActivityRule> map = new HashMap<>(rules);
    map.put(rule.type(), rule);
    return new ActivityTaxonomy(map);
  }

  /**
   * Returns a taxonomy where one type has another weight.
   *
   * @param type the type; must be mapped
   * @param weight the new weight
   * @return the new taxonomy
   * @throws InvalidValueException if the type is unmapped or the weight invalid
   */
  public ActivityTaxonomy withWeight(ActivityType type, double weight) {
    return with(existing(type).withWeight(weight));
  }

  /**
   * Returns a taxonomy where one type counts (or not) as engagement; an unreliable type keeps its
   * flag when it is made to count.
   *
   * @param type the type; must be mapped
   * @param counts whether it counts
   * @return the new taxonomy
   * @throws InvalidValueException if the type is unmapped
   */
  public ActivityTaxonomy withCounting(ActivityType type, boolean counts) {
    return with(existing(type).withCounts(counts));
  }

  private ActivityRule existing(ActivityType type) {
    Checks.notNull(type, "type");
    ActivityRule r = rules.get(type);
    if (r == null) {
      throw new InvalidValueException("type", "no rule for activity type " + type + "; add one with with(rule)");
    }
    return r;
  }

  @Override
  public String toString() {
    return "ActivityTaxonomy" + rules();
  }
}
