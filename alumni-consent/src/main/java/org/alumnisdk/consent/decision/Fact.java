package org.alumnisdk.consent.decision;

import java.util.Optional;
import org.alumnisdk.core.Checks;

/**
 * A fact a decision depends on, which is either known (with its value) or unknown.
 *
 * <p>Rules fail closed: a rule that needs an unknown fact does not guess, it denies and names the
 * missing fact.
 *
 * @param <T> the type of the value
 * @since 0.1.0
 */
public sealed interface Fact<T> permits Fact.Known, Fact.Unknown {

  /**
   * A fact whose value is known.
   *
   * @param value the value, never null
   * @param <T> the type of the value
   */
  record Known<T>(T value) implements Fact<T> {
    /**
     * Validates the value.
     *
     * @param value the value, never null
     * @throws org.alumnisdk.core.InvalidValueException if the value is null
     */
    public Known {
      Checks.notNull(value, "fact.value");
    }
  }

  /**
   * A fact whose value is not known.
   *
   * @param <T> the type the value would have
   */
  record Unknown<T>() implements Fact<T> {}

  /**
   * Creates a known fact.
   *
   * @param value the value
   * @param <T> the type of the value
   * @return the fact
   * @throws org.alumnisdk.core.InvalidValueException if the value is null
   */
  static <T> Fact<T> known(T value) {
    return new Known<>(value);
  }

  /**
   * Creates an unknown fact.
   *
   * @param <T> the type the value would have
   * @return the fact
   */
  static <T> Fact<T> unknown() {
    return new Unknown<>();
  }

  /**
   * Returns a known-true boolean fact.
   *
   * @return the fact
   */
  static Fact<Boolean> yes() {
    return new Known<>(Boolean.TRUE);
  }

  /**
   * Returns a known-false boolean fact.
   *
   * @return the fact
   */
  static Fact<Boolean> no() {
    return new Known<>(Boolean.FALSE);
  }

  /**
   * Says whether the value is known.
   *
   * @return true if known
   */
  default boolean isKnown() {
    return this instanceof Known;
  }

  /**
   * Returns the value if known.
   *
   * @return the value, or empty when unknown
   */
  default Optional<T> asOptional() {
    return this instanceof Known<T> k ? Optional.of(k.value()) : Optional.empty();
  }

  /**
   * Says whether the fact is known and equal to the given value.
   *
   * @param expected the value to compare with
   * @return true only if known and equal
   */
  default boolean is(T expected) {
    return this instanceof Known<T> k && k.value().equals(expected);
  }
}
