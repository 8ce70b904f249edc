package org.alumnisdk.core.rehire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ApplicationId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.RehireEligibility;

/**
 * A boomerang application: an alumnus applying to be rehired into an opening, with the pipeline
 * history. When it reaches {@link RehireStage#HIRED}, {@link Boomerang#rehire} moves the alumnus's
 * membership to REHIRED, linked to this application and the new tenure.
 *
 * @param id the application id
 * @param tenant the owning tenant
 * @param alumnus the applicant
 * @param opening the opening applied to
 * @param history the pipeline steps, oldest first; starts with APPLIED
 * @param version the optimistic version: 0 before the first save
 * @since 0.1.0
 */
public record RehireApplication(
    ApplicationId id,
    TenantId tenant,
    AlumnusId alumnus,
    OpeningId opening,
    List<Step> history,
    long version) implements Aggregate<ApplicationId, RehireApplication> {

  /**
   * One step of the pipeline.
   *
   * @param stage the stage entered
   * @param at when
   */
  public record Step(RehireStage stage, Instant at) {
    /**
     * Validates the step.
     *
     * @param stage the stage entered
     * @param at when
     * @throws InvalidValueException if a field is missing
     */
    public Step {
      Checks.notNull(stage, "history.stage");
      Checks.notNull(at, "history.at");
    }
  }

  /**
   * Validates the application and its history.
   *
   * @param id the application id
   * @param tenant the owning tenant
   * @param alumnus the applicant
   * @param opening the opening applied to
   * @param history the pipeline steps, oldest first; starts with APPLIED
   * @param version the optimistic version: 0 before the first save
   * @throws InvalidValueException naming the first malformed field
   * @throws IllegalTransitionException if the history contains a move that is not allowed
   */
  public RehireApplication {
    Checks.notNull(id, "id");
    Checks.notNull(tenant, "tenant");
    Checks.notNull(alumnus, "alumnus");
    Checks.notNull(opening, "opening");
    history = Checks.copyOf(history, "history");
    if (history.isEmpty() || history.get(0).stage() != RehireStage.APPLIED) {
      throw new InvalidValueException("history", "must start with APPLIED");
    }
    for (int i = 1; i < history.size(); i++) {
      Step prev = history.get(i - 1);
      Step cur = history.get(i);
      if (!prev.stage().canMoveTo(cur.stage())) {
        throw new IllegalTransitionException("rehire application " + id, prev.stage().name(), cur.stage().name());
      }
      if (cur.at().isBefore(prev.at())) {
        throw new InvalidValueException("history[" + i + "].at", "must not precede the previous step");
      }
    }
    Checks.notNegative(version, "version");
  }

  /**
   * Opens an application for an alumnus. Fails closed: an alumnus marked ineligible for rehire
   * cannot apply (one that needs review can; screening is where HR reviews).
   *
   * @param id the id
   * @param applicant the alumnus
   * @param opening the opening, of the same tenant
   * @param at when
   * @return the unsaved application in stage APPLIED
   * @throws IllegalTransitionException if the alumnus is ineligible for rehire
   */
  public static RehireApplication open(ApplicationId id, Alumnus applicant, OpeningId opening, Instant at) {
    Checks.notNull(applicant, "applicant");
    if (applicant.departure().rehireEligibility().status() == RehireEligibility.Status.INELIGIBLE) {
      throw new IllegalTransitionException("rehire of alumnus " + applicant.id(), "INELIGIBLE", RehireStage.APPLIED.name());
    }
    return new RehireApplication(id, applicant.tenant(), applicant.id(), opening,
        List.of(new Step(RehireStage.APPLIED, at)), 0);
  }

  /**
   * The current stage.
   *
   * @return the stage of the last step
   */
  public RehireStage stage() {
    return history.get(history.size() - 1).stage();
  }

  /**
   * Moves the application to another stage.
   *
   * @param stage the stage
   * @param at when
   * @return the moved copy
   * @throws IllegalTransitionException if the move is not allowed from the current stage
   * @throws InvalidValueException if {@code at} precedes the last step
   */
  public RehireApplication moveTo(RehireStage stage, Instant at) {
    Checks.notNull(stage, "stage");
    if (!stage().canMoveTo(stage)) {
      throw new IllegalTransitionException("rehire application " + id, stage().name(), stage.name());
    }
    List<Step> next = new ArrayList<>(history);
    next.add(new Step(stage, at));
    return new RehireApplication(id, tenant, alumnus, opening, next, version);
  }

  @Override
  public RehireApplication withVersion(long newVersion) {
    return new RehireApplication(id, tenant, alumnus, opening, history, newVersion);
  }
}
