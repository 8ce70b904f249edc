package org.alumnisdk.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.TenantMismatchException;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.MembershipEvent;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.metrics.internal.DayBits;
import org.alumnisdk.metrics.internal.DecayMath;
import org.alumnisdk.metrics.internal.KeyIndex;
import org.alumnisdk.metrics.internal.OwnedIdSet;
import org.alumnisdk.metrics.kpi.FiscalYear;
import org.alumnisdk.metrics.kpi.Kpi;
import org.alumnisdk.metrics.kpi.KpiDefinition;
import org.alumnisdk.metrics.kpi.Window;
import org.alumnisdk.metrics.level.LevelAssessment;
import org.alumnisdk.metrics.level.LevelPolicy;
import org.alumnisdk.metrics.level.OrbitLevel;
import org.alumnisdk.metrics.rfm.RfmScore;
import org.alumnisdk.metrics.rfm.RfmScorer;
import org.alumnisdk.metrics.score.EngagementScore;
import org.alumnisdk.metrics.segment.MemberFacts;
import org.alumnisdk.metrics.segment.SegmentAssignment;
import org.alumnisdk.metrics.taxonomy.ActivityRule;
import org.alumnisdk.metrics.taxonomy.EngagementMode;

/**
 * One batch analysis of a population's activities as of the population's instant: per-alumnus
 * scores, Orbit levels, RFM and segments, and the population KPIs (percentage engaged with the
 * overlap histogram, active member rate, inactive members, network growth, capture rate,
 * retention by departure cohort). Built in a single pass over the activities; immutable.
 *
 * <p>Rules: activities of another tenant are a programming error; activities after the as-of
 * instant, of alumni outside the measured population, with unmapped or non-counting types, and
 * ids repeated for the same alumnus (detected by hash and 64-bit fingerprint, as in
 * {@link org.alumnisdk.metrics.score.EngagementScorer}) are ignored and counted in
 * {@link #activityCounts()}. Scores use the same
 * half-life arithmetic as {@link org.alumnisdk.metrics.score.EngagementScorer}, so streaming and
 * batch agree to rounding. Day boundaries use the fiscal calendar's zone offset at the as-of instant.
 *
 * @since 0.1.0
 */
public final class EngagementAnalysis {
  private static final long DAY = 86_400_000L;
  private static final int S = 16;
  private static final Set<MembershipStatus> MEMBER =
      EnumSet.of(MembershipStatus.REGISTERED, MembershipStatus.ACTIVE, MembershipStatus.DORMANT);

  /**
   * Receives the value of the early loads in {@link #run} so the JIT cannot drop them; never read.
   * A racy write of a meaningless value, shared by all runs.
   */
  @SuppressWarnings("unused")
  private static long loadSink;

  private final EngagementConfig config;
  private final Population population;
  private final Window period;
  private final ActivityCounts counts;
  private final List<MemberMetrics> members;
  private final long[] last;
  private final byte[] modes;
  private final KeyIndex index;

  private EngagementAnalysis(EngagementConfig config, Population population, Window period, ActivityCounts counts,
      List<MemberMetrics> members, long[] last, byte[] modes, KeyIndex index) {
    this.config = config;
    this.population = population;
    this.period = period;
    this.counts = counts;
    this.members = members;
    this.last = last;
    this.modes = modes;
    this.index = index;
  }

  /**
   * Runs the analysis.
   *
   * @param config the configuration
   * @param population the measured population and its as-of instant
   * @param activities the tenant's activities, in any order
   * @param period the reporting period of the percentage-engaged KPIs
   * @param previousLevels the previous level assessments, for hysteresis (may be empty)
   * @return the analysis
   * @throws TenantMismatchException if an activity belongs to another tenant
   * @throws org.alumnisdk.core.InvalidValueException if an argument is missing
   */
  public static EngagementAnalysis run(EngagementConfig config, Population population, Iterable<Activity> activities,
      Window period, Map<AlumnusId, LevelAssessment> previousLevels) {
    return run(config, population, activities, period, previousLevels, false);
  }

  /**
   * Runs the analysis, optionally trusting that activity ids are unique (as the
   * {@link org.alumnisdk.core.spi.ActivityLog} contract guarantees), which skips the duplicate
   * table (for 10,000,000 activities about 256 MB and, on a 2-vCPU machine, 1-2 s).
   *
   * @param config the configuration
   * @param population the measured population and its as-of instant
   * @param activities the tenant's activities, in any order
   * @param period the reporting period of the percentage-engaged KPIs
   * @param previousLevels the previous level assessments, for hysteresis (may be empty)
   * @param trustUniqueIds true to skip duplicate detection (only for sources that guarantee unique ids)
   * @return the analysis
   * @throws TenantMismatchException if an activity belongs to another tenant
   * @throws org.alumnisdk.core.InvalidValueException if an argument is missing
   */
  public static EngagementAnalysis run(EngagementConfig config, Population population, Iterable<Activity> activities,
      Window period, Map<AlumnusId, LevelAssessment> previousLevels, boolean trustUniqueIds) {
    Checks.notNull(config, "config");
    Checks.notNull(population, "population");
    Checks.notNull(activities, "activities");
    Checks.notNull(period, "period");
    Checks.notNull(previousLevels, "previousLevels");
    TenantId tenant = population.tenant();
    int n = population.size();
    Object[] keys = new Object[n];
    for (int i = 0; i < n; i++) {
      keys[i] = population.measured().get(i).id();
    }
    KeyIndex fast;
    try {
      fast = KeyIndex.of(keys);
    } catch (IllegalArgumentException e) {
      throw new org.alumnisdk.core.InvalidValueException("population.measured", "an alumnus appears more than once");
    }
    Instant asOfInstant = population.asOf();
    long asOf = asOfInstant.toEpochMilli();
    long halfLife = config.scoring().halfLifeMillis();
    long trendHalfLife = config.scoring().trendHalfLifeMillis();
    // one packed row of S longs per alumnus so an activity touches about two cache lines:
    // [0] anchor = latest counted activity, [1] mass, [2] trend mass (double bits), [3] count,
    // [4] frequency in RFM period, [5] value points (double bits), [6] depth | modes << 8,
    // [7..12] active-day bits of the level look-back
    long[] st = new long[n * S];
    for (int i = 0; i < n; i++) {
      st[i * S] = DecayMath.EMPTY;
    }
    long rfmFrom = asOf - config.rfm().periodDays() * DAY;
    int lookback = config.levels().lookbackDays();
    long offset = config.fiscalYear().zone().getRules().getOffset(asOfInstant).getTotalSeconds() * 1000L;
    long asOfDay = Math.floorDiv(asOf + offset, DAY);
    long periodFrom = period.from().toEpochMilli();
    long periodTo = period.to().toEpochMilli();
    Set<AlumnusId> excluded = population.excluded();
    OwnedIdSet seen = trustUniqueIds ? null
        : new OwnedIdSet(activities instanceof java.util.Collection<?> c ? c.size() : n);
    org.alumnisdk.metrics.taxonomy.ActivityTaxonomy taxonomy = config.taxonomy();
    long read = 0;
    long scored = 0;
    long dup = 0;
    long unmapped = 0;
    long notCounted = 0;
    long after = 0;
    long noConsent = 0;
    long unknown = 0;
    // Two phases per chunk so the random lookups of phase 1 and the random row updates of
    // phase 2 each run in a tight loop (more cache misses in flight at once).
    // Phase 0 only gathers the chunk and starts the loads of the alumnus index (and of the
    // duplicate table); chunks are small enough for what it loads to stay in the L2 cache.
    final int chunk = 512;
    Activity[] cAct = new Activity[chunk];
    int[] cHash = new int[chunk];
    long[] cPrint = new long[chunk];
    int[] cIdx = new int[chunk];
    long[] cT = new long[chunk];
    ActivityRule[] cRule = new ActivityRule[chunk];
    long touched = 0;
    java.util.Iterator<Activity> it = activities.iterator();
    while (it.hasNext()) {
      int gathered = 0;
      while (gathered < chunk && it.hasNext()) {
        Activity a = Checks.notNull(it.next(), "activities[]");
        touched ^= fast.peek(a.alumnus());
        if (seen != null) {
          String id = a.id().value();
          cHash[gathered] = id.hashCode();
          cPrint[gathered] = OwnedIdSet.fingerprint(id);
          touched ^= seen.peek(cPrint[gathered]);
        }
        cAct[gathered++] = a;
      }
      int m = 0;
      for (int g = 0; g < gathered; g++) {
        Activity a = cAct[g];
        cAct[g] = null;
        read++;
        if (a.tenant() != tenant && !a.tenant().equals(tenant)) {
          throw new TenantMismatchException("activity[" + a.id() + "].tenant");
        }
        int i = fast.indexOf(a.alumnus());
        if (i < 0) {
          if (excluded.contains(a.alumnus())) {
            noConsent++;
          } else {
            unknown++;
          }
          continue;
        }
        ActivityRule rule = taxonomy.ruleOrNull(a.type());
        if (rule == null) {
          unmapped++;
          continue;
        }
        if (!rule.counts()) {
          notCounted++;
          continue;
        }
        long t = a.at().toEpochMilli();
        if (t > asOf) {
          after++;
          continue;
        }
        if (seen != null) {
          if (!seen.add(i, cHash[g], cPrint[g])) {
            dup++;
            continue;
          }
        }
        cIdx[m] = i;
        cT[m] = t;
        cRule[m] = rule;
        m++;
      }
      scored += m;
      for (int k = 0; k < m; k++) {
        int b = cIdx[k] * S;
        touched ^= st[b] ^ st[b + S - 1]; // start the loads of the row's cache lines
      }
      for (int k = 0; k < m; k++) {
        int b = cIdx[k] * S;
        long t = cT[k];
        ActivityRule rule = cRule[k];
        double w = rule.weight();
        DecayMath.addToRow(st, b, t, w, halfLife, trendHalfLife);
        st[b + 3]++;
        if (t > rfmFrom) {
          st[b + 4]++;
          st[b + 5] = Double.doubleToRawLongBits(Double.longBitsToDouble(st[b + 5]) + rule.value());
        }
        long packed = st[b + 6];
        long d = asOfDay - Math.floorDiv(t + offset, DAY);
        if (d < lookback) {
          if (rule.commitment() > (packed & 0xff)) {
            packed = (packed & ~0xffL) | rule.commitment();
          }
          st[b + 7 + (int) (d >>> 6)] |= 1L << d;
        }
        if (t >= periodFrom && t < periodTo) {
          packed |= (long) rule.mode().bit() << 8;
        }
        st[b + 6] = packed;
      }
    }
    loadSink = touched;
    long[] last = new long[n];
    long[] freq = new long[n];
    double[] money = new double[n];
    byte[] modes = new byte[n];
    for (int i = 0; i < n; i++) {
      last[i] = st[i * S];
      freq[i] = st[i * S + 4];
      money[i] = Double.longBitsToDouble(st[i * S + 5]);
      modes[i] = (byte) (st[i * S + 6] >>> 8);
    }
    ActivityCounts counts = new ActivityCounts(read, scored, dup, unmapped, notCounted, after, noConsent, unknown);

    long[] recencyDays = new long[n];
    for (int i = 0; i < n; i++) {
      recencyDays[i] = last[i] == DecayMath.EMPTY ? -1 : Math.floorDiv(asOf - last[i], DAY);
    }
    RfmScore[] rfm = new RfmScorer(config.rfm()).score(recencyDays, freq, money);
    LevelPolicy levels = config.levels();
    long[] scratch = new long[DayBits.WORDS];
    List<MemberMetrics> members = new ArrayList<>(n);
    EngagementMode[] allModes = EngagementMode.values();
    @SuppressWarnings("unchecked")
    Set<EngagementMode>[] modeSets = new Set[16];
    for (int mask = 0; mask < 16; mask++) {
      EnumSet<EngagementMode> s = EnumSet.noneOf(EngagementMode.class);
      for (EngagementMode m : allModes) {
        if ((mask & m.bit()) != 0) {
          s.add(m);
        }
      }
      modeSets[mask] = Collections.unmodifiableSet(s);
    }
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = DecayMath.valueAt(st[i * S], Double.longBitsToDouble(st[i * S + 1]), asOf, halfLife);
    }
    double[] percentiles = org.alumnisdk.metrics.rfm.MidRankPercentile.of(scores);
    for (int i = 0; i < n; i++) {
      AlumnusId id = population.measured().get(i).id();
      int b = i * S;
      double score = DecayMath.valueAt(st[b], Double.longBitsToDouble(st[b + 1]), asOf, halfLife);
      double recent = DecayMath.valueAt(st[b], Double.longBitsToDouble(st[b + 2]), asOf, trendHalfLife);
      int depth = (int) (st[b + 6] & 0xff);
      double momentum = EngagementScore.momentum(score, recent, halfLife, trendHalfLife);
      int presence = 0;
      if (depth > 0) {
        System.arraycopy(st, b + 7, scratch, 0, DayBits.WORDS);
        presence = levels.presenceStep(scratch);
      }
      LevelAssessment level = levels.assess(
          depth, presence, previousLevels.isEmpty() ? Optional.empty() : Optional.ofNullable(previousLevels.get(id)),
          asOfInstant);
      SegmentAssignment segment = config.segments().assign(
          new MemberFacts(score, momentum, recencyDays[i], level.level(), rfm[i].segment()));
      members.add(new MemberMetrics(id, score, percentiles[i], recent, momentum,
          last[i] == DecayMath.EMPTY ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last[i])),
          recencyDays[i], st[b + 3], modeSets[modes[i]], level, rfm[i], segment));
    }
    return new EngagementAnalysis(config, population, period, counts, Collections.unmodifiableList(members),
        last, modes, fast);
  }

  /**
   * The configuration used.
   *
   * @return the configuration
   */
  public EngagementConfig config() {
    return config;
  }

  /**
   * The measured population.
   *
   * @return the population
   */
  public Population population() {
    return population;
  }

  /**
   * The as-of instant.
   *
   * @return the instant
   */
  public Instant asOf() {
    return population.asOf();
  }

  /**
   * The reporting period of {@link #percentEngaged()}.
   *
   * @return the period
   */
  public Window period() {
    return period;
  }

  /**
   * What happened to the activities read.
   *
   * @return the counts
   */
  public ActivityCounts activityCounts() {
    return counts;
  }

  /**
   * One result per measured alumnus, ordered by id.
   *
   * @return the members
   */
  public List<MemberMetrics> members() {
    return members;
  }

  /**
   * The result of one alumnus.
   *
   * @param alumnus the alumnus
   * @return the result, or empty if not measured
   */
  public Optional<MemberMetrics> member(AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    int i = index.indexOf(alumnus);
    return i < 0 ? Optional.empty() : Optional.of(members.get(i));
  }

  /**
   * The level assessments, to pass to the next analysis for hysteresis.
   *
   * @return alumnus to level
   */
  public Map<AlumnusId, LevelAssessment> levels() {
    Map<AlumnusId, LevelAssessment> m = new HashMap<>(members.size() * 4 / 3 + 1);
    members.forEach(x -> m.put(x.alumnus(), x.level()));
    return Collections.unmodifiableMap(m);
  }

  /**
   * Members per segment, in rule order.
   *
   * @return segment to count
   */
  public Map<String, Long> segmentCounts() {
    Map<String, Long> m = new LinkedHashMap<>();
    config.segments().names().forEach(s -> m.put(s, 0L));
    members.forEach(x -> m.merge(x.segment().segment(), 1L, Long::sum));
    return Collections.unmodifiableMap(m);
  }

  /**
   * Members per Orbit level.
   *
   * @return level to count
   */
  public Map<OrbitLevel, Long> levelCounts() {
    Map<OrbitLevel, Long> m = new EnumMap<>(OrbitLevel.class);
    for (OrbitLevel l : OrbitLevel.values()) {
      m.put(l, 0L);
    }
    members.forEach(x -> m.merge(x.level().level(), 1L, Long::sum));
    return Collections.unmodifiableMap(m);
  }

  /**
   * Orbit v2 total weighted commitment: Σ over levels of weight² × members.
   *
   * @return the total
   */
  public long weightedCommitment() {
    long total = 0;
    for (Map.Entry<OrbitLevel, Long> e : levelCounts().entrySet()) {
      total += (long) e.getKey().weight() * e.getKey().weight() * e.getValue();
    }
    return total;
  }

  /**
   * Members per RFM segment, sorted by name.
   *
   * @return segment to count
   */
  public Map<String, Long> rfmSegmentCounts() {
    Map<String, Long> m = new TreeMap<>();
    members.forEach(x -> m.merge(x.rfm().segment(), 1L, Long::sum));
    return Collections.unmodifiableMap(m);
  }

  private LocalDate date(Instant at) {
    return LocalDate.ofInstant(at, config.fiscalYear().zone());
  }

  private static Optional<MembershipStatus> statusAt(Alumnus a, Instant at) {
    return a.membership().statusAt(at);
  }

  /**
   * The measured alumni of record for a window: departed before the window ends, and not rehired
   * or gone from the network (LEFT) at its start.
   *
   * @param window the window
   * @return the ids
   */
  public Set<AlumnusId> alumniOfRecord(Window window) {
    Checks.notNull(window, "window");
    Set<AlumnusId> s = new HashSet<>();
    LocalDate end = date(window.to());
    for (Alumnus a : population.measured()) {
      if (ofRecord(a, window, end) == null) {
        s.add(a.id());
      }
    }
    return Collections.unmodifiableSet(s);
  }

  /** Null if of record, else the exclusion reason. */
  private static String ofRecord(Alumnus a, Window window, LocalDate end) {
    if (!a.departure().lastWorkingDay().isBefore(end)) {
      return "not yet departed by the window end";
    }
    Optional<MembershipStatus> s = statusAt(a, window.from());
    if (s.isPresent() && (s.get() == MembershipStatus.REHIRED || s.get() == MembershipStatus.LEFT)) {
      return "rehired or left the network before the window start";
    }
    return null;
  }

  /**
   * The ids of all measured alumni.
   *
   * @return the ids
   */
  public Set<AlumnusId> measuredIds() {
    Set<AlumnusId> s = new HashSet<>(population.size() * 4 / 3 + 1);
    population.measured().forEach(a -> s.add(a.id()));
    return Collections.unmodifiableSet(s);
  }

  /**
   * Percentage engaged in the reporting period: in any mode, per mode, and the overlap histogram.
   * Denominator: measured alumni of record for the period (cohort rule: the numerator only counts
   * people in it).
   *
   * @return the rates
   */
  public EngagementRates percentEngaged() {
    long denominator = 0;
    long[] perMode = new long[4];
    long[] overlap = new long[5];
    Map<String, Long> ex = new LinkedHashMap<>();
    ex.put("no engagement-analytics consent", population.excludedForConsent());
    long engagedOutside = 0;
    LocalDate end = date(period.to());
    for (int i = 0; i < population.size(); i++) {
      Alumnus a = population.measured().get(i);
      String reason = ofRecord(a, period, end);
      if (reason != null) {
        ex.merge(reason, 1L, Long::sum);
        if (modes[i] != 0) {
          engagedOutside++;
        }
        continue;
      }
      denominator++;
      int m = modes[i];
      overlap[Integer.bitCount(m)]++;
      for (EngagementMode mode : EngagementMode.values()) {
        if ((m & mode.bit()) != 0) {
          perMode[mode.ordinal()]++;
        }
      }
    }
    ex.put("engaged but outside the denominator (not counted)", engagedOutside);
    List<String> notes = List.of(
        "activities counted per the taxonomy (attendance not RSVP; clicks not opens)",
        "activities up to " + population.asOf());
    String denom = "measured alumni of record in " + period.label();
    long any = denominator - overlap[0];
    Kpi anyKpi = Kpi.ratio("pct-engaged.any", any, denominator, new KpiDefinition(
        "|alumni with >= 1 counted activity of any mode in P| / |alumni of record in P|", period,
        "alumni of record with >= 1 counted activity in any mode", denom, ex, notes));
    Map<EngagementMode, Kpi> byMode = new EnumMap<>(EngagementMode.class);
    for (EngagementMode mode : EngagementMode.values()) {
      String name = mode.name().toLowerCase(java.util.Locale.ROOT);
      byMode.put(mode, Kpi.ratio("pct-engaged." + name, perMode[mode.ordinal()], denominator, new KpiDefinition(
          "|alumni with >= 1 counted " + name + " activity in P| / |alumni of record in P|", period,
          "alumni of record engaged in " + name, denom, ex, notes)));
    }
    List<Kpi> hist = new ArrayList<>();
    for (int k = 0; k <= 4; k++) {
      hist.add(Kpi.ratio("engaged-in-exactly-" + k + "-modes", overlap[k], denominator, new KpiDefinition(
          "|alumni of record engaged in exactly " + k + " modes in P| / |alumni of record in P|", period,
          "alumni of record engaged in exactly " + k + " modes", denom, ex, notes)));
    }
    return new EngagementRates(period, anyKpi, byMode, hist);
  }

  /**
   * Active member rate over the configured trailing window.
   *
   * @return the KPI
   */
  public Kpi activeMemberRate() {
    return activeMemberRate(config.activeWindowDays());
  }

  /**
   * Active member rate: registered members (status registered, active or dormant at the as-of
   * instant) with at least one counted activity in the trailing window ÷ registered members.
   *
   * @param days the trailing window in days
   * @return the KPI
   */
  public Kpi activeMemberRate(int days) {
    Window w = Window.trailingDays(population.asOf(), days);
    long cutoff = w.from().toEpochMilli();
    long den = 0;
    long num = 0;
    long activeNonMembers = 0;
    for (int i = 0; i < population.size(); i++) {
      boolean member = statusAt(population.measured().get(i), population.asOf()).map(MEMBER::contains).orElse(false);
      boolean active = last[i] != DecayMath.EMPTY && last[i] >= cutoff;
      if (member) {
        den++;
        if (active) {
          num++;
        }
      } else if (active) {
        activeNonMembers++;
      }
    }
    Map<String, Long> ex = new LinkedHashMap<>();
    ex.put("no engagement-analytics consent", population.excludedForConsent());
    ex.put("active but not a registered member (not counted)", activeNonMembers);
    return Kpi.ratio("active-member-rate." + days + "d", num, den, new KpiDefinition(
        "|members with >= 1 counted activity in trailing " + days + " days| / |registered members|", w,
        "registered members active in the window", "measured members with status REGISTERED, ACTIVE or DORMANT",
        ex, List.of()));
  }

  /**
   * Inactive members with the configured interval.
   *
   * @return the result
   */
  public InactiveMembers inactiveMembers() {
    return inactiveMembers(config.inactiveIntervalDays());
  }

  /**
   * CHAOSS inactive members: alumni whose last counted activity is older than the interval ÷
   * alumni who ever had one; with the inactive ones bucketed by the fiscal year of that activity.
   *
   * @param intervalDays the interval in days
   * @return the result
   */
  public InactiveMembers inactiveMembers(int intervalDays) {
    if (intervalDays < 1) {
      throw new org.alumnisdk.core.InvalidValueException("intervalDays", "must be at least 1");
    }
    long cutoff = population.asOf().toEpochMilli() - intervalDays * DAY;
    long ever = 0;
    long inactive = 0;
    Map<String, Long> byYear = new TreeMap<>();
    FiscalYear fy = config.fiscalYear();
    for (int i = 0; i < population.size(); i++) {
      if (last[i] == DecayMath.EMPTY) {
        continue;
      }
      ever++;
      if (last[i] < cutoff) {
        inactive++;
        byYear.merge("FY" + fy.yearOf(Instant.ofEpochMilli(last[i])), 1L, Long::sum);
      }
    }
    Map<String, Long> ex = new LinkedHashMap<>();
    ex.put("no engagement-analytics consent", population.excludedForConsent());
    ex.put("never had a counted activity", (long) population.size() - ever);
    Kpi k = Kpi.ratio("inactive-members." + intervalDays + "d", inactive, ever, new KpiDefinition(
        "|alumni whose last counted activity is older than " + intervalDays + " days| / |alumni with any counted activity|",
        Window.trailingDays(population.asOf(), intervalDays), "inactive alumni", "alumni with >= 1 counted activity",
        ex, List.of("CHAOSS Inactive Contributors; bucketed by the fiscal year of the last activity")));
    return new InactiveMembers(k, byYear);
  }

  /**
   * Network growth: (members at the window end − members at its start) ÷ members at its start,
   * members being measured alumni with status registered, active or dormant. The end is the
   * earlier of the window end and the as-of instant.
   *
   * @param window the window
   * @return the KPI
   */
  public Kpi networkGrowth(Window window) {
    Checks.notNull(window, "window");
    Instant end = window.to().minusMillis(1);
    if (end.isAfter(population.asOf())) {
      end = population.asOf();
    }
    long start = 0;
    long finish = 0;
    for (Alumnus a : population.measured()) {
      if (statusAt(a, window.from()).map(MEMBER::contains).orElse(false)) {
        start++;
      }
      if (statusAt(a, end).map(MEMBER::contains).orElse(false)) {
        finish++;
      }
    }
    Map<String, Long> ex = new LinkedHashMap<>();
    ex.put("no engagement-analytics consent", population.excludedForConsent());
    return Kpi.growth("network-growth", finish - start, start, new KpiDefinition(
        "(members at end - members at start) / members at start", window,
        "members at " + end + " minus members at " + window.from() + " (" + finish + " - " + start + ")",
        "members at " + window.from(), ex, List.of("members: status REGISTERED, ACTIVE or DORMANT")));
  }

  /**
   * Capture rate (cohort form): measured alumni whose last working day falls in the window and
   * who registered in the network by the as-of instant ÷ measured alumni whose last working day
   * falls in the window. The raw ratio "registrations in the window ÷ leavers in the window" is
   * given in the notes; it can exceed 1 because earlier leavers also register.
   *
   * @param window the window
   * @return the KPI
   */
  public Kpi captureRate(Window window) {
    Checks.notNull(window, "window");
    LocalDate from = date(window.from());
    LocalDate to = date(window.to());
    long leavers = 0;
    long captured = 0;
    long registrationsInWindow = 0;
    for (Alumnus a : population.measured()) {
      LocalDate lwd = a.departure().lastWorkingDay();
      if (!lwd.isBefore(from) && lwd.isBefore(to)) {
        leavers++;
        if (registeredBy(a, population.asOf())) {
          captured++;
        }
      }
      Optional<Instant> reg = firstRegistration(a);
      if (reg.isPresent() && window.contains(reg.get())) {
        registrationsInWindow++;
      }
    }
    Map<String, Long> ex = new LinkedHashMap<>();
    ex.put("no engagement-analytics consent (never-registered leavers are often in this group)",
        population.excludedForConsent());
    return Kpi.ratio("capture-rate", captured, leavers, new KpiDefinition(
        "|leavers in window registered by as-of| / |leavers in window|", window,
        "measured leavers in window who registered by " + population.asOf(), "measured leavers (last working day in window)",
        ex, List.of("raw registrations in window / leavers in window = " + registrationsInWindow + " / " + leavers)));
  }

  private static boolean registeredBy(Alumnus a, Instant at) {
    for (MembershipEvent e : a.membership().events()) {
      if (e.at().isAfter(at)) {
        return false;
      }
      if (MEMBER.contains(e.status())) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Instant> firstRegistration(Alumnus a) {
    for (MembershipEvent e : a.membership().events()) {
      if (e.status() == MembershipStatus.REGISTERED) {
        return Optional.of(e.at());
      }
    }
    return Optional.empty();
  }

  /**
   * Retention by departure-year cohort: per fiscal year of the last working day, measured alumni
   * still members (registered, active or dormant) at the as-of instant ÷ the cohort, excluding
   * those rehired (they left the alumni population).
   *
   * @return one KPI per cohort, oldest first
   */
  public List<Kpi> retentionByDepartureCohort() {
    FiscalYear fy = config.fiscalYear();
    TreeMap<Integer, long[]> cohorts = new TreeMap<>();
    for (Alumnus a : population.measured()) {
      long[] c = cohorts.computeIfAbsent(fy.yearOf(a.departure().lastWorkingDay()), k -> new long[3]);
      Optional<MembershipStatus> s = statusAt(a, population.asOf());
      if (s.isPresent() && s.get() == MembershipStatus.REHIRED) {
        c[2]++;
        continue;
      }
      c[0]++;
      if (s.map(MEMBER::contains).orElse(false)) {
        c[1]++;
      }
    }
    List<Kpi> out = new ArrayList<>();
    cohorts.forEach((year, c) -> {
      Window w = fy.year(year);
      Map<String, Long> ex = new LinkedHashMap<>();
      ex.put("rehired (left the alumni population)", c[2]);
      out.add(Kpi.ratio("retention." + w.label(), c[1], c[0], new KpiDefinition(
          "|cohort still members at as-of| / |cohort|", w, "cohort members at " + population.asOf(),
          "measured alumni whose last working day is in " + w.label(), ex,
          List.of("consent exclusions apply to the whole population: " + population.excludedForConsent()))));
    });
    return out;
  }

  @Override
  public String toString() {
    return "EngagementAnalysis[tenant=" + population.tenant() + ", asOf=" + population.asOf() + ", period="
        + period.label() + ", measured=" + population.size() + ", excludedForConsent="
        + population.excludedForConsent() + ", " + counts + ", segments=" + segmentCounts() + "]";
  }
}
