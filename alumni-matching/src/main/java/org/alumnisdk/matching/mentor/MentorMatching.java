package org.alumnisdk.matching.mentor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.matching.Verification;

/**
 * The result of a mentor-matching method: the pairs, and everything needed to judge them.
 *
 * <p>Every result reports its validity (capacities, forbidden pairs, pins, quotas), its blocking
 * pairs with their reasons (none for the stable methods; an optimal matching may have some, which
 * is the price of coverage or total score; judged among unpinned mentees on the places left after
 * pins), who is unmatched and why, who the purpose gate kept
 * out, the total and mean score, and for the optimal method a dual {@link Certificate}. {@link
 * #verify()} re-checks all of it from the problem.
 *
 * @param method the method used
 * @param problem the problem that was solved (after the purpose gate)
 * @param seed the tie-break seed used to derive rankings
 * @param matches the pairs, in mentee order of the problem
 * @param unmatched mentees without a mentor and mentors without a mentee, with reasons
 * @param excluded participants kept out by the purpose gate, with its reasons
 * @param violations hard constraints broken (empty for results of this module)
 * @param blockingPairs blocking pairs, at most 1000 listed (with quotas, pairs that a quota prevents
 *     are listed too, flagged {@link BlockingPair#quotaWouldBeExceeded()})
 * @param blockingPairCount the exact number of blocking pairs (not counting pairs a quota prevents)
 * @param totalScore sum of the pair scores
 * @param meanScore total score divided by the number of pairs (0 when there are none)
 * @param certificate the optimality certificate (optimal method only)
 * @param consentCheck how consent was checked ({@code PurposeGate.describe}): every participant
 *     through the purpose gate, or the named waiver's justification
 * @since 0.1.0
 */
public record MentorMatching(
    Method method,
    MentorProblem problem,
    long seed,
    List<Match> matches,
    List<Unmatched> unmatched,
    List<Exclusion> excluded,
    List<MatchingViolation> violations,
    List<BlockingPair> blockingPairs,
    long blockingPairCount,
    double totalScore,
    double meanScore,
    Optional<Certificate> certificate,
    String consentCheck) {

  /**
   * Copies the lists.
   *
   * @param method the method used
   * @param problem the problem that was solved (after the purpose gate)
   * @param seed the tie-break seed used to derive rankings
   * @param matches the pairs, in mentee order of the problem
   * @param unmatched mentees without a mentor and mentors without a mentee, with reasons
   * @param excluded participants kept out by the purpose gate, with its reasons
   * @param violations hard constraints broken (empty for results of this module)
   * @param blockingPairs blocking pairs, at most 1000 listed (with quotas, pairs that a quota prevents
   *     are listed too, flagged {@link BlockingPair#quotaWouldBeExceeded()})
   * @param blockingPairCount the exact number of blocking pairs (not counting pairs a quota prevents)
   * @param totalScore sum of the pair scores
   * @param meanScore total score divided by the number of pairs (0 when there are none)
   * @param certificate the optimality certificate (optimal method only)
   * @param consentCheck how consent was checked
   */
  public MentorMatching {
    Checks.notNull(method, "method");
    Checks.notNull(problem, "problem");
    matches = List.copyOf(matches);
    unmatched = List.copyOf(unmatched);
    excluded = List.copyOf(excluded);
    violations = List.copyOf(violations);
    blockingPairs = List.copyOf(blockingPairs);
    Checks.notNull(certificate, "certificate");
    org.alumnisdk.core.Checks.notBlank(consentCheck, "consentCheck");
  }

  /**
   * Whether every hard constraint holds.
   *
   * @return true if there are no violations
   */
  public boolean valid() {
    return violations.isEmpty();
  }

  /**
   * Whether the matching is stable (no blocking pair).
   *
   * @return true if there is no blocking pair
   */
  public boolean stable() {
    return blockingPairCount == 0;
  }

  /**
   * The mentor of a mentee.
   *
   * @param mentee the mentee
   * @return the mentor, if matched
   */
  public Optional<AlumnusId> mentorOf(AlumnusId mentee) {
    return matches.stream().filter(m -> m.mentee().equals(mentee)).map(Match::mentor).findFirst();
  }

  /**
   * The mentees of a mentor, in problem order.
   *
   * @param mentor the mentor
   * @return the mentees
   */
  public List<AlumnusId> menteesOf(AlumnusId mentor) {
    return matches.stream().filter(m -> m.mentor().equals(mentor)).map(Match::mentee).toList();
  }

  /**
   * The pairs as a map from mentee to mentor, convenient in notebooks and tests.
   *
   * @return the map, in mentee order
   */
  public Map<String, String> asMap() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (Match x : matches) {
      m.put(x.mentee().value(), x.mentor().value());
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Re-checks this result from its problem, independently of the algorithm that produced it:
   * validity, the blocking-pair count, totals, for stable methods the absence of blocking pairs,
   * and for the optimal method the certificate (complementary slackness) and that it certifies
   * exactly these pairs.
   *
   * @return the verification
   */
  public Verification verify() {
    List<String> out = new ArrayList<>();
    Compiled c = new Compiled(problem, seed);
    int[] assign = new int[c.ne];
    java.util.Arrays.fill(assign, -1);
    double total = 0;
    for (Match m : matches) {
      Integer e = c.menteeIndex.get(m.mentee());
      Integer j = c.mentorIndex.get(m.mentor());
      if (e == null || j == null) {
        out.add("pair (" + m.mentee() + ", " + m.mentor() + ") names someone outside the problem");
        continue;
      }
      if (assign[e] >= 0) {
        out.add("mentee " + m.mentee() + " is matched twice");
      }
      assign[e] = j;
      total += c.pairScore(e, j);
    }
    MentorMatching again = Evaluator.evaluate(c, assign, method, excluded, certificate, consentCheck);
    for (MatchingViolation v : again.violations()) {
      out.add("violation: " + v);
    }
    if (again.blockingPairCount() != blockingPairCount) {
      out.add("blocking pairs: reported " + blockingPairCount + ", found " + again.blockingPairCount());
    }
    if (method != Method.OPTIMAL && again.blockingPairCount() > 0) {
      out.add("a stable method produced " + again.blockingPairCount() + " blocking pairs");
    }
    if (Math.abs(total - totalScore) > 1e-9 * Math.max(1, Math.abs(total))) {
      out.add("total score: reported " + totalScore + ", recomputed " + total);
    }
    if (method == Method.OPTIMAL) {
      if (certificate.isEmpty()) {
        if (problem.pinned().size() < problem.mentees().size()) {
          out.add("optimal result without certificate");
        }
      } else {
        Verification v = certificate.get().verify();
        for (String s : v.violations()) {
          out.add("certificate: " + s);
        }
        Map<AlumnusId, AlumnusId> certified = new HashMap<>();
        for (AlumnusId[] pair : certificate.get().certifiedPairs()) {
          certified.put(pair[0], pair[1]);
        }
        for (Map.Entry<AlumnusId, AlumnusId> en : certified.entrySet()) {
          Integer e = c.menteeIndex.get(en.getKey());
          AlumnusId got = e == null || assign[e] < 0 ? null : c.mentorId[assign[e]];
          if (!Objects.equals(got, en.getValue())) {
            out.add("mentee " + en.getKey() + ": certificate says " + en.getValue() + ", result says " + got);
          }
        }
      }
    }
    return new Verification(out);
  }

  @Override
  public String toString() {
    return "MentorMatching[method=" + method + ", pairs=" + matches.size() + ", unmatched=" + unmatched.size()
        + ", excluded=" + excluded.size() + ", valid=" + valid() + ", blockingPairs=" + blockingPairCount
        + ", totalScore=" + totalScore + ", meanScore=" + meanScore
        + ", certificate=" + certificate.isPresent() + ", matches=" + (matches.size() <= 20 ? asMap() : "...") + "]";
  }
}
