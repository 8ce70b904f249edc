package org.alumnisdk.metrics.score;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.metrics.internal.DecayMath;
import org.alumnisdk.metrics.internal.IdSet;
import org.alumnisdk.metrics.taxonomy.ActivityRule;
import org.alumnisdk.metrics.taxonomy.ActivityTaxonomy;

/**
 * Streaming, tenant-scoped engagement scorer: each activity updates its alumnus's decayed score in
 * O(1), whatever the arrival order. Not thread-safe: feed it from one thread (or guard it).
 *
 * <p>Rules, in order: an activity of another tenant is a programming error
 * ({@link org.alumnisdk.core.TenantMismatchException}); a type without a taxonomy rule or one
 * that does not count is ignored; a future-dated activity follows the {@link FutureActivityPolicy};
 * an alumnus whose consent does not cover {@link PurposeId#ENGAGEMENT_ANALYTICS} at the clock's
 * instant is not scored (the gate is asked once per alumnus until they are scored, and again by
 * {@link #report()}, which drops alumni whose consent has lapsed); an id already scored for the
 * same alumnus is ignored (ids are remembered per alumnus, next to the score). The clock is read
 * once per activity.
 *
 * @since 0.1.0
 */
public final class EngagementScorer {
  private final TenantId tenant;
  private final ScoringPolicy policy;
  private final ActivityTaxonomy taxonomy;
  private final Clock clock;
  private final PurposeGate gate;
  private final long halfLife;
  private final long trendHalfLife;
  private final long toleranceMillis;
  private final Map<AlumnusId, State> states = new HashMap<>();
  private final long[] counts = new long[Acceptance.values().length];

  /** Mutable per-alumnus state, flat so one lookup touches few cache lines. */
  private static final class State {
    long anchor = DecayMath.EMPTY;
    long trendAnchor = DecayMath.EMPTY;
    double mass;
    double trendMass;
    long activities;
    final IdSet seen = new IdSet();

    void add(long at, double w, long halfLife, long trendHalfLife) {
      if (anchor == DecayMath.EMPTY) {
        anchor = at;
        trendAnchor = at;
        mass = w;
        trendMass = w;
      } else if (at > anchor) {
        mass = mass * DecayMath.factor(at - anchor, halfLife) + w;
        trendMass = trendMass * DecayMath.factor(at - trendAnchor, trendHalfLife) + w;
        anchor = at;
        trendAnchor = at;
      } else {
        mass += w * DecayMath.factor(anchor - at, halfLife);
        trendMass += w * DecayMath.factor(trendAnchor - at, trendHalfLife);
      }
      activities++;
    }
  }

  /**
   * Creates a scorer.
   *
   * @param tenant the tenant every activity must belong to
   * @param policy the half-lives and future policy
   * @param taxonomy the activity taxonomy
   * @param clock the clock giving "now"
   * @param gate the purpose gate deciding who may be measured
   * @throws org.alumnisdk.core.InvalidValueException if an argument is null
   */
  public EngagementScorer(
      TenantId tenant, ScoringPolicy policy, ActivityTaxonomy taxonomy, Clock clock, PurposeGate gate) {
    this.tenant = Checks.notNull(tenant, "tenant");
    this.policy = Checks.notNull(policy, "policy");
    this.taxonomy = Checks.notNull(taxonomy, "taxonomy");
    this.clock = Checks.notNull(clock, "clock");
    this.gate = Checks.notNull(gate, "gate");
    this.halfLife = policy.halfLifeMillis();
    this.trendHalfLife = policy.trendHalfLifeMillis();
    this.toleranceMillis = policy.futureTolerance().toMillis();
  }

  /**
   * Scores one activity.
   *
   * @param activity the activity
   * @return what happened to it
   * @throws org.alumnisdk.core.TenantMismatchException if it belongs to another tenant
   * @throws org.alumnisdk.core.InvalidValueException if it is null
   */
  public Acceptance accept(Activity activity) {
    Checks.notNull(activity, "activity");
    Checks.sameTenant(tenant, activity.tenant(), "activity.tenant");
    Acceptance result = doAccept(activity);
    counts[result.ordinal()]++;
    return result;
  }

  private Acceptance doAccept(Activity activity) {
    ActivityRule rule = taxonomy.ruleOrNull(activity.type());
    if (rule == null) {
      return Acceptance.UNMAPPED;
    }
    if (!rule.counts()) {
      return Acceptance.NOT_COUNTED;
    }
    long now = clock.millis();
    long at = activity.at().toEpochMilli();
    boolean clamped = false;
    if (at > now) {
      if (policy.future() == FutureActivityPolicy.REJECT && at - now > toleranceMillis) {
        return Acceptance.FUTURE_REJECTED;
      }
      at = now;
      clamped = true;
    }
    State state = states.get(activity.alumnus());
    if (state == null) {
      if (!gate.check(tenant, activity.alumnus(), PurposeId.ENGAGEMENT_ANALYTICS, Instant.ofEpochMilli(now))
          .allowed()) {
        return Acceptance.NO_CONSENT;
      }
    }
    if (state == null) {
      state = new State();
      states.put(activity.alumnus(), state);
    }
    if (!state.seen.add(activity.id())) {
      return Acceptance.DUPLICATE;
    }
    state.add(at, rule.weight(), halfLife, trendHalfLife);
    return clamped ? Acceptance.CLAMPED : Acceptance.SCORED;
  }

  /**
   * Scores many activities.
   *
   * @param activities the activities
   * @return the counts of this call, by outcome
   */
  public IngestSummary acceptAll(Iterable<Activity> activities) {
    Checks.notNull(activities, "activities");
    Map<Acceptance, Long> local = new EnumMap<>(Acceptance.class);
    for (Activity a : activities) {
      local.merge(accept(a), 1L, Long::sum);
    }
    return new IngestSummary(local);
  }

  /**
   * The score of one alumnus as of the clock's instant (no consent check: use {@link #report()}
   * for reporting).
   *
   * @param alumnus the alumnus
   * @return the score, or empty if nothing of theirs was scored
   */
  public Optional<EngagementScore> score(AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    State s = states.get(alumnus);
    return s == null ? Optional.empty() : Optional.of(toScore(alumnus, s, clock.millis()));
  }

  private EngagementScore toScore(AlumnusId id, State s, long now) {
    double score = DecayMath.valueAt(s.anchor, s.mass, now, halfLife);
    double recent = DecayMath.valueAt(s.trendAnchor, s.trendMass, now, trendHalfLife);
    return new EngagementScore(id, Instant.ofEpochMilli(now), score, recent,
        EngagementScore.momentum(score, recent, halfLife, trendHalfLife),
        Optional.of(Instant.ofEpochMilli(s.anchor)), s.activities);
  }

  /**
   * All scores as of the clock's instant. Asks the gate again for every scored alumnus and drops
   * (forgets) those whose consent no longer covers engagement analytics.
   *
   * @return the report
   */
  public ScoreReport report() {
    long now = clock.millis();
    Instant at = Instant.ofEpochMilli(now);
    List<EngagementScore> out = new ArrayList<>(states.size());
    long excluded = 0;
    for (Iterator<Map.Entry<AlumnusId, State>> it = states.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<AlumnusId, State> e = it.next();
      if (!gate.check(tenant, e.getKey(), PurposeId.ENGAGEMENT_ANALYTICS, at).allowed()) {
        it.remove();
        excluded++;
        continue;
      }
      out.add(toScore(e.getKey(), e.getValue(), now));
    }
    out.sort(java.util.Comparator.comparing(EngagementScore::alumnus));
    return new ScoreReport(tenant, at, out, excluded, summary());
  }

  /**
   * Forgets an alumnus's state (consent withdrawn, data-subject deletion), including the activity
   * ids remembered for duplicate detection. Activities accepted afterwards start a new score (and
   * still need the gate's permission).
   *
   * @param alumnus the alumnus
   * @return true if there was state
   */
  public boolean forget(AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    return states.remove(alumnus) != null;
  }

  /**
   * The ingest counts so far.
   *
   * @return the summary
   */
  public IngestSummary summary() {
    Map<Acceptance, Long> m = new EnumMap<>(Acceptance.class);
    for (Acceptance a : Acceptance.values()) {
      m.put(a, counts[a.ordinal()]);
    }
    return new IngestSummary(m);
  }

  /**
   * The tenant.
   *
   * @return the tenant
   */
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public String toString() {
    return "EngagementScorer[tenant=" + tenant + ", alumni=" + states.size() + ", " + policy + "]";
  }
}
