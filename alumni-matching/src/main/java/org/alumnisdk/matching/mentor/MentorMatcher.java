package org.alumnisdk.matching.mentor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;
import org.alumnisdk.matching.Objective;
import org.alumnisdk.matching.assignment.SparseCosts;
import org.alumnisdk.matching.flow.CapacitatedAssignment;
import org.alumnisdk.matching.flow.FlowNetwork;
import org.alumnisdk.matching.flow.FlowOutcome;
import org.alumnisdk.matching.flow.MinCostFlow;
import org.alumnisdk.matching.stable.DeferredAcceptance;
import org.alumnisdk.matching.stable.HrMatching;
import org.alumnisdk.matching.stable.Side;

/**
 * Solves {@link MentorProblem}s: stable (deferred acceptance) or optimal (min-cost flow), with
 * optional consent filtering. Immutable and thread-safe; configure with the {@code with*} methods.
 *
 * <pre>{@code
 * MentorMatching m = Matching.mentoring()
 *     .withConsent(consent.gate(), clock) // only alumni the gate allows for PurposeId.MENTORING
 *     .stable(problem);                   // or .stable(problem, Side.MENTORS), .optimal(problem)
 * }</pre>
 *
 * <p>Matching processes personal data, so a matcher needs a purpose gate ({@link #withConsent}) or
 * a named waiver for data that is not personal ({@link #withoutConsentCheck}); without either,
 * every method throws. The result records which ({@link MentorMatching#consentCheck()}).
 *
 * <p>Pinned pairs are fixed first (they use places of their mentors); the method then matches the
 * other mentees to the remaining places. Every result is explained and verifiable ({@link
 * MentorMatching#verify()}).
 *
 * @since 0.1.0
 */
public final class MentorMatcher {
  private static final long DEFAULT_SEED = 20261125L;
  private final long seed;
  private final PurposeGate gate;
  private final Clock clock;
  private final Coverage coverage;

  private MentorMatcher(long seed, PurposeGate gate, Clock clock, Coverage coverage) {
    this.seed = seed;
    this.gate = gate;
    this.clock = clock;
    this.coverage = coverage;
  }

  /**
   * A matcher with the default seed and {@link Coverage#MAXIMISE_COVERAGE}, and no purpose gate
   * yet: set one with {@link #withConsent} or waive it with {@link #withoutConsentCheck} before
   * matching.
   *
   * @return the matcher
   */
  public static MentorMatcher defaults() {
    return new MentorMatcher(DEFAULT_SEED, null, null, Coverage.MAXIMISE_COVERAGE);
  }

  /**
   * Sets the seed of the documented tie-break rule (see {@link MentorProblem}).
   *
   * @param newSeed the seed
   * @return a new matcher
   */
  public MentorMatcher withSeed(long newSeed) {
    return new MentorMatcher(newSeed, gate, clock, coverage);
  }

  /**
   * Keeps only participants for whom the gate allows {@link PurposeId#MENTORING} at the clock's
   * current instant; the others are listed in {@link MentorMatching#excluded()} with the gate's
   * reason, and every pair, list entry, pin and score that mentions them is dropped.
   *
   * @param purposeGate the gate (for example the consent module's)
   * @param at the clock that gives the processing instant
   * @return a new matcher
   */
  public MentorMatcher withConsent(PurposeGate purposeGate, Clock at) {
    return new MentorMatcher(seed, PurposeGate.failClosed(purposeGate),
        org.alumnisdk.core.Checks.notNull(at, "at"), coverage);
  }

  /**
   * Matches without asking any purpose gate, for data that is not personal data (synthetic
   * cohorts, anonymised research data). The justification is recorded in every result's
   * {@link MentorMatching#consentCheck()}.
   *
   * @param justification why no consent check applies; not blank
   * @return a new matcher
   * @throws org.alumnisdk.core.InvalidValueException if the justification is blank
   */
  public MentorMatcher withoutConsentCheck(String justification) {
    return new MentorMatcher(seed, PurposeGate.withoutConsentCheck(justification), null, coverage);
  }

  /**
   * Sets how the optimal method weighs coverage against total score.
   *
   * @param newCoverage the rule
   * @return a new matcher
   */
  public MentorMatcher withCoverage(Coverage newCoverage) {
    return new MentorMatcher(seed, gate, clock, Checks.notNull(newCoverage, "newCoverage"));
  }

  /**
   * The mentee-optimal stable matching (deferred acceptance, mentees propose).
   *
   * @param problem the problem
   * @return the explained result; {@link MentorMatching#stable()} is true
   * @throws org.alumnisdk.core.InvalidValueException if no purpose gate was set or waived
   * @throws InvalidMatchingInputException if consent filtering empties a side
   */
  public MentorMatching stable(MentorProblem problem) {
    return stable(problem, Side.MENTEES);
  }

  /**
   * The stable matching that is optimal for the proposing side.
   *
   * <p>With group quotas only mentee proposals are supported, and the quota rule is a heuristic
   * (see {@link GroupQuota}); the result then reports blocking pairs that a quota prevents.
   *
   * @param problem the problem
   * @param proposer who proposes
   * @return the explained result
   * @throws org.alumnisdk.core.InvalidValueException if no purpose gate was set or waived
   * @throws InvalidMatchingInputException if consent filtering empties a side, or quotas are combined
   *     with mentor proposals
   */
  public MentorMatching stable(MentorProblem problem, Side proposer) {
    Checks.notNull(problem, "problem");
    Checks.notNull(proposer, "proposer");
    Filtered f = filter(problem);
    Compiled c = new Compiled(f.problem, seed);
    int[] assign = Evaluator.empty(c.ne);
    int[] residual = c.capacity.clone();
    for (int e = 0; e < c.ne; e++) {
      if (c.pinnedMentor[e] >= 0) {
        assign[e] = c.pinnedMentor[e];
        residual[c.pinnedMentor[e]]--;
      }
    }
    Method method = proposer == Side.MENTEES ? Method.STABLE_MENTEE_OPTIMAL : Method.STABLE_MENTOR_OPTIMAL;
    if (!f.problem.quotas().isEmpty()) {
      if (proposer == Side.MENTORS) {
        throw new InvalidMatchingInputException("mentor matching", List.of(InputProblem.of("quotas",
            InputProblem.Kind.INCONSISTENT,
            "group quotas are supported with mentees proposing or with optimal(); not with mentors proposing")));
      }
      quotaDeferredAcceptance(c, assign, residual);
    } else {
      HrMatching hm = DeferredAcceptance.solve(c.residual, proposer);
      for (int e = 0; e < c.ne; e++) {
        if (c.pinnedMentor[e] < 0) {
          assign[e] = hm.hospitalOf(e);
        }
      }
    }
    return Evaluator.evaluate(c, assign, method, f.excluded, Optional.empty(), f.consentCheck);
  }

  /**
   * The matching with the largest total score (after the most placements, under {@link
   * Coverage#MAXIMISE_COVERAGE}), respecting capacities, forbidden pairs, pins and quotas exactly,
   * with a dual certificate. Only mutually acceptable pairs are used.
   *
   * @param problem the problem
   * @return the explained result; it may have blocking pairs (optimal is not stable)
   * @throws org.alumnisdk.core.InvalidValueException if no purpose gate was set or waived
   * @throws InvalidMatchingInputException if consent filtering empties a side, or a mentee is in two
   *     quota groups
   */
  public MentorMatching optimal(MentorProblem problem) {
    Checks.notNull(problem, "problem");
    Filtered f = filter(problem);
    Compiled c = new Compiled(f.problem, seed);
    int[] assign = Evaluator.empty(c.ne);
    int[] residual = c.capacity.clone();
    List<Integer> rows = new ArrayList<>();
    for (int e = 0; e < c.ne; e++) {
      if (c.pinnedMentor[e] >= 0) {
        assign[e] = c.pinnedMentor[e];
        residual[c.pinnedMentor[e]]--;
      } else {
        rows.add(e);
      }
    }
    if (rows.isEmpty()) {
      return Evaluator.evaluate(c, assign, Method.OPTIMAL, f.excluded, Optional.empty(), f.consentCheck);
    }
    double maxAbs = 0;
    for (int e : rows) {
      for (int m : c.menteeList[e]) {
        maxAbs = Math.max(maxAbs, Math.abs(c.pairScore(e, m)));
      }
    }
    double unmatchedScore = coverage == Coverage.SCORE_ONLY ? 0 : -(1 + 2.0 * rows.size() * maxAbs);
    List<AlumnusId> rowIds = rows.stream().map(e -> c.menteeId[e]).toList();
    List<AlumnusId> colIds = List.of(c.mentorId);
    Certificate cert;
    if (f.problem.quotas().isEmpty()) {
      SparseCosts.Builder b = SparseCosts.builder(rows.size(), c.nm);
      for (int i = 0; i < rows.size(); i++) {
        int e = rows.get(i);
        for (int m : c.menteeList[e]) {
          b.add(i, m, c.pairScore(e, m));
        }
      }
      SparseCosts costs = b.build();
      CapacitatedAssignment.Result r = CapacitatedAssignment.solve(costs, residual, Objective.MAXIMISE, unmatchedScore);
      int[] r2c = r.rowToColumn();
      for (int i = 0; i < rows.size(); i++) {
        assign[rows.get(i)] = r2c[i];
      }
      cert = new Certificate.AssignmentDuals(costs, residual, r, rowIds, colIds);
    } else {
      cert = quotaFlow(c, rows, residual, unmatchedScore, assign, rowIds, colIds);
    }
    return Evaluator.evaluate(c, assign, Method.OPTIMAL, f.excluded, Optional.of(cert), f.consentCheck);
  }

  private Certificate quotaFlow(Compiled c, List<Integer> rows, int[] residual, double unmatchedScore,
      int[] assign, List<AlumnusId> rowIds, List<AlumnusId> colIds) {
    List<InputProblem> problems = new ArrayList<>();
    for (int e : rows) {
      if (c.menteeQuotas[e].length > 1) {
        problems.add(InputProblem.of("mentee " + c.menteeId[e], InputProblem.Kind.INCONSISTENT,
            "belongs to " + c.menteeQuotas[e].length + " quota groups; optimal() supports one quota group per mentee"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("mentor matching", problems);
    }
    int r = rows.size();
    int[][] pinnedInQuota = new int[c.nm][c.quotaMax.length];
    for (int e = 0; e < c.ne; e++) {
      if (c.pinnedMentor[e] >= 0) {
        for (int q : c.menteeQuotas[e]) {
          pinnedInQuota[c.pinnedMentor[e]][q]++;
        }
      }
    }
    Map<Long, Integer> quotaNode = new HashMap<>();
    int next = r + c.nm;
    for (int e : rows) {
      for (int q : c.menteeQuotas[e]) {
        for (int m : c.menteeList[e]) {
          long k = Compiled.key(m, q);
          if (!quotaNode.containsKey(k)) {
            quotaNode.put(k, next++);
          }
        }
      }
    }
    int sink = next;
    FlowNetwork net = FlowNetwork.withNodes(next + 1);
    List<Integer> arcRow = new ArrayList<>();
    List<Integer> arcMentor = new ArrayList<>();
    for (int i = 0; i < r; i++) {
      int e = rows.get(i);
      net.setSupply(i, 1);
      for (int m : c.menteeList[e]) {
        int target = c.menteeQuotas[e].length == 0 ? r + m : quotaNode.get(Compiled.key(m, c.menteeQuotas[e][0]));
        net.addArc(i, target, 1, -c.pairScore(e, m));
        arcRow.add(i);
        arcMentor.add(m);
      }
      net.addArc(i, sink, 1, -unmatchedScore);
      arcRow.add(i);
      arcMentor.add(-1);
    }
    for (Map.Entry<Long, Integer> en : quotaNode.entrySet().stream()
        .sorted(Map.Entry.comparingByValue()).toList()) {
      int m = Compiled.first(en.getKey());
      int q = Compiled.second(en.getKey());
      net.addArc(en.getValue(), r + m, Math.max(0, c.quotaMax[q] - pinnedInQuota[m][q]), 0);
      arcRow.add(-1);
      arcMentor.add(-1);
    }
    for (int m = 0; m < c.nm; m++) {
      net.addArc(r + m, sink, Math.max(0, residual[m]), 0);
      arcRow.add(-1);
      arcMentor.add(-1);
    }
    net.setSupply(sink, -r);
    FlowOutcome.Optimal opt = MinCostFlow.solve(net).orElseThrow(); // feasible: every row has a bypass
    int[] rowOf = arcRow.stream().mapToInt(Integer::intValue).toArray();
    int[] mentorOf = arcMentor.stream().mapToInt(Integer::intValue).toArray();
    for (int a = 0; a < rowOf.length; a++) {
      if (rowOf[a] >= 0 && mentorOf[a] >= 0 && opt.flowOn(a) > 0) {
        assign[rows.get(rowOf[a])] = mentorOf[a];
      }
    }
    return new Certificate.FlowPotentials(net, opt, rowIds, colIds, rowOf, mentorOf);
  }

  /** Mentee-proposing deferred acceptance with the quota heuristic of {@link GroupQuota}. */
  private static void quotaDeferredAcceptance(Compiled c, int[] assign, int[] residual) {
    List<List<Integer>> held = new ArrayList<>();
    int[][] quotaLoad = new int[c.nm][c.quotaMax.length];
    for (int m = 0; m < c.nm; m++) {
      held.add(new ArrayList<>());
    }
    for (int e = 0; e < c.ne; e++) {
      if (c.pinnedMentor[e] >= 0) {
        for (int q : c.menteeQuotas[e]) {
          quotaLoad[c.pinnedMentor[e]][q]++;
        }
      }
    }
    int[] next = new int[c.ne];
    java.util.ArrayDeque<Integer> free = new java.util.ArrayDeque<>();
    for (int e = 0; e < c.ne; e++) {
      if (c.pinnedMentor[e] < 0) {
        free.add(e);
      }
    }
    while (!free.isEmpty()) {
      int e = free.poll();
      int[] list = c.menteeList[e];
      while (next[e] < list.length) {
        int m = list[next[e]++];
        int rank = c.mentorRank.get(Compiled.key(e, m));
        List<Integer> h = held.get(m);
        boolean capFull = h.size() >= residual[m];
        Set<Integer> fullQuotas = new HashSet<>();
        for (int q : c.menteeQuotas[e]) {
          if (quotaLoad[m][q] >= c.quotaMax[q]) {
            fullQuotas.add(q);
          }
        }
        if (!capFull && fullQuotas.isEmpty()) {
          accept(c, e, m, h, quotaLoad, assign);
          break;
        }
        int worst = -1;
        int worstRank = rank;
        for (int w : h) {
          boolean inAll = true;
          for (int q : fullQuotas) {
            boolean in = false;
            for (int wq : c.menteeQuotas[w]) {
              in |= wq == q;
            }
            inAll &= in;
          }
          int wr = c.mentorRank.get(Compiled.key(w, m));
          if (inAll && wr > worstRank) {
            worst = w;
            worstRank = wr;
          }
        }
        if (worst >= 0) {
          h.remove(Integer.valueOf(worst));
          for (int q : c.menteeQuotas[worst]) {
            quotaLoad[m][q]--;
          }
          assign[worst] = -1;
          free.add(worst);
          accept(c, e, m, h, quotaLoad, assign);
          break;
        }
      }
    }
  }

  private static void accept(Compiled c, int e, int m, List<Integer> h, int[][] quotaLoad, int[] assign) {
    h.add(e);
    for (int q : c.menteeQuotas[e]) {
      quotaLoad[m][q]++;
    }
    assign[e] = m;
  }

  private record Filtered(MentorProblem problem, List<Exclusion> excluded, String consentCheck) {}

  private Filtered filter(MentorProblem problem) {
    if (gate == null) {
      throw new org.alumnisdk.core.InvalidValueException("purposeGate",
          "mentor matching processes personal data: set a purpose gate with withConsent(gate, clock),"
              + " or waive it by name with withoutConsentCheck(justification) for data that is not personal");
    }
    String check = PurposeGate.describe(gate);
    if (gate instanceof PurposeGate.Waived) {
      return new Filtered(problem, List.of(), check);
    }
    Instant at = clock.instant();
    List<AlumnusId> ids = new ArrayList<>();
    Map<AlumnusId, Role> role = new HashMap<>();
    for (Mentor m : problem.mentors()) {
      ids.add(m.id());
      role.put(m.id(), Role.MENTOR);
    }
    for (Mentee e : problem.mentees()) {
      ids.add(e.id());
      role.put(e.id(), Role.MENTEE);
    }
    PurposeGate.Partition part = gate.partition(problem.tenant(), ids, PurposeId.MENTORING, at);
    List<Exclusion> excluded = new ArrayList<>();
    part.excluded().forEach((id, reason) -> excluded.add(new Exclusion(id, role.get(id), reason)));
    Set<AlumnusId> out = new HashSet<>(part.excluded().keySet());
    return new Filtered(problem.without(out), excluded, check);
  }

  @Override
  public String toString() {
    return "MentorMatcher[seed=" + seed + ", consentCheck=" + (gate == null ? "not configured" : PurposeGate.describe(gate))
        + ", coverage=" + coverage + "]";
  }
}
