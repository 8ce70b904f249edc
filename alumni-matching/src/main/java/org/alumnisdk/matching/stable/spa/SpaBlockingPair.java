package org.alumnisdk.matching.stable.spa;

import org.alumnisdk.core.Checks;

/**
 * A blocking pair of a student/project/supervisor matching: an acceptable student and project that
 * would both rather be together, with the condition of matching.md §1.2 (Abraham, Irving &amp;
 * Manlove 2007) that makes it block.
 *
 * @param student the student's id
 * @param project the project's id
 * @param supervisor the id of the project's supervisor
 * @param studentUnmatched true when the student is unmatched, false when they prefer this project
 *     to their own
 * @param condition which of the conditions (a), (b), (c) holds
 * @since 0.1.0
 */
public record SpaBlockingPair(String student, String project, String supervisor, boolean studentUnmatched,
    Condition condition) {

  /** Why the project's side wants the student. */
  public enum Condition {
    /** (a) The project and its supervisor are both under capacity. */
    A_PROJECT_AND_SUPERVISOR_UNDER_CAPACITY,
    /**
     * (b) The project is under capacity, the supervisor is full, and the student is already one of
     * the supervisor's students or the supervisor prefers the student to their worst student.
     */
    B_PROJECT_UNDER_CAPACITY_SUPERVISOR_FULL,
    /** (c) The project is full and its supervisor prefers the student to the project's worst student. */
    C_PROJECT_FULL
  }

  /**
   * Checks for nulls.
   *
   * @param student the student's id
   * @param project the project's id
   * @param supervisor the id of the project's supervisor
   * @param studentUnmatched true when the student is unmatched, false when they prefer this project
   *     to their own
   * @param condition which of the conditions (a), (b), (c) holds
   * @throws NullPointerException if any id or the condition is null
   */
  public SpaBlockingPair {
    Checks.notNull(student, "student");
    Checks.notNull(project, "project");
    Checks.notNull(supervisor, "supervisor");
    Checks.notNull(condition, "condition");
  }

  /**
   * A sentence saying why the pair blocks.
   *
   * @return the reason
   */
  public String reason() {
    String side = switch (condition) {
      case A_PROJECT_AND_SUPERVISOR_UNDER_CAPACITY -> "(a) project and supervisor both have a free place";
      case B_PROJECT_UNDER_CAPACITY_SUPERVISOR_FULL ->
          "(b) project has a free place, supervisor is full but already has this student or prefers them to their worst";
      case C_PROJECT_FULL -> "(c) project is full and its supervisor prefers this student to the project's worst";
    };
    return (studentUnmatched ? "student is unmatched" : "student prefers this project to their own") + " and " + side;
  }
}
