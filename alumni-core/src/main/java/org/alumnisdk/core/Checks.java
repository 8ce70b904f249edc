package org.alumnisdk.core;

import java.util.Objects;

/**
 * Argument checks shared by the SDK's value types. Each failure names the field.
 *
 * @since 0.1.0
 */
public final class Checks {
  private Checks() {}

  /**
   * Requires a non-null value.
   *
   * @param value the value
   * @param field the field name used in the error
   * @param <T> the value type
   * @return the value
   * @throws InvalidValueException if the value is null
   */
  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "must not be null");
    }
    return value;
  }

  /**
   * Requires a string with at least one non-whitespace character; returns it stripped.
   *
   * @param value the value
   * @param field the field name used in the error
   * @return the stripped value
   * @throws InvalidValueException if the value is null or blank
   */
  public static String notBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "must not be blank");
    }
    return value.strip();
  }

  /**
   * Requires a value no smaller than zero.
   *
   * @param value the value
   * @param field the field name used in the error
   * @return the value
   * @throws InvalidValueException if the value is negative
   */
  public static long notNegative(long value, String field) {
    if (value < 0) {
      throw new InvalidValueException(field, "must not be negative, was " + value);
    }
    return value;
  }

  /**
   * Requires a finite double no smaller than zero.
   *
   * @param value the value
   * @param field the field name used in the error
   * @return the value
   * @throws InvalidValueException if the value is negative, NaN or infinite
   */
  public static double finiteNotNegative(double value, String field) {
    if (!Double.isFinite(value) || value < 0) {
      throw new InvalidValueException(field, "must be a finite number >= 0, was " + value);
    }
    return value;
  }

  /**
   * Requires text without control characters: no C0 control (U+0000–U+001F, tab and line breaks
   * included), no DEL (U+007F) and no C1 control (U+0080–U+009F). Such characters never belong in
   * a name or an id, and NUL in particular breaks PostgreSQL text columns and C-based tools.
   *
   * @param value the text
   * @param field the field name used in the error
   * @return the text
   * @throws InvalidValueException if the text is null or holds a control character (its position
   *     is named, never the text)
   */
  public static String noControlCharacters(String value, String field) {
    notNull(value, field);
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        throw new InvalidValueException(field, String.format(
            "must not contain control characters (U+%04X at position %d)", (int) c, i));
      }
    }
    return value;
  }

  /**
   * Requires a non-null list without null elements and returns an unmodifiable copy.
   *
   * @param <T> the element type
   * @param list the list
   * @param field the field name used in the error; a null element is named {@code field[i]}
   * @return the copy
   * @throws InvalidValueException if the list or one of its elements is null
   */
  public static <T> java.util.List<T> copyOf(java.util.List<T> list, String field) {
    notNull(list, field);
    for (int i = 0, n = list.size(); i < n; i++) {
      if (list.get(i) == null) {
        throw new InvalidValueException(field + "[" + i + "]", "must not be null");
      }
    }
    return java.util.List.copyOf(list);
  }

  /** The earliest instant the SDK stores or computes with: 1900-01-01T00:00:00Z. */
  public static final java.time.Instant EARLIEST = java.time.Instant.parse("1900-01-01T00:00:00Z");

  /** The latest instant the SDK stores or computes with: 9999-12-31T23:59:59.999999Z. */
  public static final java.time.Instant LATEST = java.time.Instant.parse("9999-12-31T23:59:59.999999Z");

  /**
   * Requires a non-null instant between {@link #EARLIEST} and {@link #LATEST}, so that every
   * instant the SDK accepts converts to epoch milliseconds and microseconds and takes part in
   * day and decay arithmetic without overflow ({@code Instant.MIN} and {@code Instant.MAX} do
   * not).
   *
   * @param value the instant
   * @param field the field name used in the error
   * @return the instant
   * @throws InvalidValueException if the instant is null or out of range
   */
  public static java.time.Instant instant(java.time.Instant value, String field) {
    notNull(value, field);
    if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
      throw new InvalidValueException(field, "must lie between 1900-01-01 and 9999-12-31 (UTC)");
    }
    return value;
  }

  /**
   * Requires that two tenants are the same, so that no value links data of two tenants.
   *
   * @param expected the owning tenant
   * @param actual the tenant of the referenced value
   * @param field the field name used in the error
   * @throws TenantMismatchException if they differ
   */
  public static void sameTenant(TenantId expected, TenantId actual, String field) {
    if (!Objects.equals(expected, actual)) {
      throw new TenantMismatchException(field);
    }
  }
}
