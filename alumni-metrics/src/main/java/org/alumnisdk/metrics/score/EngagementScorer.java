package org.alumnisdk.metrics.score;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.metrics.internal.DecayMath;
import org.alumnisdk.metrics.internal.KeyIndex;
import org.alumnisdk.metrics.internal.OwnedIdSet;
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
 * same alumnus is ignored (the ids are remembered until the alumnus is {@link #forget forgotten}).
 * The clock is read once per activity.
 *
 * <p>Duplicate detection remembers each id as its 32-bit {@code String} hash plus an independent
 * 64-bit fingerprint, not the id itself, so no id strings are kept alive. Two different ids of the
 * same alumnus are taken for each other only if both collide: about 2<sup>-96</sup> per pair of
 * ordinary ids, 2<sup>-64</sup> for ids built to share a {@code String} hash. For an alumnus with a
 * million ids that is below one chance in 10<sup>16</sup> of dropping an activity. Ids of different
 * alumni never collide.
 *
 * <p>Memory: one 32-byte row per alumnus plus 21-43 bytes per remembered activity id, in a few
 * large arrays rather than per-alumnus objects, so a scorer with millions of ids costs the garbage
 * collector little. Rows of forgotten alumni are cleared but not reused; a scorer that forgets most
 * of its alumni over a long life is best replaced. For many activities at once prefer
 * {@link #acceptAll}, which gives the same results faster.
 *
 * @since 0.1.0
 */
public final class EngagementScorer {
  /** Longs per alumnus row: anchor, main mass (double bits), trend mass (double bits), count. */
  private static final int ROW = 4;
  /** Activities per chunk of {@link #acceptAll}. */
  private static final int CHUNK = 256;

  private final TenantId tenant;
  private final ScoringPolicy policy;
  private final ActivityTaxonomy taxonomy;
  private final Clock clock;
  private final PurposeGate gate;
  private final String consentCheck;
  private final long halfLife;
  private final long trendHalfLife;
  private final long toleranceMillis;
  private final long[] counts = new long[Acceptance.values().length];
  // alumnus -> dense row index; rows of forgotten alumni are cleared and never reused
  private final KeyIndex alumni = new KeyIndex(64);
  private long[] rows = new long[64 * ROW];
  // (row index, activity id) pairs already scored, one table for everybody
  private final OwnedIdSet seen = new OwnedIdSet(1024);
  // alumni left out for lack of consent: refused by the gate when an activity came, or dropped by
  // report(); an alumnus leaves the set when scored again
  private final Set<AlumnusId> excluded = new HashSet<>();
  // keeps acceptAll's early loads from being optimised away; never read for anything else
  @SuppressWarnings("unused")
  private long sink;
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
    this.gate = PurposeGate.failClosed(gate);
    this.consentCheck = PurposeGate.describe(gate);
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
    Acceptance result = doAccept(activity, -1, false, 0, 0L);
    counts[result.ordinal()]++;
    return result;
  }

  /**
   * Scores one activity. {@code knownRow} is the alumnus's row if already looked up, else -1 (looked
   * up here: rows are created here and never removed while activities are being accepted, so a
   * row found earlier is still valid, and a -1 may be stale). The id's hash and fingerprint are
   * computed here unless {@code idKnown}, and only for activities that get that far.
   */
  private Acceptance doAccept(Activity activity, int knownRow, boolean idKnown, int idHash, long idPrint) {
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
    AlumnusId alumnus = activity.alumnus();
    int row = knownRow >= 0 ? knownRow : alumni.indexOf(alumnus);
    if (row < 0
        && !gate.check(tenant, alumnus, PurposeId.ENGAGEMENT_ANALYTICS, Instant.ofEpochMilli(now)).allowed()) {
      excluded.add(alumnus);
      return Acceptance.NO_CONSENT;
    }
    if (!idKnown) {
      String id = activity.id().value();
      idHash = id.hashCode();
      idPrint = OwnedIdSet.fingerprint(id);
    }
    if (row < 0) {
      row = newRow(alumnus);
      seen.add(row, idHash, idPrint); // a new row has no ids yet: rows are never reused
    } else if (!seen.add(row, idHash, idPrint)) {
      return Acceptance.DUPLICATE;
    }
    DecayMath.addToRow(rows, row * ROW, at, rule.weight(), halfLife, trendHalfLife);
    rows[row * ROW + 3]++;
    return clamped ? Acceptance.CLAMPED : Acceptance.SCORED;
  }

  private int newRow(AlumnusId alumnus) {
    excluded.remove(alumnus);
    int row = alumni.add(alumnus);
    if ((row + 1) * ROW > rows.length) {
      rows = Arrays.copyOf(rows, Math.max(rows.length * 2, (row + 1) * ROW));
    }
    rows[row * ROW] = DecayMath.EMPTY;
    return row;
  }

  /**
   * Scores many activities, with the same outcome, counts and exceptions as calling
   * {@link #accept} on each in order (an exception leaves the activities before it scored).
   *
   * <p>Faster than a loop over {@link #accept} for large batches: it works in chunks of
   * {@value #CHUNK}, first looking up every alumnus and starting the memory loads of the
   * duplicate table for the whole chunk, then scoring the chunk in order, so the cache misses of
   * different activities overlap instead of queueing.
   *
   * @param activities the activities
   * @return the counts of this call, by outcome
   * @throws org.alumnisdk.core.TenantMismatchException if one belongs to another tenant
   * @throws org.alumnisdk.core.InvalidValueException if the iterable or an element is null
   */
  public IngestSummary acceptAll(Iterable<Activity> activities) {
    Checks.notNull(activities, "activities");
    long[] local = new long[counts.length];
    Activity[] chunk = new Activity[CHUNK];
    int[] knownRows = new int[CHUNK];
    int[] hashes = new int[CHUNK];
    long[] prints = new long[CHUNK];
    long touched = 0;
    Iterator<Activity> it = activities.iterator();
    try {
      while (it.hasNext()) {
        // phase 1 reads and looks up only; whatever is wrong with an activity is left for phase 2.
        // Each step is a tight loop over the chunk, so the cache misses of different activities
        // (the activity's objects, the alumnus index, the duplicate table) are in flight together.
        int m = 0;
        while (m < CHUNK && it.hasNext()) {
          Activity a = it.next();
          chunk[m] = a;
          boolean ours = a != null && (a.tenant() == tenant || tenant.equals(a.tenant()));
          knownRows[m] = ours ? 0 : -1;
          if (ours) {
            hashes[m] = a.id().value().hashCode();
            touched ^= a.at().getEpochSecond() ^ alumni.peek(a.alumnus());
          }
          m++;
        }
        for (int k = 0; k < m; k++) {
          if (knownRows[k] == 0) {
            Activity a = chunk[k];
            prints[k] = OwnedIdSet.fingerprint(a.id().value());
            knownRows[k] = alumni.indexOf(a.alumnus());
          }
        }
        for (int k = 0; k < m; k++) {
          touched ^= seen.peek(prints[k]);
          int row = knownRows[k];
          if (row >= 0) {
            touched ^= rows[row * ROW];
          }
        }
        // phase 2: score in order, exactly as accept() does
        for (int k = 0; k < m; k++) {
          Activity a = chunk[k];
          chunk[k] = null;
          Checks.notNull(a, "activities[]");
          Checks.sameTenant(tenant, a.tenant(), "activity.tenant");
          Acceptance result = doAccept(a, knownRows[k], true, hashes[k], prints[k]);
          counts[result.ordinal()]++;
          local[result.ordinal()]++;
        }
      }
    } finally {
      sink = touched;
    }
    Map<Acceptance, Long> m = new EnumMap<>(Acceptance.class);
    for (Acceptance a : Acceptance.values()) {
      m.put(a, local[a.ordinal()]);
    }
    return new IngestSummary(m);
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
    int row = alumni.indexOf(alumnus);
    return row < 0 ? Optional.empty() : Optional.of(toScore(alumnus, row, clock.millis()));
  }

  private EngagementScore toScore(AlumnusId id, int row, long now) {
    int b = row * ROW;
    double score = DecayMath.valueAt(rows[b], Double.longBitsToDouble(rows[b + 1]), now, halfLife);
    double recent = DecayMath.valueAt(rows[b], Double.longBitsToDouble(rows[b + 2]), now, trendHalfLife);
    return new EngagementScore(id, Instant.ofEpochMilli(now), score, recent,
        EngagementScore.momentum(score, recent, halfLife, trendHalfLife),
        Optional.of(Instant.ofEpochMilli(rows[b])), rows[b + 3]);
  }

  /**
   * All scores as of the clock's instant. Asks the gate again for every scored alumnus and drops
   * (forgets) those whose consent no longer covers engagement analytics. The report counts as
   * excluded every alumnus left out for lack of consent and not scored since: those the gate refused
   * when one of their activities came, and those dropped by this or an earlier report.
   *
   * @return the report
   */
  public ScoreReport report() {
    long now = clock.millis();
    Instant at = Instant.ofEpochMilli(now);
    List<EngagementScore> out = new ArrayList<>(alumni.size());
    List<AlumnusId> lapsed = new ArrayList<>();
    alumni.forEach((key, row) -> {
      AlumnusId id = (AlumnusId) key;
      if (gate.check(tenant, id, PurposeId.ENGAGEMENT_ANALYTICS, at).allowed()) {
        out.add(toScore(id, row, now));
      } else {
        lapsed.add(id);
      }
    });
    forgetAll(lapsed);
    excluded.addAll(lapsed);
    out.sort(java.util.Comparator.comparing(EngagementScore::alumnus));
    return new ScoreReport(tenant, at, out, excluded.size(), summary());
  }

  /**
   * Forgets an alumnus's state (consent withdrawn, data-subject deletion), including the activity
   * ids remembered for duplicate detection and the record that they were left out for lack of
   * consent. Activities accepted afterwards start a new score (and still need the gate's
   * permission).
   *
   * @param alumnus the alumnus
   * @return true if there was state (a score or an exclusion)
   */
  public boolean forget(AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    boolean refused = excluded.remove(alumnus);
    return forgetAll(List.of(alumnus)) == 1 || refused;
  }

  private int forgetAll(List<AlumnusId> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    BitSet gone = new BitSet();
    for (AlumnusId id : ids) {
      int row = alumni.remove(id);
      if (row >= 0) {
        gone.set(row);
        Arrays.fill(rows, row * ROW, (row + 1) * ROW, 0L);
      }
    }
    if (!gone.isEmpty()) {
      seen.removeOwners(gone::get);
    }
    return gone.cardinality();
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
    return "EngagementScorer[tenant=" + tenant + ", alumni=" + alumni.size() + ", " + policy + "]";
  }

  /**
   * How consent is checked for this scorer's alumni ({@code PurposeGate.describe}): every alumnus
   * through the purpose gate, or the named waiver's justification. Reports built from the scores
   * should carry it.
   *
   * @return a one-line description; never personal data
   */
  public String consentCheck() {
    return consentCheck;
  }
}
