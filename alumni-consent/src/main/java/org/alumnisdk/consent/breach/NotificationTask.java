package org.alumnisdk.consent.breach;

import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;

/**
 * A task to notify a person of a reportable incident (Art. 26(2)), or, where persons cannot be
 * reached, the alternative measure (a public announcement).
 *
 * @param kind notify one person or announce publicly
 * @param alumnus the person to notify, or null for a public announcement
 * @param items what the notice must say (Rules Art. 10 [S])
 * @since 0.1.0
 */
public record NotificationTask(Kind kind, AlumnusId alumnus, List<String> items) {

  /** The kinds of task. */
  public enum Kind {
    /** Notify one person promptly, as the situation allows. */
    NOTIFY_PERSON,
    /** Publish an announcement where notifying every person is hard (the alternative measure). */
    PUBLIC_ANNOUNCEMENT
  }

  /** What a notice to persons contains (Rules Art. 10 [S]). */
  public static final List<String> NOTICE_ITEMS = List.of("outline of the incident",
      "items of personal data involved", "cause", "whether secondary harm may occur and its nature",
      "other matters for reference (contact point, what the person can do)");

  /**

   * Validates and copies.

   *

   * @param kind notify one person or announce publicly

   * @param alumnus the person to notify, or null for a public announcement

   * @param items what the notice must say (Rules Art. 10 [S])

   * @throws org.alumnisdk.core.InvalidValueException if the alumnus is missing for NOTIFY_PERSON

   */
  public NotificationTask {
    Checks.notNull(kind, "task.kind");
    if (kind == Kind.NOTIFY_PERSON) {
      Checks.notNull(alumnus, "task.alumnus");
    }
    items = List.copyOf(items);
  }

  /**
   * Returns the alumnus.
   *
   * @return the alumnus, or empty for a public announcement
   */
  public Optional<AlumnusId> alumnusOpt() {
    return Optional.ofNullable(alumnus);
  }
}
