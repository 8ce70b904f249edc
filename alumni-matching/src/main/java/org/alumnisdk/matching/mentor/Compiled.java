package org.alumnisdk.matching.mentor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.GroupId;
import org.alumnisdk.matching.stable.HrInstance;

/**
 * A mentor problem turned into indexes, ranked lists and scores by the documented rule of {@link
 * MentorProblem}. Deterministic for a given seed.
 */
final class Compiled {
  final MentorProblem problem;
  final long seed;
  final int ne;
  final int nm;
  final AlumnusId[] menteeId;
  final AlumnusId[] mentorId;
  final Map<AlumnusId, Integer> menteeIndex = new HashMap<>();
  final Map<AlumnusId, Integer> mentorIndex = new HashMap<>();
  final int[] capacity;
  final int[] pinnedMentor;
  final Map<Long, Double> score;
  final boolean hasScores;
  final Map<Long, ForbiddenReason> forbidden = new HashMap<>();
  /** Mutually acceptable, non-forbidden pairs, with all mentees and full capacities. */
  final HrInstance full;
  /** The instance left after pins: pinned mentees out, their places taken; what stability is judged on. */
  final HrInstance residual;
  /** Capacities left after pins. */
  final int[] residualCapacity;
  /** Quota index per (mentee) group, and limits. */
  final int[][] menteeQuotas;
  final int[] quotaMax;
  final GroupId[] quotaGroup;
  /** 0-based positions in the reduced lists (mutually acceptable pairs only). */
  final Map<Long, Integer> menteeRank;
  final Map<Long, Integer> mentorRank;
  /** Reduced lists. */
  final int[][] menteeList;
  final int[][] mentorList;

  Compiled(MentorProblem p, long seed) {
    problem = p;
    this.seed = seed;
    ne = p.mentees().size();
    nm = p.mentors().size();
    menteeId = new AlumnusId[ne];
    mentorId = new AlumnusId[nm];
    capacity = new int[nm];
    for (int i = 0; i < ne; i++) {
      menteeId[i] = p.mentees().get(i).id();
      menteeIndex.put(menteeId[i], i);
    }
    for (int j = 0; j < nm; j++) {
      mentorId[j] = p.mentors().get(j).id();
      mentorIndex.put(mentorId[j], j);
      capacity[j] = p.mentors().get(j).capacity();
    }
    score = new HashMap<>(Math.max(16, p.scores().size() * 2));
    for (ScoredPair s : p.scores()) {
      score.put(key(menteeIndex.get(s.mentee()), mentorIndex.get(s.mentor())), s.score());
    }
    hasScores = !p.scores().isEmpty();
    for (ForbiddenPair f : p.forbidden()) {
      forbidden.putIfAbsent(key(menteeIndex.get(f.mentee()), mentorIndex.get(f.mentor())), f.reason());
    }
    pinnedMentor = new int[ne];
    Arrays.fill(pinnedMentor, -1);
    for (PinnedPair pp : p.pinned()) {
      pinnedMentor[menteeIndex.get(pp.mentee())] = mentorIndex.get(pp.mentor());
    }
    long[] menteeTie = new long[ne];
    long[] mentorTie = new long[nm];
    for (int i = 0; i < ne; i++) {
      menteeTie[i] = tie(seed, menteeId[i]);
    }
    for (int j = 0; j < nm; j++) {
      mentorTie[j] = tie(seed, mentorId[j]);
    }
    // mentee lists
    int[][] eList = new int[ne][];
    Map<AlumnusId, Preference> ePref = new HashMap<>();
    for (Preference pr : p.menteePreferences()) {
      ePref.put(pr.owner(), pr);
    }
    // scores per mentee, read once (no map lookups inside sort comparators)
    int[] scoreCount = new int[ne];
    for (ScoredPair sp : p.scores()) {
      scoreCount[menteeIndex.get(sp.mentee())]++;
    }
    int[][] scoredMentor = new int[ne][];
    double[][] scoredValue = new double[ne][];
    for (int i = 0; i < ne; i++) {
      scoredMentor[i] = new int[scoreCount[i]];
      scoredValue[i] = new double[scoreCount[i]];
      scoreCount[i] = 0;
    }
    for (ScoredPair sp : p.scores()) {
      int i = menteeIndex.get(sp.mentee());
      scoredMentor[i][scoreCount[i]] = mentorIndex.get(sp.mentor());
      scoredValue[i][scoreCount[i]++] = sp.score();
    }
    for (int i = 0; i < ne; i++) {
      Preference pr = ePref.get(menteeId[i]);
      int[] cand;
      if (pr != null) {
        cand = new int[pr.ranked().size()];
        for (int k = 0; k < cand.length; k++) {
          cand[k] = mentorIndex.get(pr.ranked().get(k));
        }
      } else {
        final int[] ms = scoredMentor[i];
        final double[] vs = scoredValue[i];
        Integer[] order = new Integer[ms.length];
        for (int k = 0; k < ms.length; k++) {
          order[k] = k;
        }
        Arrays.sort(order, (a, b) -> {
          int c = Double.compare(vs[b], vs[a]);
          return c != 0 ? c : tieCompare(mentorTie, mentorId, ms[a], ms[b]);
        });
        cand = new int[ms.length];
        for (int k = 0; k < ms.length; k++) {
          cand[k] = ms[order[k]];
        }
      }
      final int e = i;
      eList[i] = forbidden.isEmpty() ? cand
          : Arrays.stream(cand).filter(m -> !forbidden.containsKey(key(e, m))).toArray();
    }
    // mentor lists
    Map<AlumnusId, Preference> mPref = new HashMap<>();
    for (Preference pr : p.mentorPreferences()) {
      mPref.put(pr.owner(), pr);
    }
    int[] reachCount = new int[nm];
    for (int i = 0; i < ne; i++) {
      for (int m : eList[i]) {
        reachCount[m]++;
      }
    }
    int[][] reachMentee = new int[nm][];
    double[][] reachScore = new double[nm][];
    for (int j = 0; j < nm; j++) {
      reachMentee[j] = new int[reachCount[j]];
      reachScore[j] = new double[reachCount[j]];
      reachCount[j] = 0;
    }
    for (int i = 0; i < ne; i++) {
      for (int m : eList[i]) {
        if (mPref.containsKey(mentorId[m])) {
          continue;
        }
        double sc = scoreOrNaN(i, m);
        reachMentee[m][reachCount[m]] = i;
        reachScore[m][reachCount[m]++] = Double.isNaN(sc) ? Double.NEGATIVE_INFINITY : sc;
      }
    }
    int[][] mList = new int[nm][];
    for (int j = 0; j < nm; j++) {
      Preference pr = mPref.get(mentorId[j]);
      int[] cand;
      if (pr != null) {
        cand = new int[pr.ranked().size()];
        for (int k = 0; k < cand.length; k++) {
          cand[k] = menteeIndex.get(pr.ranked().get(k));
        }
      } else {
        final int n = reachCount[j];
        final int[] es = reachMentee[j];
        final double[] vs = reachScore[j];
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
          order[k] = k;
        }
        Arrays.sort(order, (a, b) -> {
          int c = Double.compare(vs[b], vs[a]);
          return c != 0 ? c : tieCompare(menteeTie, menteeId, es[a], es[b]);
        });
        cand = new int[n];
        for (int k = 0; k < n; k++) {
          cand[k] = es[order[k]];
        }
      }
      final int m = j;
      mList[j] = forbidden.isEmpty() ? cand
          : Arrays.stream(cand).filter(e -> !forbidden.containsKey(key(e, m))).toArray();
    }
    full = HrInstance.of(eList, mList, capacity);
    menteeList = new int[ne][];
    mentorList = new int[nm][];
    menteeRank = new HashMap<>(Math.max(16, full.pairs() * 2));
    mentorRank = new HashMap<>(Math.max(16, full.pairs() * 2));
    for (int i = 0; i < ne; i++) {
      menteeList[i] = full.residentList(i);
      for (int k = 0; k < menteeList[i].length; k++) {
        menteeRank.put(key(i, menteeList[i][k]), k);
      }
    }
    for (int j = 0; j < nm; j++) {
      mentorList[j] = full.hospitalList(j);
      for (int k = 0; k < mentorList[j].length; k++) {
        mentorRank.put(key(mentorList[j][k], j), k);
      }
    }
    residualCapacity = capacity.clone();
    for (int i = 0; i < ne; i++) {
      if (pinnedMentor[i] >= 0) {
        residualCapacity[pinnedMentor[i]] = Math.max(0, residualCapacity[pinnedMentor[i]] - 1);
      }
    }
    int[][] eRes = new int[ne][];
    for (int i = 0; i < ne; i++) {
      eRes[i] = pinnedMentor[i] >= 0 ? new int[0] : menteeList[i];
    }
    int[][] mRes = new int[nm][];
    for (int j = 0; j < nm; j++) {
      mRes[j] = Arrays.stream(mentorList[j]).filter(e -> pinnedMentor[e] < 0).toArray();
    }
    residual = HrInstance.of(eRes, mRes, residualCapacity);
    // quotas
    Map<GroupId, Integer> qIndex = new HashMap<>();
    quotaMax = new int[p.quotas().size()];
    quotaGroup = new GroupId[p.quotas().size()];
    for (int q = 0; q < quotaMax.length; q++) {
      qIndex.put(p.quotas().get(q).group(), q);
      quotaMax[q] = p.quotas().get(q).maxPerMentor();
      quotaGroup[q] = p.quotas().get(q).group();
    }
    menteeQuotas = new int[ne][];
    for (int i = 0; i < ne; i++) {
      menteeQuotas[i] = p.mentees().get(i).groups().stream().filter(qIndex::containsKey)
          .mapToInt(qIndex::get).distinct().toArray();
    }
  }

  private static final long MIX = 0x9E3779B97F4A7C15L;
  private static final long UNMIX = inverse(MIX);

  /**
   * A map key for a pair. The packed pair is multiplied by an odd constant (a bijection on 64-bit
   * values) so that {@code Long.hashCode} spreads well: the plain packing hashes to {@code a ^ b},
   * which collides massively.
   */
  static long key(int a, int b) {
    return (((long) a << 32) | (b & 0xffffffffL)) * MIX;
  }

  /** The first component of a {@link #key}. */
  static int first(long key) {
    return (int) ((key * UNMIX) >>> 32);
  }

  /** The second component of a {@link #key}. */
  static int second(long key) {
    return (int) (key * UNMIX);
  }

  private static long inverse(long odd) {
    long x = odd;
    for (int i = 0; i < 6; i++) {
      x *= 2 - odd * x;
    }
    return x;
  }

  private double scoreOrNaN(int e, int m) {
    Double s = score.get(key(e, m));
    return s == null ? Double.NaN : s;
  }

  /** The score used by optimal methods and reported totals. */
  double pairScore(int e, int m) {
    if (hasScores) {
      Double s = score.get(key(e, m));
      return s == null ? 0.0 : s;
    }
    Integer a = menteeRank.get(key(e, m));
    Integer b = mentorRank.get(key(e, m));
    if (a == null || b == null) {
      return 0.0;
    }
    return -(a + b);
  }

  /** SplitMix64 of {@code seed ^ id.hashCode()}: the documented tie-break key. */
  static long tie(long seed, AlumnusId id) {
    long z = seed ^ id.value().hashCode();
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int tieCompare(long[] ties, AlumnusId[] ids, int a, int b) {
    int c = Long.compare(ties[a], ties[b]);
    return c != 0 ? c : ids[a].compareTo(ids[b]);
  }
}
