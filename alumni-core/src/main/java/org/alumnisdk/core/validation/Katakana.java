package org.alumnisdk.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value is empty or written in full-width katakana (with the prolonged sound mark, middle dot
 * and spaces): the form of name readings (furigana) in Japanese HR systems. Composed from
 * {@link Pattern}, so every Jakarta Validation provider checks it.
 *
 * @since 0.1.0
 */
@Documented
@Pattern(regexp = Katakana.REGEXP)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@jakarta.validation.ReportAsSingleViolation
public @interface Katakana {
  /** The regular expression behind the constraint. */
  String REGEXP = "[\\u30A1-\\u30FA\\u30FC\\u30FB\\u3000 ]*";

  /**
   * The message; plain text, no EL.
   *
   * @return the message
   */
  String message() default "must be written in katakana";

  /**
   * Validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
