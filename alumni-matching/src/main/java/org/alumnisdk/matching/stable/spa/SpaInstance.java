package org.alumnisdk.matching.stable.spa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alumnisdk.core.Checks;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;

/**
 * A student/project/supervisor allocation instance (SPA, Abraham, Irving &amp; Manlove 2007),
 * identified by string ids.
 *
 * <p>Each student ranks some projects, most preferred first. Each project has a capacity (at least
 * 1) and is offered by one supervisor. Each supervisor has a capacity (at least 1, the most students
 * over all of their projects) and ranks students, most preferred first. A student may be assigned a
 * project only when the pair is <em>acceptable</em>: the student lists the project and the project's
 * supervisor lists the student. A student entry whose supervisor does not rank the student is kept
 * in the input but never matched and never blocks (everyone not listed is unacceptable, as in
 * matching.md §1.2); supervisors may also rank students who list none of their projects. Being
 * unmatched is worse for a student than any acceptable project.
 *
 * <p>The whole instance is checked on construction: blank or duplicate ids, capacities below 1, a
 * project offered by an unknown supervisor, a student listing an unknown project (or one project
 * twice), and a supervisor listing an unknown student (or one student twice) are all reported at
 * once in one {@link InvalidMatchingInputException}; nothing is built from bad input.
 *
 * @param students the students, in a fixed order (results list students in this order)
 * @param projects the projects
 * @param supervisors the supervisors
 * @since 0.1.0
 */
public record SpaInstance(List<Student> students, List<Project> projects, List<Supervisor> supervisors) {

  /**
   * A student and their ranking of projects.
   *
   * @param id the student's id, unique among students
   * @param preferences project ids, most preferred first; may be empty
   */
  public record Student(String id, List<String> preferences) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param id the student's id, unique among students
     * @param preferences project ids, most preferred first; may be empty
     * @throws NullPointerException if the id, the list or an entry is null
     */
    public Student {
      Checks.notNull(id, "id");
      preferences = Checks.copyOf(preferences, "preferences");
    }
  }

  /**
   * A project: how many students it can take and who supervises it.
   *
   * @param id the project's id, unique among projects
   * @param capacity the most students it can take; must be at least 1 (checked by the instance)
   * @param supervisor the id of the supervisor who offers it
   */
  public record Project(String id, int capacity, String supervisor) {
    /**
     * Checks for nulls.
     *
     * @param id the project's id, unique among projects
     * @param capacity the most students it can take; must be at least 1 (checked by the instance)
     * @param supervisor the id of the supervisor who offers it
     * @throws NullPointerException if the id or the supervisor is null
     */
    public Project {
      Checks.notNull(id, "id");
      Checks.notNull(supervisor, "supervisor");
    }
  }

  /**
   * A supervisor: how many students they can take over all their projects, and their ranking of
   * students.
   *
   * @param id the supervisor's id, unique among supervisors
   * @param capacity the most students over all their projects; must be at least 1 (checked by the
   *     instance)
   * @param preferences student ids, most preferred first
   */
  public record Supervisor(String id, int capacity, List<String> preferences) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param id the supervisor's id, unique among supervisors
     * @param capacity the most students over all their projects; must be at least 1 (checked by the
     *     instance)
     * @param preferences student ids, most preferred first
     * @throws NullPointerException if the id, the list or an entry is null
     */
    public Supervisor {
      Checks.notNull(id, "id");
      preferences = Checks.copyOf(preferences, "preferences");
    }
  }

  /**
   * Checks the whole instance and copies the lists.
   *
   * @param students the students, in a fixed order (results list students in this order)
   * @param projects the projects
   * @param supervisors the supervisors
   * @throws NullPointerException if a list or an element is null
   * @throws InvalidMatchingInputException listing every blank or duplicate id, every capacity below
   *     1, every unknown supervisor, project or student referenced, every duplicate list entry, and
   *     an empty side
   */
  public SpaInstance {
    students = Checks.copyOf(students, "students");
    projects = Checks.copyOf(projects, "projects");
    supervisors = Checks.copyOf(supervisors, "supervisors");
    List<InputProblem> problems = check(students, projects, supervisors);
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("student-project allocation", problems);
    }
  }

  /**
   * Builds and checks an instance.
   *
   * @param students the students
   * @param projects the projects
   * @param supervisors the supervisors
   * @return the instance
   * @throws InvalidMatchingInputException if the input is bad in any way listed on the constructor
   */
  public static SpaInstance of(List<Student> students, List<Project> projects, List<Supervisor> supervisors) {
    return new SpaInstance(students, projects, supervisors);
  }

  /**
   * Creates a student.
   *
   * @param id the id
   * @param projects project ids, most preferred first
   * @return the student
   */
  public static Student student(String id, String... projects) {
    return new Student(id, Arrays.asList(projects));
  }

  /**
   * Creates a project.
   *
   * @param id the id
   * @param capacity the capacity (at least 1)
   * @param supervisor the supervisor's id
   * @return the project
   */
  public static Project project(String id, int capacity, String supervisor) {
    return new Project(id, capacity, supervisor);
  }

  /**
   * Creates a supervisor.
   *
   * @param id the id
   * @param capacity the capacity over all their projects (at least 1)
   * @param students student ids, most preferred first
   * @return the supervisor
   */
  public static Supervisor supervisor(String id, int capacity, String... students) {
    return new Supervisor(id, capacity, Arrays.asList(students));
  }

  /**
   * Whether a student may be assigned a project: the student lists it and its supervisor lists the
   * student.
   *
   * @param student a student id
   * @param project a project id
   * @return true if the pair is acceptable; false also for unknown ids
   */
  public boolean acceptable(String student, String project) {
    Student s = students.stream().filter(x -> x.id().equals(student)).findFirst().orElse(null);
    Project p = projects.stream().filter(x -> x.id().equals(project)).findFirst().orElse(null);
    if (s == null || p == null || !s.preferences().contains(project)) {
      return false;
    }
    return supervisors.stream().filter(x -> x.id().equals(p.supervisor())).findFirst()
        .map(l -> l.preferences().contains(student)).orElse(false);
  }

  private static List<InputProblem> check(List<Student> students, List<Project> projects,
      List<Supervisor> supervisors) {
    List<InputProblem> problems = new ArrayList<>();
    if (students.isEmpty() || projects.isEmpty() || supervisors.isEmpty()) {
      problems.add(InputProblem.of("instance", InputProblem.Kind.EMPTY,
          "need at least one student, one project and one supervisor, was " + students.size() + ", "
              + projects.size() + " and " + supervisors.size()));
    }
    Set<String> studentIds = ids("student", students.stream().map(Student::id).toList(), problems);
    Set<String> projectIds = ids("project", projects.stream().map(Project::id).toList(), problems);
    Set<String> supervisorIds = ids("supervisor", supervisors.stream().map(Supervisor::id).toList(), problems);
    for (Project p : projects) {
      if (p.capacity() < 1) {
        problems.add(InputProblem.of("project " + p.id(), InputProblem.Kind.BAD_CAPACITY,
            "capacity must be >= 1, was " + p.capacity()));
      }
      if (!supervisorIds.contains(p.supervisor())) {
        problems.add(InputProblem.of("project " + p.id(), InputProblem.Kind.UNKNOWN_PARTICIPANT,
            "is offered by supervisor " + p.supervisor() + ", who is not in the instance"));
      }
    }
    for (Supervisor l : supervisors) {
      if (l.capacity() < 1) {
        problems.add(InputProblem.of("supervisor " + l.id(), InputProblem.Kind.BAD_CAPACITY,
            "capacity must be >= 1, was " + l.capacity()));
      }
    }
    for (Student s : students) {
      list("student " + s.id(), s.preferences(), projectIds, "project", problems);
    }
    for (Supervisor l : supervisors) {
      list("supervisor " + l.id(), l.preferences(), studentIds, "student", problems);
    }
    return problems;
  }

  private static Set<String> ids(String side, List<String> ids, List<InputProblem> problems) {
    Map<String, Integer> seen = new HashMap<>();
    for (String id : ids) {
      if (id.isBlank()) {
        problems.add(InputProblem.of(side + " \"" + id + "\"", InputProblem.Kind.INCONSISTENT,
            "id is blank; give every " + side + " a non-blank id"));
      }
      if (seen.merge(id, 1, Integer::sum) == 2) {
        problems.add(InputProblem.of(side + " " + id, InputProblem.Kind.DUPLICATE,
            "id appears more than once among the " + side + "s; ids must be unique"));
      }
    }
    return seen.keySet();
  }

  private static void list(String item, List<String> entries, Set<String> known, String what,
      List<InputProblem> problems) {
    Set<String> seen = new HashSet<>();
    for (String e : entries) {
      if (!known.contains(e)) {
        problems.add(InputProblem.of(item, InputProblem.Kind.UNKNOWN_PARTICIPANT,
            "lists " + what + " " + e + ", which is not in the instance"));
      } else if (!seen.add(e)) {
        problems.add(InputProblem.of(item, InputProblem.Kind.DUPLICATE, "lists " + what + " " + e + " twice"));
      }
    }
  }

  /**
   * A summary with counts only.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "SpaInstance[students=" + students.size() + ", projects=" + projects.size() + ", supervisors="
        + supervisors.size() + "]";
  }
}
