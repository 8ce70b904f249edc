package org.alumnisdk.matching.stable.spa;

import static org.alumnisdk.matching.stable.spa.SpaInstance.project;
import static org.alumnisdk.matching.stable.spa.SpaInstance.student;
import static org.alumnisdk.matching.stable.spa.SpaInstance.supervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alumnisdk.matching.stable.spa.SpaBlockingPair.Condition;
import org.junit.jupiter.api.Test;

/**
 * SPA-student on the published SA-1 instance (matching.md §5.3) and the blocking-pair conditions
 * (a), (b), (c) of matching.md §1.2 on small instances whose answers were worked out by hand.
 */
class SpaStudentTest {

  /** SA-1, daffidwilde/matching docs: project capacities 2, supervisor capacities 3. */
  private static SpaInstance sa1() {
    return SpaInstance.of(
        List.of(student("A", "X1", "X2"), student("B", "Y2", "X2", "Y1"), student("C", "X1", "Y1", "X2"),
            student("D", "Y2", "X1", "Y1"), student("E", "X1", "Y2", "X2", "Y1")),
        List.of(project("X1", 2, "X"), project("X2", 2, "X"), project("Y1", 2, "Y"), project("Y2", 2, "Y")),
        List.of(supervisor("X", 3, "B", "C", "A", "E", "D"), supervisor("Y", 3, "B", "C", "E", "D")));
  }

  @Test
  void sa1GivesThePublishedStudentOptimalAnswer() {
    SpaMatching m = SpaStudent.solve(sa1());
    Map<String, Set<String>> byProject = m.projectStudents();
    assertThat(byProject.keySet()).containsExactly("X1", "X2", "Y1", "Y2");
    assertThat(byProject.get("X1")).containsExactly("C", "A"); // in supervisor X's order
    assertThat(byProject.get("X2")).isEmpty();
    assertThat(byProject.get("Y1")).containsExactly("D");
    assertThat(byProject.get("Y2")).containsExactly("B", "E");
    assertThat(m.supervisorStudents()).containsExactly(
        Map.entry("X", Set.of("C", "A")), Map.entry("Y", Set.of("B", "E", "D")));
    assertThat(m.supervisorStudents().get("Y")).containsExactly("B", "E", "D");
    assertThat(m.assignment()).containsExactly(Map.entry("A", "X1"), Map.entry("B", "Y2"), Map.entry("C", "X1"),
        Map.entry("D", "Y1"), Map.entry("E", "Y2"));
    assertThat(m.unmatchedStudents()).isEmpty();
    assertThat(m.matchedCount()).isEqualTo(5);
    assertThat(m.projectOf("D")).contains("Y1");
    assertThat(m.blockingPairs()).isEmpty();
    assertThat(m.stable()).isTrue();
    assertThat(m.verify().violations()).isEmpty();
    assertThat(m.toString()).isEqualTo("SpaMatching[matched=5/5]");
  }

  @Test
  void sa1SwappingDAndEIsUnstableByConditionsCAndA() {
    // D on Y2 instead of E, E on Y1: Y ranks E above D, E prefers Y2 to Y1 and Y2 is full -> (c);
    // E also prefers X2 to Y1, and X2 (0 of 2) and X (2 of 3) both have room -> (a)
    SpaMatching m = SpaMatching.of(sa1(), Map.of("A", "X1", "C", "X1", "B", "Y2", "D", "Y2", "E", "Y1"));
    assertThat(m.blockingPairs()).extracting(SpaBlockingPair::student, SpaBlockingPair::project,
        SpaBlockingPair::condition).containsExactly(tuple("E", "Y2", Condition.C_PROJECT_FULL),
            tuple("E", "X2", Condition.A_PROJECT_AND_SUPERVISOR_UNDER_CAPACITY));
    assertThat(m.verify().violations()).hasSize(2).first().asString()
        .contains("blocking pair (E, Y2)").contains("(c)");
  }

  @Test
  void conditionAProjectAndSupervisorBothHaveRoom() {
    SpaInstance in = SpaInstance.of(List.of(student("s", "P")), List.of(project("P", 1, "L")),
        List.of(supervisor("L", 1, "s")));
    SpaMatching empty = SpaMatching.of(in, Map.of());
    assertThat(empty.blockingPairs()).containsExactly(
        new SpaBlockingPair("s", "P", "L", true, Condition.A_PROJECT_AND_SUPERVISOR_UNDER_CAPACITY));
    assertThat(empty.blockingPairs().get(0).reason()).contains("unmatched").contains("(a)");
    assertThat(empty.unmatchedStudents()).containsExactly("s");
    assertThat(SpaStudent.solve(in).assignment()).containsExactly(Map.entry("s", "P"));
  }

  @Test
  void conditionBStudentAlreadyWithTheFullSupervisor() {
    SpaInstance in = SpaInstance.of(List.of(student("s", "P1", "P2")),
        List.of(project("P1", 1, "L"), project("P2", 1, "L")), List.of(supervisor("L", 1, "s")));
    SpaMatching m = SpaMatching.of(in, Map.of("s", "P2"));
    assertThat(m.blockingPairs()).containsExactly(
        new SpaBlockingPair("s", "P1", "L", false, Condition.B_PROJECT_UNDER_CAPACITY_SUPERVISOR_FULL));
    assertThat(SpaStudent.solve(in).assignment()).containsExactly(Map.entry("s", "P1"));
  }

  @Test
  void conditionBFullSupervisorPrefersTheStudentToTheirWorst() {
    List<SpaInstance.Student> students = List.of(student("s1", "P1"), student("s2", "P2"));
    List<SpaInstance.Project> projects = List.of(project("P1", 1, "L"), project("P2", 1, "L"));
    SpaInstance prefersS1 = SpaInstance.of(students, projects, List.of(supervisor("L", 1, "s1", "s2")));
    SpaMatching m = SpaMatching.of(prefersS1, Map.of("s2", "P2"));
    assertThat(m.blockingPairs()).containsExactly(
        new SpaBlockingPair("s1", "P1", "L", true, Condition.B_PROJECT_UNDER_CAPACITY_SUPERVISOR_FULL));
    assertThat(SpaStudent.solve(prefersS1).assignment()).containsExactly(Map.entry("s1", "P1"));
    // the same matching is stable when the supervisor prefers s2
    SpaInstance prefersS2 = SpaInstance.of(students, projects, List.of(supervisor("L", 1, "s2", "s1")));
    assertThat(SpaMatching.of(prefersS2, Map.of("s2", "P2")).blockingPairs()).isEmpty();
    assertThat(SpaStudent.solve(prefersS2).assignment()).containsExactly(Map.entry("s2", "P2"));
  }

  @Test
  void conditionCFullProjectComparesWithTheProjectsWorstNotTheSupervisors() {
    // P1 full with s3; L full with s3, s2; L ranks s3 > s1 > s2. s1 beats L's worst (s2) but not
    // P1's worst (s3), and P1 has no room, so (s1, P1) does not block.
    SpaInstance in = SpaInstance.of(List.of(student("s1", "P1"), student("s2", "P2"), student("s3", "P1")),
        List.of(project("P1", 1, "L"), project("P2", 1, "L")), List.of(supervisor("L", 2, "s3", "s1", "s2")));
    SpaMatching hand = SpaMatching.of(in, Map.of("s3", "P1", "s2", "P2"));
    assertThat(hand.blockingPairs()).isEmpty();
    SpaMatching solved = SpaStudent.solve(in);
    assertThat(solved).isEqualTo(hand);
    assertThat(solved.unmatchedStudents()).containsExactly("s1");
    // with s1 on P1 instead of s3, L prefers s3 to P1's worst: (c)
    assertThat(SpaMatching.of(in, Map.of("s1", "P1", "s2", "P2")).blockingPairs()).containsExactly(
        new SpaBlockingPair("s3", "P1", "L", true, Condition.C_PROJECT_FULL));
  }

  @Test
  void aStudentTheSupervisorDoesNotRankIsNeverMatchedAndNeverBlocks() {
    SpaInstance in = SpaInstance.of(List.of(student("a", "P"), student("b", "P")), List.of(project("P", 2, "L")),
        List.of(supervisor("L", 2, "a")));
    SpaMatching m = SpaStudent.solve(in);
    assertThat(m.assignment()).containsExactly(Map.entry("a", "P"));
    assertThat(m.unmatchedStudents()).containsExactly("b");
    assertThat(m.blockingPairs()).isEmpty();
    assertThat(SpaMatching.of(in, Map.of("a", "P", "b", "P")).verify().violations())
        .containsExactly("student b is assigned project P, whose supervisor L does not rank them");
  }

  @Test
  void verifyReportsUnlistedPairsAndOverfullProjectsAndSupervisors() {
    SpaMatching m = SpaMatching.of(sa1(), Map.of("A", "X1", "B", "X1", "C", "X1", "D", "X1", "E", "X1"));
    assertThat(m.verify().ok()).isFalse();
    assertThat(m.verify().violations()).containsExactly(
        "student B is assigned project X1, which they did not list",
        "project X1 holds 5 students, over capacity 2",
        "supervisor X holds 5 students, over capacity 3");
  }
}
