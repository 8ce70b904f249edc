package org.alumnisdk.matching.mentor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alumnisdk.matching.stable.HrBlockingPair;
import org.alumnisdk.matching.stable.HrMatching;

/** Turns an index assignment into a fully explained {@link MentorMatching}. */
final class Evaluator {
  static final int LISTED_BLOCKING_PAIRS = 1000;

  private Evaluator() {}

  static MentorMatching evaluate(Compiled c, int[] assign, Method method, List<Exclusion> excluded,
      Optional<Certificate> certificate, String consentCheck) {
    List<MatchingViolation> violations = new ArrayList<>();
    int[] load = new int[c.nm];
    int[][] quotaLoad = new int[c.nm][c.quotaMax.length];
    List<Match> matches = new ArrayList<>();
    double total = 0;
    for (int e = 0; e < c.ne; e++) {
      int m = assign[e];
      if (m < 0) {
        if (c.pinnedMentor[e] >= 0) {
          violations.add(new MatchingViolation(MatchingViolation.Kind.PIN_MISSING, pair(c, e, c.pinnedMentor[e]), "pinned pair is not in the result"));
        }
        continue;
      }
      boolean pinned = c.pinnedMentor[e] == m;
      if (c.pinnedMentor[e] >= 0 && !pinned) {
        violations.add(new MatchingViolation(MatchingViolation.Kind.PIN_MISSING, pair(c, e, c.pinnedMentor[e]), "mentee matched elsewhere"));
      }
      ForbiddenReason fr = c.forbidden.get(Compiled.key(e, m));
      if (fr != null) {
        violations.add(new MatchingViolation(MatchingViolation.Kind.FORBIDDEN_PAIR, pair(c, e, m), "forbidden: " + fr));
      } else if (!pinned && !c.menteeRank.containsKey(Compiled.key(e, m))) {
        violations.add(new MatchingViolation(MatchingViolation.Kind.NOT_ACCEPTABLE, pair(c, e, m), "the pair is not mutually acceptable"));
      }
      load[m]++;
      for (int q : c.menteeQuotas[e]) {
        quotaLoad[m][q]++;
      }
      double s = c.pairScore(e, m);
      total += s;
      matches.add(new Match(c.menteeId[e], c.mentorId[m], s, pinned));
    }
    for (int m = 0; m < c.nm; m++) {
      if (load[m] > c.capacity[m]) {
        violations.add(new MatchingViolation(MatchingViolation.Kind.OVER_CAPACITY, "mentor " + c.mentorId[m],
            load[m] + " mentees for capacity " + c.capacity[m]));
      }
      for (int q = 0; q < c.quotaMax.length; q++) {
        if (quotaLoad[m][q] > c.quotaMax[q]) {
          violations.add(new MatchingViolation(MatchingViolation.Kind.QUOTA_EXCEEDED, "mentor " + c.mentorId[m],
              quotaLoad[m][q] + " mentees of group " + c.quotaGroup[q] + " for quota " + c.quotaMax[q]));
        }
      }
    }
    // stability is judged among unpinned mentees on the places left after pins
    int[] free = assign.clone();
    for (int e = 0; e < c.ne; e++) {
      if (c.pinnedMentor[e] >= 0) {
        free[e] = -1;
      }
    }
    HrMatching hm = new HrMatching(free, null);
    List<BlockingPair> blocking = new ArrayList<>();
    long count;
    if (c.quotaMax.length == 0) {
      count = hm.countBlockingPairs(c.residual);
      for (HrBlockingPair b : hm.blockingPairs(c.residual, LISTED_BLOCKING_PAIRS)) {
        blocking.add(new BlockingPair(c.menteeId[b.resident()], c.mentorId[b.hospital()],
            b.residentUnmatched(), b.hospitalHasRoom(), false));
      }
    } else {
      // with quotas a pair blocks only if the mentor can take the mentee (evicting its worst
      // unpinned mentee when full) without exceeding a quota; the others are listed, flagged
      int[] worst = new int[c.nm];
      java.util.Arrays.fill(worst, -1);
      for (int e = 0; e < c.ne; e++) {
        int m = free[e];
        if (m >= 0 && (worst[m] < 0 || rank(c, e, m) > rank(c, worst[m], m))) {
          worst[m] = e;
        }
      }
      count = 0;
      for (HrBlockingPair b : hm.blockingPairs(c.residual, Integer.MAX_VALUE)) {
        int e = b.resident();
        int m = b.hospital();
        int w = b.hospitalHasRoom() ? -1 : worst[m];
        boolean exceeds = false;
        for (int q : c.menteeQuotas[e]) {
          int after = quotaLoad[m][q] + 1;
          if (w >= 0) {
            for (int wq : c.menteeQuotas[w]) {
              after -= wq == q ? 1 : 0;
            }
          }
          exceeds |= after > c.quotaMax[q];
        }
        if (!exceeds) {
          count++;
        }
        if (blocking.size() < LISTED_BLOCKING_PAIRS) {
          blocking.add(new BlockingPair(c.menteeId[e], c.mentorId[m], b.residentUnmatched(),
              b.hospitalHasRoom(), exceeds));
        }
      }
    }
    List<Unmatched> unmatched = new ArrayList<>();
    for (int e = 0; e < c.ne; e++) {
      if (assign[e] >= 0) {
        continue;
      }
      int[] list = c.menteeList[e];
      if (list.length == 0) {
        unmatched.add(new Unmatched(c.menteeId[e], Role.MENTEE, UnmatchedReason.NO_ACCEPTABLE_PARTNER,
            noPartnerDetail(c, e)));
        continue;
      }
      if (method == Method.OPTIMAL) {
        unmatched.add(new Unmatched(c.menteeId[e], Role.MENTEE, UnmatchedReason.LEFT_OUT_BY_OPTIMUM,
            "the optimum gives the places of all " + list.length
                + " acceptable mentors to others (better coverage or total score)"));
        continue;
      }
      boolean quota = false;
      for (int m : list) {
        if (load[m] < c.capacity[m]) {
          for (int q : c.menteeQuotas[e]) {
            quota |= quotaLoad[m][q] >= c.quotaMax[q];
          }
        }
      }
      if (quota) {
        unmatched.add(new Unmatched(c.menteeId[e], Role.MENTEE, UnmatchedReason.QUOTA_FULL,
            "an acceptable mentor has a free place but its quota for this mentee's group is full"));
      } else {
        unmatched.add(new Unmatched(c.menteeId[e], Role.MENTEE, UnmatchedReason.REJECTED_BY_ALL,
            "all " + list.length + " acceptable mentors are full with mentees they rank higher"));
      }
    }
    for (int m = 0; m < c.nm; m++) {
      if (load[m] == 0) {
        String detail = c.mentorList[m].length == 0
            ? "no mentee is mutually acceptable with this mentor"
            : "each of its " + c.mentorList[m].length + " acceptable mentees is matched to a mentor "
                + (method == Method.OPTIMAL ? "that the optimum prefers" : "they rank higher");
        unmatched.add(new Unmatched(c.mentorId[m], Role.MENTOR, UnmatchedReason.NO_MENTEE_ASSIGNED, detail));
      }
    }
    double mean = matches.isEmpty() ? 0 : total / matches.size();
    return new MentorMatching(method, c.problem, c.seed, matches, unmatched, excluded, violations, blocking,
        count, total, mean, certificate, consentCheck);
  }

  private static String noPartnerDetail(Compiled c, int e) {
    int forbidden = 0;
    StringBuilder reasons = new StringBuilder();
    for (Map.Entry<Long, ForbiddenReason> f : c.forbidden.entrySet()) {
      if (Compiled.first(f.getKey()) == e) {
        forbidden++;
        if (reasons.indexOf(f.getValue().name()) < 0) {
          reasons.append(reasons.length() == 0 ? "" : ", ").append(f.getValue().name());
        }
      }
    }
    String s = "no mentor is mutually acceptable";
    if (forbidden > 0) {
      s += "; " + forbidden + " forbidden pairs (" + reasons + ")";
    }
    return s + "; lists not reciprocated or no scores leave no candidate";
  }

  private static int rank(Compiled c, int e, int m) {
    Integer r = c.mentorRank.get(Compiled.key(e, m));
    return r == null ? Integer.MAX_VALUE : r;
  }

  private static String pair(Compiled c, int e, int m) {
    return "(" + c.menteeId[e] + ", " + c.mentorId[m] + ")";
  }

  static int[] empty(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }
}
