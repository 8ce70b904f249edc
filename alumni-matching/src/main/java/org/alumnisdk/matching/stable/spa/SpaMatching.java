package org.alumnisdk.matching.stable.spa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.core.Checks;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;
import org.alumnisdk.matching.Verification;

/**
 * A student/project/supervisor matching: the project of each matched student, read back per
 * project, per supervisor and as the unmatched students, with its blocking pairs and an independent
 * check.
 *
 * <p>Built by {@link SpaStudent#solve(SpaInstance)}, or by hand for any assignment to check with
 * {@link #blockingPairs()} and {@link #verify()}.
 *
 * @param instance the instance the matching is for
 * @param assignment student id to project id, for matched students only; kept in the instance's
 *     student order
 * @since 0.1.0
 */
public record SpaMatching(SpaInstance instance, Map<String, String> assignment) {

  /**
   * Checks the ids and copies the map in the instance's student order.
   *
   * @param instance the instance the matching is for
   * @param assignment student id to project id, for matched students only; kept in the instance's
   *     student order
   * @throws NullPointerException if an argument, key or value is null
   * @throws InvalidMatchingInputException listing every unknown student or project id
   */
  public SpaMatching {
    Checks.notNull(instance, "instance");
    Checks.notNull(assignment, "assignment");
    Set<String> students = new LinkedHashSet<>();
    instance.students().forEach(s -> students.add(s.id()));
    Set<String> projects = new LinkedHashSet<>();
    instance.projects().forEach(p -> projects.add(p.id()));
    List<InputProblem> problems = new ArrayList<>();
    assignment.forEach((s, p) -> {
      Checks.notNull(s, "student id");
      Checks.notNull(p, "project id");
      if (!students.contains(s)) {
        problems.add(InputProblem.of("student " + s, InputProblem.Kind.UNKNOWN_PARTICIPANT,
            "is assigned a project but is not in the instance"));
      }
      if (!projects.contains(p)) {
        problems.add(InputProblem.of("student " + s, InputProblem.Kind.UNKNOWN_PARTICIPANT,
            "is assigned project " + p + ", which is not in the instance"));
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("student-project matching", problems);
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String s : students) {
      String p = assignment.get(s);
      if (p != null) {
        ordered.put(s, p);
      }
    }
    assignment = Collections.unmodifiableMap(ordered);
  }

  /**
   * Builds a matching from an assignment, for checking.
   *
   * @param instance the instance
   * @param assignment student id to project id, matched students only
   * @return the matching
   * @throws InvalidMatchingInputException if an id is not in the instance
   */
  public static SpaMatching of(SpaInstance instance, Map<String, String> assignment) {
    return new SpaMatching(instance, assignment);
  }

  /**
   * The project of one student.
   *
   * @param student a student id
   * @return the project id, or empty when the student is unmatched (or unknown)
   */
  public Optional<String> projectOf(String student) {
    return Optional.ofNullable(assignment.get(student));
  }

  /**
   * The students of every project, each set in the supervisor's order of preference (students the
   * supervisor does not rank last); projects without students map to an empty set.
   *
   * @return project id to student ids, in the instance's project order
   */
  public Map<String, Set<String>> projectStudents() {
    SpaIndex x = SpaIndex.of(instance);
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (int p = 0; p < x.np; p++) {
      String project = instance.projects().get(p).id();
      out.put(project, studentsWhere(x, x.projectSupervisor[p], s -> project.equals(assignment.get(idOf(s)))));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The students of every supervisor over all their projects, each set in the supervisor's order of
   * preference; supervisors without students map to an empty set.
   *
   * @return supervisor id to student ids, in the instance's supervisor order
   */
  public Map<String, Set<String>> supervisorStudents() {
    SpaIndex x = SpaIndex.of(instance);
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (int l = 0; l < x.nl; l++) {
      int sup = l;
      out.put(instance.supervisors().get(l).id(), studentsWhere(x, l, s -> {
        String p = assignment.get(idOf(s));
        return p != null && x.projectSupervisor[x.projectIndex.get(p)] == sup;
      }));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The students without a project, in the instance's order.
   *
   * @return the ids
   */
  public List<String> unmatchedStudents() {
    return instance.students().stream().map(SpaInstance.Student::id).filter(s -> !assignment.containsKey(s))
        .toList();
  }

  /**
   * How many students have a project.
   *
   * @return the count
   */
  public int matchedCount() {
    return assignment.size();
  }

  private String idOf(int s) {
    return instance.students().get(s).id();
  }

  private Set<String> studentsWhere(SpaIndex x, int l, java.util.function.IntPredicate take) {
    List<Integer> picked = new ArrayList<>();
    for (int s = 0; s < x.ns; s++) {
      if (assignment.containsKey(idOf(s)) && take.test(s)) {
        picked.add(s);
      }
    }
    picked.sort(Comparator.comparingInt(s -> {
      int r = x.supervisorRank(l, s);
      return r < 0 ? Integer.MAX_VALUE : r;
    }));
    Set<String> out = new LinkedHashSet<>();
    picked.forEach(s -> out.add(idOf(s)));
    return Collections.unmodifiableSet(out);
  }

  /**
   * Finds every blocking pair by the definition of matching.md §1.2 (Abraham, Irving &amp; Manlove
   * 2007): student s and project p of supervisor l, mutually acceptable (s lists p, l ranks s), s
   * unmatched or preferring p to their project, and (a) p and l under capacity, or (b) p under
   * capacity, l full, and s already with l or l preferring s to their worst student, or (c) p full
   * and l preferring s to the worst student on p. Runs in O(total list length) after one pass over
   * the matching. Meant for valid matchings (see {@link #verify()}); on an invalid one, a student
   * on a project they did not list counts as preferring every project they did list, and a student
   * their supervisor does not rank counts as that supervisor's worst.
   *
   * @return the blocking pairs, by student in the instance's order, then by the student's
   *     preference
   */
  public List<SpaBlockingPair> blockingPairs() {
    SpaIndex x = SpaIndex.of(instance);
    int[] match = new int[x.ns];
    Arrays.fill(match, -1);
    int[] loadP = new int[x.np];
    int[] loadL = new int[x.nl];
    int[] worstP = new int[x.np];
    int[] worstL = new int[x.nl];
    Arrays.fill(worstP, -1);
    Arrays.fill(worstL, -1);
    for (int s = 0; s < x.ns; s++) {
      String p = assignment.get(idOf(s));
      if (p == null) {
        continue;
      }
      int pi = x.projectIndex.get(p);
      int l = x.projectSupervisor[pi];
      int r = x.supervisorRank(l, s);
      int rank = r < 0 ? Integer.MAX_VALUE : r;
      match[s] = pi;
      loadP[pi]++;
      loadL[l]++;
      worstP[pi] = Math.max(worstP[pi], rank);
      worstL[l] = Math.max(worstL[l], rank);
    }
    List<SpaBlockingPair> out = new ArrayList<>();
    for (int s = 0; s < x.ns; s++) {
      int cur = match[s];
      int curPos = cur < 0 ? x.studentList[s].length : x.studentPosition(s, cur);
      for (int k = 0; k < curPos; k++) {
        int p = x.studentList[s][k];
        int r = x.studentKey[s][k];
        if (p == cur || r < 0) {
          continue;
        }
        int l = x.projectSupervisor[p];
        boolean projectRoom = loadP[p] < x.projectCapacity[p];
        boolean supervisorRoom = loadL[l] < x.supervisorCapacity[l];
        SpaBlockingPair.Condition c = null;
        if (projectRoom && supervisorRoom) {
          c = SpaBlockingPair.Condition.A_PROJECT_AND_SUPERVISOR_UNDER_CAPACITY;
        } else if (projectRoom) {
          if ((cur >= 0 && x.projectSupervisor[cur] == l) || r < worstL[l]) {
            c = SpaBlockingPair.Condition.B_PROJECT_UNDER_CAPACITY_SUPERVISOR_FULL;
          }
        } else if (r < worstP[p]) {
          c = SpaBlockingPair.Condition.C_PROJECT_FULL;
        }
        if (c != null) {
          out.add(new SpaBlockingPair(idOf(s), instance.projects().get(p).id(),
              instance.supervisors().get(l).id(), cur < 0, c));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the matching has no blocking pair.
   *
   * @return true if stable
   */
  public boolean stable() {
    return blockingPairs().isEmpty();
  }

  /**
   * Checks the matching independently of the algorithm: every pair acceptable (the student lists
   * the project and its supervisor ranks the student), no project or supervisor over capacity, and,
   * when those hold, no blocking pair.
   *
   * @return the verification, with one violation per bad pair, overfull project or supervisor, or
   *     blocking pair
   */
  public Verification verify() {
    SpaIndex x = SpaIndex.of(instance);
    List<String> v = new ArrayList<>();
    int[] loadP = new int[x.np];
    int[] loadL = new int[x.nl];
    for (int s = 0; s < x.ns; s++) {
      String p = assignment.get(idOf(s));
      if (p == null) {
        continue;
      }
      int pi = x.projectIndex.get(p);
      int l = x.projectSupervisor[pi];
      loadP[pi]++;
      loadL[l]++;
      if (x.studentPosition(s, pi) == x.studentList[s].length) {
        v.add("student " + idOf(s) + " is assigned project " + p + ", which they did not list");
      } else if (x.supervisorRank(l, s) < 0) {
        v.add("student " + idOf(s) + " is assigned project " + p + ", whose supervisor "
            + instance.supervisors().get(l).id() + " does not rank them");
      }
    }
    for (int p = 0; p < x.np; p++) {
      if (loadP[p] > x.projectCapacity[p]) {
        v.add("project " + instance.projects().get(p).id() + " holds " + loadP[p] + " students, over capacity "
            + x.projectCapacity[p]);
      }
    }
    for (int l = 0; l < x.nl; l++) {
      if (loadL[l] > x.supervisorCapacity[l]) {
        v.add("supervisor " + instance.supervisors().get(l).id() + " holds " + loadL[l]
            + " students, over capacity " + x.supervisorCapacity[l]);
      }
    }
    int total = v.size();
    if (total == 0) {
      List<SpaBlockingPair> blocking = blockingPairs();
      for (SpaBlockingPair b : blocking) {
        if (v.size() < Verification.limit()) {
          v.add("blocking pair (" + b.student() + ", " + b.project() + "): " + b.reason());
        }
      }
      total = blocking.size();
    }
    return Verification.of(v, total);
  }

  /**
   * A summary with counts only.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "SpaMatching[matched=" + assignment.size() + "/" + instance.students().size() + "]";
  }
}
