package org.alumnisdk.consent.breach;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alumnisdk.consent.decision.Reason;
import org.alumnisdk.core.Checks;

/**
 * The assessment of an incident under Art. 26: reportable (with due dates and notification tasks)
 * or not (with the reasons, which are recorded too).
 *
 * @since 0.1.0
 */
public sealed interface BreachAssessment permits BreachAssessment.Reportable, BreachAssessment.NotReportable {

  /**
   * Returns the incident id.
   *
   * @return the id
   */
  String incidentId();

  /**
   * Returns the reasons, citing the article or Rules item.
   *
   * @return the reasons
   */
  List<Reason> reasons();

  /**
   * Says whether the incident must be reported to the PPC.
   *
   * @return true for {@link Reportable}
   */
  default boolean reportable() {
    return this instanceof Reportable;
  }

  /**
   * The incident must be reported to the PPC and the persons notified.
   *
   * @param incidentId the incident id
   * @param triggers the categories that make it reportable
   * @param preliminaryDue the last day for the preliminary report
   * @param finalDue the last day for the final report
   * @param tasks the notification tasks for the persons (Art. 26(2))
   * @param reasons the reasons
   */
  record Reportable(String incidentId, Set<BreachTrigger> triggers, LocalDate preliminaryDue,
      LocalDate finalDue, List<NotificationTask> tasks, List<Reason> reasons) implements BreachAssessment {
    /**
     * Validates and copies.
     *
     * @param incidentId the incident id
     * @param triggers the categories that make it reportable
     * @param preliminaryDue the last day for the preliminary report
     * @param finalDue the last day for the final report
     * @param tasks the notification tasks for the persons (Art. 26(2))
     * @param reasons the reasons
     * @throws org.alumnisdk.core.InvalidValueException if a part is missing
     */
    public Reportable {
      Checks.notBlank(incidentId, "incidentId");
      triggers = Set.copyOf(triggers);
      Checks.notNull(preliminaryDue, "preliminaryDue");
      Checks.notNull(finalDue, "finalDue");
      tasks = List.copyOf(tasks);
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The incident need not be reported (it is still recorded with this assessment).
   *
   * @param incidentId the incident id
   * @param reasons why not
   */
  record NotReportable(String incidentId, List<Reason> reasons) implements BreachAssessment {
    /**
     * Validates and copies.
     *
     * @param incidentId the incident id
     * @param reasons why not
     * @throws org.alumnisdk.core.InvalidValueException if a part is missing
     */
    public NotReportable {
      Checks.notBlank(incidentId, "incidentId");
      reasons = List.copyOf(reasons);
    }
  }
}
