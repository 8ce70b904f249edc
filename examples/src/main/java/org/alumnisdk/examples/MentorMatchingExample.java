package org.alumnisdk.examples;

import java.io.PrintStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.matching.Matching;
import org.alumnisdk.matching.Objective;
import org.alumnisdk.matching.assignment.AssignmentOutcome;
import org.alumnisdk.matching.mentor.MentorMatching;
import org.alumnisdk.matching.mentor.MentorProblem;
import org.alumnisdk.matching.stable.Side;

/**
 * Mentor matching walk-through: a mentoring programme read from CSV (capacities, scores, a mentor's
 * own ranking, a forbidden pair, a pinned pair, a group quota), filtered by consent, solved as a
 * stable matching and as an optimal one, each explained and verified; then the 4 x 4 assignment
 * from the OR-Tools guide.
 */
public final class MentorMatchingExample {
  private MentorMatchingExample() {}

  /** A fixed instant so that the consent check is reproducible. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

  static final String PROGRAMME = """
      # kind,   fields...
      mentor,   m-aiko,  2, engineering
      mentor,   m-ben,   2, sales
      mentor,   m-chen,  1, engineering
      mentee,   e-01, juniors
      mentee,   e-02, juniors
      mentee,   e-03
      mentee,   e-04
      mentee,   e-05
      mentee,   e-06
      score,    e-01, m-aiko, 0.92
      score,    e-01, m-chen, 0.80
      score,    e-02, m-aiko, 0.85
      score,    e-02, m-ben,  0.40
      score,    e-03, m-ben,  0.75
      score,    e-03, m-aiko, 0.70
      score,    e-04, m-chen, 0.88
      score,    e-04, m-ben,  0.35
      score,    e-05, m-aiko, 0.60
      score,    e-05, m-ben,  0.65
      score,    e-06, m-chen, 0.90
      prefers,  m-chen, e-04 e-06 e-01
      forbid,   e-05, m-aiko, SAME_REPORTING_LINE
      pin,      e-03, m-ben
      quota,    juniors, 1
      """;

  /**
   * What the walk-through computed.
   *
   * @param stable the mentee-optimal stable matching
   * @param mentorOptimal the mentor-optimal stable matching
   * @param optimal the optimal matching with its certificate
   * @param assignmentTotal the optimum of the 4 x 4 OR-Tools example
   */
  public record Outcome(MentorMatching stable, MentorMatching mentorOptimal, MentorMatching optimal,
      double assignmentTotal) {}

  /**
   * Runs the walk-through and prints it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the walk-through.
   *
   * @param out where to print
   * @return the results, for tests
   */
  public static Outcome run(PrintStream out) {
    MentorProblem problem = MentorProblem.fromCsv(TenantId.of("acme-alumni"), new StringReader(PROGRAMME)).build();
    out.println("Problem: " + problem);

    // e-06 has not consented to mentoring: the gate keeps them out (fail closed for unknowns)
    Set<String> consenting = Set.of("m-aiko", "m-ben", "m-chen", "e-01", "e-02", "e-03", "e-04", "e-05");
    PurposeGate gate = (tenant, alumnus, purpose, at) -> consenting.contains(alumnus.value())
        ? GateDecision.allow("mentoring consent on record")
        : GateDecision.deny("no mentoring consent on record");

    var matcher = Matching.mentoring().withConsent(gate, CLOCK);
    MentorMatching stable = matcher.stable(problem);
    MentorMatching mentorOptimal = matcher.stable(problem.withoutQuotas(), Side.MENTORS);
    MentorMatching optimal = matcher.optimal(problem);

    print(out, "Stable, mentee-optimal (deferred acceptance)", stable);
    print(out, "Stable, mentor-optimal (no quota)", mentorOptimal);
    print(out, "Optimal (min-cost flow, coverage first)", optimal);

    double[][] cost = {{90, 76, 75, 70}, {35, 85, 55, 65}, {125, 95, 90, 105}, {45, 110, 95, 115}};
    AssignmentOutcome.Optimal best = Matching.assign(cost, Objective.MINIMISE).orElseThrow();
    out.println("OR-Tools 4x4 example: total " + best.total() + ", worker -> task "
        + java.util.Arrays.toString(best.rowToColumn()));
    return new Outcome(stable, mentorOptimal, optimal, best.total());
  }

  private static void print(PrintStream out, String title, MentorMatching m) {
    out.println();
    out.println("== " + title);
    m.matches().forEach(x -> out.printf("  %s -> %s  score %.2f%s%n", x.mentee(), x.mentor(), x.score(),
        x.pinned() ? "  (pinned)" : ""));
    m.unmatched().forEach(u -> out.printf("  unmatched %s %s: %s (%s)%n", u.role(), u.id(), u.reason(), u.detail()));
    m.excluded().forEach(e -> out.printf("  excluded %s: %s%n", e.id(), e.reason()));
    m.blockingPairs().forEach(b -> out.printf("  blocking pair %s, %s: %s%n", b.mentee(), b.mentor(), b.reason()));
    out.printf("  valid=%s stable=%s total=%.2f mean=%.3f certificate=%s verified=%s%n", m.valid(), m.stable(),
        m.totalScore(), m.meanScore(), m.certificate().isPresent(), m.verify().ok());
  }

  /**
   * The id of an alumnus, for tests.
   *
   * @param id the id text
   * @return the id
   */
  static AlumnusId id(String id) {
    return AlumnusId.of(id);
  }
}
