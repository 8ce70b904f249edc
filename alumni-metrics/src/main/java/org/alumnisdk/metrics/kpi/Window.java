package org.alumnisdk.metrics.kpi;

import java.time.Instant;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * A half-open reporting window {@code [from, to)} with a label.
 *
 * @param from inclusive start
 * @param to exclusive end
 * @param label a label such as {@code FY2026} or {@code trailing 90 days}
 * @since 0.1.0
 */
public record Window(Instant from, Instant to, String label) {
  /**
   * Validates the window.
   *
   * @param from inclusive start
   * @param to exclusive end
   * @param label a label such as {@code FY2026} or {@code trailing 90 days}
   * @throws InvalidValueException if {@code to} is not after {@code from} or a field is missing
   */
  public Window {
    Checks.instant(from, "window.from");
    Checks.instant(to, "window.to");
    label = Checks.notBlank(label, "window.label");
    if (!to.isAfter(from)) {
      throw new InvalidValueException("window.to", "must be after window.from");
    }
  }

  /**
   * A window labelled with its bounds.
   *
   * @param from inclusive start
   * @param to exclusive end
   * @return the window
   */
  public static Window of(Instant from, Instant to) {
    return new Window(from, to, from + "/" + to);
  }

  /**
   * The trailing window of {@code days} days ending at {@code asOf} (exclusive end one
   * millisecond after asOf, so an activity at asOf is inside).
   *
   * @param asOf the end
   * @param days the length in days, at least 1
   * @return the window
   */
  public static Window trailingDays(Instant asOf, int days) {
    Checks.notNull(asOf, "asOf");
    if (days < 1) {
      throw new InvalidValueException("days", "must be at least 1");
    }
    return new Window(asOf.minusSeconds(86_400L * days).plusMillis(1), asOf.plusMillis(1),
        "trailing " + days + " days to " + asOf);
  }

  /**
   * Whether an instant is inside.
   *
   * @param at the instant
   * @return true if {@code from <= at < to}
   */
  public boolean contains(Instant at) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  /**
   * Whether an epoch-millisecond time is inside.
   *
   * @param atMillis epoch millis
   * @return true if inside
   */
  public boolean containsMillis(long atMillis) {
    return atMillis >= from.toEpochMilli() && atMillis < to.toEpochMilli();
  }
}
