package org.alumnisdk.matching.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.opening.JobOpening;
import org.alumnisdk.core.opening.SkillRequirement;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;

/**
 * Ranks the alumni of a {@link ReferralIndex} for job openings: hard filters, weighted features,
 * reciprocal fusion, bounded top-k heap, explanations for the returned results only.
 *
 * <p>Per alumnus the ranking first applies the cheap array filters (conflict lists, membership
 * status, and in boomerang mode rehire eligibility, required languages and location), then asks
 * the {@link PurposeGate} for the mode's purpose; only alumni who pass every filter are scored. A
 * gate answer of {@code null} counts as a denial (fail closed). In {@link
 * GateMode#SNAPSHOT_VERIFIED} the index's consent snapshot replaces the per-alumnus gate call
 * during the scan and the live gate verifies the candidates before they are returned.
 * Scores are fused as described in {@link ReferralConfig}; ties break by alumnus id (ascending).
 * The current instant comes from the injected {@link Clock} (recency and the gate's instant).
 *
 * <p>Thread-safe: rankings hold the index's read lock.
 *
 * @since 0.1.0
 */
public final class ReferralRanker {
  static final double LN2 = 0.6931471805599453;
  static final double[] PROFICIENCY = {0.4, 0.7, 0.9, 1.0};
  private static final int DECAY_TABLE = 4096;
  private static final Feature[] FEATURES = Feature.values();
  private static final int NF = FEATURES.length;
  private static final int SKILLS = Feature.SKILLS.ordinal();
  private static final int JOB_FAMILY = Feature.JOB_FAMILY.ordinal();
  private static final int TITLE = Feature.TITLE.ordinal();
  private static final int SENIORITY = Feature.SENIORITY.ordinal();
  private static final int LOCATION = Feature.LOCATION.ordinal();
  private static final int COMPANY = Feature.COMPANY_KNOWLEDGE.ordinal();
  private static final int INDUSTRY = Feature.INDUSTRY.ordinal();
  private static final int EMPLOYER = Feature.CURRENT_EMPLOYER.ordinal();
  private static final int NETWORK = Feature.NETWORK.ordinal();
  private static final int RECENCY = Feature.RECENCY.ordinal();
  private static final int WILLINGNESS = Feature.WILLINGNESS.ordinal();
  private static final int MEMBERSHIP = Feature.MEMBERSHIP.ordinal();

  private final ReferralIndex index;
  private final PurposeGate gate;
  private final String consentCheck;
  private final ReferralConfig config;
  private final Clock clock;
  private final double[] decay;

  ReferralRanker(ReferralIndex index, PurposeGate gate, ReferralConfig config, Clock clock) {
    this.index = Checks.notNull(index, "index");
    this.gate = PurposeGate.failClosed(gate);
    this.consentCheck = PurposeGate.describe(gate);
    this.config = Checks.notNull(config, "config");
    this.clock = Checks.notNull(clock, "clock");
    this.decay = new double[DECAY_TABLE];
    double h = config.recencyHalfLifeDays();
    for (int a = 0; a < DECAY_TABLE; a++) {
      decay[a] = StrictMath.exp(-LN2 * a / h);
    }
  }

  /**
   * The membership engagement value of a status (the MEMBERSHIP feature).
   *
   * @param status the status
   * @return ACTIVE 1, REGISTERED 0.6, DORMANT 0.3, INVITED 0.2, otherwise 0
   */
  public static double membershipValue(MembershipStatus status) {
    return switch (status) {
      case ACTIVE -> 1.0;
      case REGISTERED -> 0.6;
      case DORMANT -> 0.3;
      case INVITED -> 0.2;
      case LEFT, REHIRED -> 0.0;
    };
  }

  /**
   * The fused score of a fit and a response score under a configuration (see {@link
   * ReferralConfig}).
   *
   * @param fit the fit score in [0, 1]
   * @param response the response score in [0, 1]
   * @param config the configuration (α, ε)
   * @return {@code 1 / (α / (ε + (1 − ε)·fit) + (1 − α) / (ε + (1 − ε)·response))}
   * @throws InvalidValueException if a score is outside [0, 1] or the config is null
   */
  public static double fuse(double fit, double response, ReferralConfig config) {
    Checks.notNull(config, "config");
    if (!(fit >= 0 && fit <= 1)) {
      throw new InvalidValueException("fit", "must be in [0, 1], was " + fit);
    }
    if (!(response >= 0 && response <= 1)) {
      throw new InvalidValueException("response", "must be in [0, 1], was " + response);
    }
    return fuseRaw(fit, response, config.alpha(), config.epsilon());
  }

  static double fuseRaw(double fit, double response, double alpha, double eps) {
    double f = eps + (1 - eps) * fit;
    double r = eps + (1 - eps) * response;
    return 1.0 / (alpha / f + (1 - alpha) / r);
  }

  /**
   * The index this ranker reads.
   *
   * @return the index
   */
  public ReferralIndex index() {
    return index;
  }

  /**
   * The configuration.
   *
   * @return the configuration
   */
  public ReferralConfig config() {
    return config;
  }

  /**
   * The top k eligible alumni for one opening.
   *
   * @param query the query
   * @return the ranking with explanations
   * @throws InvalidValueException if the query is null
   * @throws org.alumnisdk.core.TenantMismatchException if the opening belongs to another tenant
   */
  public RankedReferrals topK(ReferralQuery query) {
    Checks.notNull(query, "query");
    return topK(List.of(query)).get(0);
  }

  /**
   * The top k for many openings in one pass over the population; the purpose gate is asked at
   * most once per alumnus and purpose for the whole batch.
   *
   * @param queries the queries
   * @return one ranking per query, in query order
   * @throws InvalidValueException if the list or a query is null
   * @throws org.alumnisdk.core.TenantMismatchException if an opening belongs to another tenant
   */
  public List<RankedReferrals> topK(List<ReferralQuery> queries) {
    Checks.notNull(queries, "queries");
    for (int i = 0; i < queries.size(); i++) {
      ReferralQuery q = Checks.notNull(queries.get(i), "queries[" + i + "]");
      Checks.sameTenant(index.tenant, q.opening().tenant(), "queries[" + i + "].opening.tenant");
    }
    if (queries.isEmpty()) {
      return List.of();
    }
    Instant at = Checks.notNull(clock.instant(), "clock.instant");
    index.lock.readLock().lock();
    try {
      boolean snapshot = config.gateMode() == GateMode.SNAPSHOT_VERIFIED;
      Prepared[] ps = new Prepared[queries.size()];
      for (int i = 0; i < ps.length; i++) {
        ps[i] = new Prepared(queries.get(i), at, snapshot);
      }
      scan(ps, at);
      List<RankedReferrals> out = new ArrayList<>(ps.length);
      for (Prepared p : ps) {
        out.add(ranking(p, snapshot ? verify(p, at) : p.sortedHeap()));
      }
      return out;
    } finally {
      index.lock.readLock().unlock();
    }
  }

  /**
   * Explains why an alumnus is not (higher) in a query's ranking: not indexed, filtered (every
   * failing filter), included, or ranked below the k-th result (with its rank and the per-feature
   * gaps to the k-th result).
   *
   * @param query the query
   * @param alumnus the alumnus asked about
   * @return the explanation
   * @throws InvalidValueException if an argument is null
   * @throws org.alumnisdk.core.TenantMismatchException if the opening belongs to another tenant
   */
  public WhyNot whyNot(ReferralQuery query, AlumnusId alumnus) {
    Checks.notNull(query, "query");
    Checks.notNull(alumnus, "alumnus");
    Checks.sameTenant(index.tenant, query.opening().tenant(), "query.opening.tenant");
    Instant at = Checks.notNull(clock.instant(), "clock.instant");
    index.lock.readLock().lock();
    try {
      int slot = index.slotOf(alumnus.value());
      if (slot < 0) {
        return new WhyNot.NotIndexed(alumnus);
      }
      Prepared p = new Prepared(query, at, false);
      List<FilterFailure> failures = allFailures(slot, p, at);
      if (!failures.isEmpty()) {
        return new WhyNot.Filtered(alumnus, failures);
      }
      p.targetSlot = slot;
      p.targetScore = score(slot, index.meta[slot], p, p.v);
      scan(new Prepared[] {p}, at);
      RankedReferrals r = ranking(p, p.sortedHeap());
      for (ReferralResult res : r.results()) {
        if (res.alumnus().equals(alumnus)) {
          return new WhyNot.Included(alumnus, res);
        }
      }
      ReferralResult own = explain(slot, p.better + 1, p);
      ReferralResult kth = r.results().get(r.results().size() - 1);
      List<WhyNot.FeatureGap> gaps = new ArrayList<>();
      for (Feature f : FEATURES) {
        if (p.nw[f.ordinal()] > 0) {
          double o = own.contributionOf(f);
          double x = kth.contributionOf(f);
          gaps.add(new WhyNot.FeatureGap(f, o, x, o - x));
        }
      }
      gaps.sort(Comparator.comparingDouble(WhyNot.FeatureGap::difference)
          .thenComparing(WhyNot.FeatureGap::feature));
      return new WhyNot.RankedBelow(alumnus, p.better + 1, own, kth, gaps);
    } finally {
      index.lock.readLock().unlock();
    }
  }

  // ---------------------------------------------------------------- scan

  private void scan(Prepared[] ps, Instant at) {
    final ReferralIndex ix = index;
    final int n = ix.slots;
    final int[] meta = ix.meta;
    final int purposes = PurposeCache.SIZE;
    final byte[] gateCache = new byte[purposes];
    for (int s = 0; s < n; s++) {
      int m = meta[s];
      if ((m & ReferralIndex.ALIVE) == 0) {
        continue;
      }
      AlumnusId id = null;
      Arrays.fill(gateCache, (byte) 0);
      for (Prepared p : ps) {
        int f = cheapFilter(s, m, p);
        if (f >= 0) {
          p.filtered[f]++;
          continue;
        }
        int pc = p.purposeSlot;
        if (p.snapshot) {
          if ((ix.consent[s] & (1 << pc)) == 0 || (p.denied != null && p.denied.get(s))) {
            p.filtered[HardFilter.PURPOSE_GATE.ordinal()]++;
            continue;
          }
          p.scored++;
          p.offer(s, score(s, m, p, p.v));
          continue;
        }
        byte g = gateCache[pc];
        if (g == 0) {
          if (id == null) {
            id = ix.idOf(s);
          }
          GateDecision d = gate.check(ix.tenant, id, p.purpose, at);
          g = d != null && d.allowed() ? (byte) 1 : (byte) 2;
          gateCache[pc] = g;
        }
        if (g == 2) {
          p.filtered[HardFilter.PURPOSE_GATE.ordinal()]++;
          continue;
        }
        p.scored++;
        double score = score(s, m, p, p.v);
        p.offer(s, score);
        if (p.targetSlot >= 0 && s != p.targetSlot
            && (score > p.targetScore || (score == p.targetScore && ix.compareIds(s, p.targetSlot) < 0))) {
          p.better++;
        }
      }
    }
  }

  /** Returns the ordinal of the first failing cheap filter, or -1. */
  private int cheapFilter(int s, int m, Prepared p) {
    final ReferralIndex ix = index;
    if (p.excludedSlots != null && p.excludedSlots.get(s)) {
      return HardFilter.CONFLICT_LIST.ordinal();
    }
    if (p.excludedEmployers.length > 0) {
      int e = ix.employer[s];
      if (e != 0) {
        for (int x : p.excludedEmployers) {
          if (x == e) {
            return HardFilter.CONFLICT_EMPLOYER.ordinal();
          }
        }
      }
    }
    if ((p.statusMask & (1 << ((m >>> 1) & 7))) == 0) {
      return HardFilter.MEMBERSHIP_STATUS.ordinal();
    }
    if (p.boomerang) {
      if ((p.rehireMask & (1 << ((m >>> 4) & 3))) == 0) {
        return HardFilter.REHIRE_ELIGIBILITY.ordinal();
      }
      if (p.reqLangs.length > 0 && !hasLanguages(s, p)) {
        return HardFilter.LANGUAGE.ordinal();
      }
      if (!p.remote) {
        int l = ix.loc[s];
        if (l == 0 || ix.locCountry[l] != p.countryId) {
          return HardFilter.LOCATION.ordinal();
        }
      }
    }
    return -1;
  }

  private boolean hasLanguages(int s, Prepared p) {
    final ReferralIndex ix = index;
    int lens = ix.poolLens[s];
    int start = ix.poolStart[s] + (lens & 0xFF) + ((lens >>> 8) & 0xFF) + ((lens >>> 16) & 0xFF);
    int nl = lens >>> 24;
    int[] pool = ix.pool;
    for (int req : p.reqLangs) {
      int lid = req >> 2;
      if (lid < 0) {
        return false;
      }
      boolean ok = false;
      for (int i = 0; i < nl; i++) {
        int e = pool[start + i];
        if ((e >>> 2) == lid && (e & 3) >= (req & 3)) {
          ok = true;
          break;
        }
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private List<FilterFailure> allFailures(int s, Prepared p, Instant at) {
    final ReferralIndex ix = index;
    List<FilterFailure> out = new ArrayList<>();
    int m = ix.meta[s];
    if (p.excludedSlots != null && p.excludedSlots.get(s)) {
      out.add(new FilterFailure(HardFilter.CONFLICT_LIST, "on the query's excluded alumni list"));
    }
    int e = ix.employer[s];
    for (int x : p.excludedEmployers) {
      if (e != 0 && x == e) {
        out.add(new FilterFailure(HardFilter.CONFLICT_EMPLOYER, "current employer is on the query's conflict list"));
      }
    }
    MembershipStatus status = MembershipStatus.values()[(m >>> 1) & 7];
    if ((p.statusMask & (1 << status.ordinal())) == 0) {
      out.add(new FilterFailure(HardFilter.MEMBERSHIP_STATUS, "status " + status + " is not ranked"));
    }
    if (p.boomerang) {
      RehireEligibility.Status r = RehireEligibility.Status.values()[(m >>> 4) & 3];
      if ((p.rehireMask & (1 << r.ordinal())) == 0) {
        out.add(new FilterFailure(HardFilter.REHIRE_ELIGIBILITY, "rehire eligibility " + r));
      }
      List<LanguageSkill> langs = p.query.opening().languages();
      for (int i = 0; i < langs.size(); i++) {
        Prepared single = p;
        int[] saved = single.reqLangs;
        single.reqLangs = new int[] {saved[i]};
        boolean ok = hasLanguages(s, single);
        single.reqLangs = saved;
        if (!ok) {
          out.add(new FilterFailure(HardFilter.LANGUAGE,
              "needs " + langs.get(i).language() + " at " + langs.get(i).level() + " or above"));
        }
      }
      if (!p.remote) {
        int l = ix.loc[s];
        if (l == 0) {
          out.add(new FilterFailure(HardFilter.LOCATION, "on-site opening; alumnus location unknown"));
        } else if (ix.locCountry[l] != p.countryId) {
          out.add(new FilterFailure(HardFilter.LOCATION,
              "on-site opening in " + p.query.opening().location().country() + "; alumnus is in another country"));
        }
      }
    }
    GateDecision d = gate.check(ix.tenant, ix.idOf(s), p.purpose, at);
    if (d == null || !d.allowed()) {
      out.add(new FilterFailure(HardFilter.PURPOSE_GATE,
          "purpose " + p.purpose + " not covered: " + (d == null ? "no decision" : d.reason())));
    }
    return out;
  }

  // ---------------------------------------------------------------- scoring

  private double score(int s, int m, Prepared p, double[] v) {
    features(s, m, p, v);
    double fit = 0.0;
    double resp = 0.0;
    double[] nw = p.nw;
    for (int f = 0; f < NF; f++) {
      if (f < RECENCY) {
        fit += nw[f] * v[f];
      } else {
        resp += nw[f] * v[f];
      }
    }
    p.lastFit = fit;
    p.lastResponse = resp;
    return fuseRaw(fit, resp, p.alpha, p.eps);
  }

  private void features(int s, int m, Prepared p, double[] v) {
    final ReferralIndex ix = index;
    final double[] nw = p.nw;
    final int[] pool = ix.pool;
    final int start = ix.poolStart[s];
    final int lens = ix.poolLens[s];
    final int ns = lens & 0xFF;
    final int nt = (lens >>> 8) & 0xFF;
    final int nd = (lens >>> 16) & 0xFF;
    if (nw[SKILLS] > 0) {
      int[] pos = p.skillPos;
      int[] matched = p.matched;
      for (int i = 0; i < ns; i++) {
        int e = pool[start + i];
        int sid = e >>> 2;
        if (sid < pos.length) {
          int j = pos[sid];
          if (j != 0) {
            matched[j - 1] = (e & 3) + 1;
          }
        }
      }
      double num = 0.0;
      double[] eff = p.eff;
      for (int j = 0; j < matched.length; j++) {
        int mp = matched[j];
        if (mp != 0) {
          num += eff[j] * PROFICIENCY[mp - 1];
          matched[j] = 0;
        }
      }
      v[SKILLS] = num / p.effSum;
    } else {
      v[SKILLS] = 0.0;
    }
    v[JOB_FAMILY] = p.familyId > 0 && ix.family[s] == p.familyId ? 1.0 : 0.0;
    if (nw[TITLE] > 0) {
      int[] qt = p.titleIds;
      int a = start + ns;
      int aEnd = a + nt;
      int b = 0;
      int inter = 0;
      while (a < aEnd && b < qt.length) {
        int x = pool[a];
        int y = qt[b];
        if (x == y) {
          inter++;
          a++;
          b++;
        } else if (x < y) {
          a++;
        } else {
          b++;
        }
      }
      int union = nt + p.titleTotal - inter;
      v[TITLE] = union == 0 ? 0.0 : (double) inter / union;
    } else {
      v[TITLE] = 0.0;
    }
    int level = (m >>> 16) & 0xFF;
    int d = level < p.minLevel ? p.minLevel - level : (level > p.maxLevel ? level - p.maxLevel : 0);
    v[SENIORITY] = d >= p.tolerance ? 0.0 : 1.0 - (double) d / p.tolerance;
    if (nw[LOCATION] > 0) {
      int l = ix.loc[s];
      int c = l == 0 ? 0 : ix.locCountry[l];
      if (p.countryId > 0 && c == p.countryId) {
        v[LOCATION] = (p.regionLocId == 0 || l == p.regionLocId) ? 1.0 : 0.6;
      } else {
        v[LOCATION] = p.remote ? 0.3 : 0.0;
      }
    } else {
      v[LOCATION] = 0.0;
    }
    double tp = Math.min(1.0, (double) ix.tenureMonths[s] / p.fullMonths);
    if (p.hasDept) {
      boolean match = false;
      if (p.deptId > 0) {
        int a = start + ns + nt;
        for (int i = 0; i < nd; i++) {
          if (pool[a + i] == p.deptId) {
            match = true;
            break;
          }
        }
      }
      v[COMPANY] = 0.7 * tp + 0.3 * (match ? 1.0 : 0.0);
    } else {
      v[COMPANY] = tp;
    }
    if (nw[INDUSTRY] > 0) {
      int ind = ix.industry[s];
      double x = 0.0;
      if (ind != 0) {
        for (int t : p.targetIndustries) {
          if (t == ind) {
            x = 1.0;
            break;
          }
        }
      }
      v[INDUSTRY] = x;
    } else {
      v[INDUSTRY] = 0.0;
    }
    int emp = ix.employer[s];
    double ev = 0.0;
    if (emp != 0) {
      ev = 0.5;
      for (int t : p.targetEmployers) {
        if (t == emp) {
          ev = 1.0;
          break;
        }
      }
    }
    v[EMPLOYER] = ev;
    v[NETWORK] = ix.proximity[s];
    int ld = ix.lastDay[s];
    if (ld == ReferralIndex.NO_DAY) {
      v[RECENCY] = 0.0;
    } else {
      int age = p.atDay - ld;
      if (age < 0) {
        age = 0;
      }
      v[RECENCY] = age < decay.length ? decay[age] : StrictMath.exp(-LN2 * age / p.halfLife);
    }
    v[WILLINGNESS] = ((m >>> 6) & p.willBit) != 0 ? 1.0 : 0.0;
    v[MEMBERSHIP] = MEMBERSHIP_VALUES[(m >>> 1) & 7];
  }

  private static final double[] MEMBERSHIP_VALUES = new double[8];

  static {
    for (MembershipStatus st : MembershipStatus.values()) {
      MEMBERSHIP_VALUES[st.ordinal()] = membershipValue(st);
    }
  }

  private ReferralResult explain(int s, int rank, Prepared p) {
    double[] v = new double[NF];
    double score = score(s, index.meta[s], p, v);
    List<FeatureContribution> cs = new ArrayList<>();
    for (int f = 0; f < NF; f++) {
      if (p.nw[f] > 0) {
        cs.add(new FeatureContribution(FEATURES[f], v[f], p.nw[f], p.nw[f] * v[f]));
      }
    }
    return new ReferralResult(index.idOf(s), rank, score, p.lastFit, p.lastResponse, cs);
  }

  /**
   * Snapshot mode: verifies the heap's candidates best-first with the live gate until k are
   * accepted; rescans without the denied ones when the reserve runs out.
   */
  private int[] verify(Prepared p, Instant at) {
    Map<Integer, Boolean> asked = new java.util.HashMap<>();
    while (true) {
      int[] ordered = p.sortedHeap();
      boolean exhausted = p.hn < p.hs.length;
      int[] accepted = new int[Math.min(p.k, ordered.length)];
      int na = 0;
      boolean deniedAny = false;
      for (int s : ordered) {
        if (na == accepted.length) {
          break;
        }
        Boolean ok = asked.get(s);
        if (ok == null) {
          GateDecision d = gate.check(index.tenant, index.idOf(s), p.purpose, at);
          ok = d != null && d.allowed();
          asked.put(s, ok);
        }
        if (ok) {
          accepted[na++] = s;
        } else {
          if (p.denied == null) {
            p.denied = new BitSet();
          }
          p.denied.set(s);
          p.filtered[HardFilter.PURPOSE_GATE.ordinal()]++;
          p.scored--;
          deniedAny = true;
        }
      }
      if (na == p.k || exhausted || !deniedAny) {
        return Arrays.copyOf(accepted, na);
      }
      p.resetScan();
      scan(new Prepared[] {p}, at);
    }
  }

  private RankedReferrals ranking(Prepared p, int[] ordered) {
    int n = ordered.length;
    List<ReferralResult> results = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      results.add(explain(ordered[i], i + 1, p));
    }
    Map<HardFilter, Integer> filtered = new EnumMap<>(HardFilter.class);
    for (HardFilter f : HardFilter.values()) {
      filtered.put(f, p.filtered[f.ordinal()]);
    }
    return new RankedReferrals(p.query.opening().id(), p.mode, p.k, results, filtered, p.scored, consentCheck);
  }

  // ---------------------------------------------------------------- prepared query

  /** Maps purposes to a small cache slot for the batch gate cache. */
  private static final class PurposeCache {
    static final int SIZE = ReferralMode.values().length;
  }

  /** A query compiled against the index's dictionaries; scratch state of one scan. */
  private final class Prepared {
    final ReferralQuery query;
    final ReferralMode mode;
    final boolean boomerang;
    final PurposeId purpose;
    final int purposeSlot;
    final int k;
    final double[] nw = new double[NF];
    final double[] v = new double[NF];
    final double alpha;
    final double eps;
    final double halfLife;
    int[] skillPos = new int[0];
    double[] eff = new double[0];
    int[] matched = new int[0];
    double effSum;
    final int familyId;
    int[] titleIds;
    final int titleTotal;
    final int minLevel;
    final int maxLevel;
    final int tolerance;
    final boolean remote;
    final int countryId;
    final int regionLocId;
    int[] reqLangs;
    final boolean hasDept;
    final int deptId;
    final int fullMonths;
    final int[] targetIndustries;
    final int[] targetEmployers;
    final int[] excludedEmployers;
    final BitSet excludedSlots;
    final int atDay;
    final int statusMask;
    final int rehireMask;
    final int willBit;
    final int[] filtered = new int[HardFilter.values().length];
    int scored;
    final boolean snapshot;
    BitSet denied;
    final int[] hs;
    final double[] hv;
    int hn;
    int targetSlot = -1;
    double targetScore;
    int better;
    double lastFit;
    double lastResponse;

    Prepared(ReferralQuery q, Instant at, boolean snapshot) {
      final ReferralIndex ix = index;
      this.snapshot = snapshot;
      this.query = q;
      this.mode = q.mode();
      this.boomerang = mode == ReferralMode.BOOMERANG;
      this.purpose = mode.purpose();
      this.purposeSlot = mode.ordinal();
      this.k = q.k();
      JobOpening o = q.opening();
      this.alpha = config.alpha();
      this.eps = config.epsilon();
      this.halfLife = config.recencyHalfLifeDays();
      boolean[] applicable = new boolean[NF];
      Arrays.fill(applicable, true);
      // skills with rarity
      List<SkillRequirement> reqs = o.skills();
      int n = ix.live;
      skillPos = new int[ix.skillDict.size()];
      eff = new double[reqs.size()];
      matched = new int[reqs.size()];
      double sum = 0.0;
      for (int j = 0; j < reqs.size(); j++) {
        SkillRequirement r = reqs.get(j);
        int sid = ix.skillDict.find(ix.canonicalSkill(r.skill().value()));
        int df = sid > 0 && sid < ix.skillDf.length ? ix.skillDf[sid] : 0;
        double idf = StrictMath.log(1.0 + (double) n / (1.0 + df));
        eff[j] = r.weight() * (r.required() ? config.requiredSkillFactor() : config.preferredSkillFactor()) * idf;
        sum += eff[j];
        if (sid > 0) {
          if (skillPos[sid] != 0) {
            throw new InvalidValueException("opening.skills[" + j + "]",
                "same skill as opening.skills[" + (skillPos[sid] - 1) + "] after alias resolution");
          }
          skillPos[sid] = j + 1;
        }
      }
      effSum = sum;
      applicable[SKILLS] = reqs.size() > 0 && sum > 0;
      this.familyId = ix.familyDict.find(Text.norm(o.jobFamily()));
      Set<String> words = Text.words(o.title());
      this.titleTotal = words.size();
      this.titleIds = words.stream().mapToInt(ix.tokenDict::find).filter(x -> x > 0).sorted().toArray();
      applicable[TITLE] = titleTotal > 0;
      this.minLevel = o.seniority().min();
      this.maxLevel = o.seniority().max();
      this.tolerance = config.seniorityTolerance();
      this.remote = o.remote();
      String oc = o.location().country();
      applicable[LOCATION] = !oc.isEmpty();
      this.countryId = oc.isEmpty() ? -1 : ix.countryDict.find(oc);
      this.regionLocId = o.location().region().isEmpty() || oc.isEmpty()
          ? 0 : Math.max(-1, ix.locDict.find(ReferralIndex.locKey(oc, o.location().region())));
      List<LanguageSkill> langs = o.languages();
      this.reqLangs = new int[langs.size()];
      for (int i = 0; i < langs.size(); i++) {
        int lid = ix.langDict.find(langs.get(i).language());
        reqLangs[i] = lid < 0 ? -4 : (lid << 2) | langs.get(i).level().ordinal();
      }
      this.hasDept = !q.hiringDepartment().isEmpty();
      this.deptId = hasDept ? ix.deptDict.find(Text.norm(q.hiringDepartment())) : 0;
      this.fullMonths = config.fullKnowledgeMonths();
      this.targetIndustries = ids(ix.industryDict, q.targetIndustries());
      applicable[INDUSTRY] = !q.targetIndustries().isEmpty();
      this.targetEmployers = ids(ix.employerDict, q.targetEmployers());
      this.excludedEmployers = ids(ix.employerDict, q.excludedEmployers());
      if (q.excludedAlumni().isEmpty()) {
        this.excludedSlots = null;
      } else {
        this.excludedSlots = new BitSet();
        for (AlumnusId id : q.excludedAlumni()) {
          int s = ix.slotOf(id.value());
          if (s >= 0) {
            excludedSlots.set(s);
          }
        }
      }
      this.atDay = ReferralIndex.dayOf(at);
      int sm = 0;
      for (MembershipStatus st : config.allowedStatuses()) {
        sm |= 1 << st.ordinal();
      }
      this.statusMask = sm;
      this.rehireMask = (1 << RehireEligibility.Status.ELIGIBLE.ordinal())
          | (config.allowRehireNeedsReview() ? 1 << RehireEligibility.Status.NEEDS_REVIEW.ordinal() : 0);
      this.willBit = boomerang ? 1 : 2;
      // normalised weights over applicable features, summed in Feature order
      double[] w = config.weightsOf(mode);
      double fitSum = 0.0;
      double respSum = 0.0;
      for (int f = 0; f < NF; f++) {
        if (applicable[f]) {
          if (f < RECENCY) {
            fitSum += w[f];
          } else {
            respSum += w[f];
          }
        }
      }
      for (int f = 0; f < NF; f++) {
        double total = f < RECENCY ? fitSum : respSum;
        nw[f] = applicable[f] && w[f] > 0 && total > 0 ? w[f] / total : 0.0;
      }
      int capacity = snapshot ? k + Math.max(16, k / 4) : k;
      this.hs = new int[Math.min(capacity, Math.max(1, ix.live))];
      this.hv = new double[hs.length];
    }

    void resetScan() {
      Arrays.fill(filtered, 0);
      scored = 0;
      hn = 0;
    }

    /** The kept slots, best first (score descending, id ascending). */
    int[] sortedHeap() {
      Integer[] order = new Integer[hn];
      for (int i = 0; i < hn; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> {
        int c = Double.compare(hv[b], hv[a]);
        return c != 0 ? c : index.compareIds(hs[a], hs[b]);
      });
      int[] out = new int[hn];
      for (int i = 0; i < hn; i++) {
        out[i] = hs[order[i]];
      }
      return out;
    }

    private int[] ids(Dict dict, Set<String> values) {
      return values.stream().mapToInt(x -> dict.find(Text.norm(x))).filter(x -> x > 0).distinct().toArray();
    }

    /** Heap with the worst kept entry at the root (lower score, then larger id). */
    void offer(int s, double score) {
      if (hn < hs.length) {
        hs[hn] = s;
        hv[hn] = score;
        siftUp(hn++);
      } else if (score > hv[0] || (score == hv[0] && index.compareIds(s, hs[0]) < 0)) {
        hs[0] = s;
        hv[0] = score;
        siftDown(0);
      }
    }

    private boolean worse(int i, int j) {
      return hv[i] < hv[j] || (hv[i] == hv[j] && index.compareIds(hs[i], hs[j]) > 0);
    }

    private void swap(int i, int j) {
      int ts = hs[i];
      hs[i] = hs[j];
      hs[j] = ts;
      double tv = hv[i];
      hv[i] = hv[j];
      hv[j] = tv;
    }

    private void siftUp(int i) {
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (worse(i, parent)) {
          swap(i, parent);
          i = parent;
        } else {
          return;
        }
      }
    }

    private void siftDown(int i) {
      while (true) {
        int l = 2 * i + 1;
        if (l >= hn) {
          return;
        }
        int c = l;
        int r = l + 1;
        if (r < hn && worse(r, l)) {
          c = r;
        }
        if (worse(c, i)) {
          swap(c, i);
          i = c;
        } else {
          return;
        }
      }
    }
  }
}
