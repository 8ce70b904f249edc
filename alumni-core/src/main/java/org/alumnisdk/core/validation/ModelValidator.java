package org.alumnisdk.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.alumnisdk.core.AlumniException;
import org.alumnisdk.core.Checks;

/**
 * The one entry point for validating model values against their Jakarta Bean Validation
 * constraints; returns typed {@link Violation}s with English and Japanese messages.
 *
 * <p>Three ways to get one:
 *
 * <ul>
 *   <li>{@link #using(Validator)}: the host's provider (Hibernate Validator, Apache BVal), e.g.
 *       the one Spring Boot or Jakarta EE configured;
 *   <li>{@link #usingDefaultProvider()}: bootstraps the provider on the class path with an EL-free
 *       message interpolator, so no Expression Language implementation is needed;
 *   <li>{@link #builtIn()}: no provider at all: the SDK interprets the standard constraints it
 *       uses ({@code NotNull}, {@code NotBlank}, {@code NotEmpty}, {@code Size}, {@code Pattern},
 *       {@code Email}, {@code Min}, {@code Max}, {@code Positive}, {@code PositiveOrZero}, composed
 *       constraints of those, and {@code Valid} cascades into records, lists, maps and optionals).
 * </ul>
 *
 * <p>All three report the same paths and codes for the SDK's records (tested against Hibernate
 * Validator); {@code Email} is the exception, where the built-in check is stricter. Thread-safe.
 *
 * @since 0.1.0
 */
public interface ModelValidator {
  /**
   * Validates a value and everything it cascades to.
   *
   * @param value the value (a model record)
   * @return the violations, sorted by path then code; empty if valid
   */
  List<Violation> validate(Object value);

  /**
   * Validates a value and throws when it is invalid.
   *
   * @param value the value
   * @param <T> its type
   * @return the value, when valid
   * @throws ModelValidationException listing the violations
   */
  default <T> T check(T value) {
    List<Violation> v = validate(value);
    if (!v.isEmpty()) {
      throw new ModelValidationException(v);
    }
    return value;
  }

  /**
   * The built-in validator: needs no Bean Validation provider.
   *
   * @return the validator
   */
  static ModelValidator builtIn() {
    return BuiltInValidator.INSTANCE;
  }

  /**
   * A validator backed by a Jakarta Validation provider.
   *
   * @param validator the provider's validator
   * @return the validator
   */
  static ModelValidator using(Validator validator) {
    Objects.requireNonNull(validator, "validator");
    return value -> {
      Checks.notNull(value, "value");
      List<Violation> out = new ArrayList<>();
      for (ConstraintViolation<Object> cv : validator.validate(value)) {
        String code = cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = cv.getConstraintDescriptor().getAttributes();
        String[] m = Messages.of(code, attributes, cv.getMessage());
        out.add(new Violation(cv.getPropertyPath().toString(), code, m[0], m[1]));
      }
      Collections.sort(out);
      return List.copyOf(out);
    };
  }

  /**
   * A validator backed by the Jakarta Validation provider found on the class path, bootstrapped
   * with an EL-free message interpolator.
   *
   * @return the validator
   * @throws AlumniException if no provider is on the class path (add e.g.
   *     {@code org.hibernate.validator:hibernate-validator}, or use {@link #builtIn()})
   */
  static ModelValidator usingDefaultProvider() {
    try {
      Validator v = Validation.byDefaultProvider().configure()
          .messageInterpolator(new PlainInterpolator())
          .buildValidatorFactory()
          .getValidator();
      return using(v);
    } catch (NoProviderFoundException e) {
      throw new AlumniException("no Jakarta Validation provider on the class path: add "
          + "org.hibernate.validator:hibernate-validator, or use ModelValidator.builtIn()", e);
    }
  }

  /** Replaces {attribute} placeholders; never evaluates expressions. */
  final class PlainInterpolator implements MessageInterpolator {
    /** Creates the interpolator. */
    public PlainInterpolator() {}

    @Override
    public String interpolate(String template, Context context) {
      return interpolate(template, context, Locale.ROOT);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return Messages.fill(template, context.getConstraintDescriptor().getAttributes());
    }
  }
}
