package org.alumnisdk.core.mentoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.MentorshipId;
import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.TenantId;

/**
 * A mentor–mentee pair within a programme, with its status history.
 *
 * @param id the mentorship id
 * @param tenant the owning tenant
 * @param program the programme
 * @param mentor the mentor
 * @param mentee the mentee, not the mentor
 * @param history the status changes, oldest first; starts with PROPOSED
 * @param version the optimistic version: 0 before the first save
 * @since 0.1.0
 */
public record Mentorship(
    MentorshipId id,
    TenantId tenant,
    ProgramId program,
    AlumnusId mentor,
    AlumnusId mentee,
    List<Step> history,
    long version) implements Aggregate<MentorshipId, Mentorship> {

  /**
   * One status change.
   *
   * @param status the status entered
   * @param at when
   */
  public record Step(MentorshipStatus status, Instant at) {
    /**
     * Validates the step.
     *
     * @param status the status entered
     * @param at when
     * @throws InvalidValueException if a field is missing
     */
    public Step {
      Checks.notNull(status, "history.status");
      Checks.notNull(at, "history.at");
    }
  }

  /**
   * Validates the mentorship and its history.
   *
   * @param id the mentorship id
   * @param tenant the owning tenant
   * @param program the programme
   * @param mentor the mentor
   * @param mentee the mentee, not the mentor
   * @param history the status changes, oldest first; starts with PROPOSED
   * @param version the optimistic version: 0 before the first save
   * @throws InvalidValueException naming the first malformed field
   * @throws IllegalTransitionException if the history contains a move that is not allowed
   */
  public Mentorship {
    Checks.notNull(id, "id");
    Checks.notNull(tenant, "tenant");
    Checks.notNull(program, "program");
    Checks.notNull(mentor, "mentor");
    Checks.notNull(mentee, "mentee");
    if (mentor.equals(mentee)) {
      throw new InvalidValueException("mentee", "must differ from the mentor");
    }
    history = Checks.copyOf(history, "history");
    if (history.isEmpty() || history.get(0).status() != MentorshipStatus.PROPOSED) {
      throw new InvalidValueException("history", "must start with PROPOSED");
    }
    for (int i = 1; i < history.size(); i++) {
      Step prev = history.get(i - 1);
      Step cur = history.get(i);
      if (!prev.status().canMoveTo(cur.status())) {
        throw new IllegalTransitionException("mentorship " + id, prev.status().name(), cur.status().name());
      }
      if (cur.at().isBefore(prev.at())) {
        throw new InvalidValueException("history[" + i + "].at", "must not precede the previous step");
      }
    }
    Checks.notNegative(version, "version");
  }

  /**
   * Proposes a mentorship.
   *
   * @param id the id
   * @param tenant the tenant
   * @param program the programme
   * @param mentor the mentor
   * @param mentee the mentee
   * @param at when
   * @return the unsaved proposal
   */
  public static Mentorship propose(MentorshipId id, TenantId tenant, ProgramId program,
      AlumnusId mentor, AlumnusId mentee, Instant at) {
    return new Mentorship(id, tenant, program, mentor, mentee,
        List.of(new Step(MentorshipStatus.PROPOSED, at)), 0);
  }

  /**
   * The current status.
   *
   * @return the status of the last step
   */
  public MentorshipStatus status() {
    return history.get(history.size() - 1).status();
  }

  /**
   * Moves to another status.
   *
   * @param status the status
   * @param at when
   * @return the moved copy
   * @throws IllegalTransitionException if the move is not allowed
   * @throws InvalidValueException if {@code at} precedes the last step
   */
  public Mentorship moveTo(MentorshipStatus status, Instant at) {
    Checks.notNull(status, "status");
    if (!status().canMoveTo(status)) {
      throw new IllegalTransitionException("mentorship " + id, status().name(), status.name());
    }
    List<Step> next = new ArrayList<>(history);
    next.add(new Step(status, at));
    return new Mentorship(id, tenant, program, mentor, mentee, next, version);
  }

  @Override
  public Mentorship withVersion(long newVersion) {
    return new Mentorship(id, tenant, program, mentor, mentee, history, newVersion);
  }
}
