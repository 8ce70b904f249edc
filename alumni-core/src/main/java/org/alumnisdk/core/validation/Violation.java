package org.alumnisdk.core.validation;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * One broken constraint: where, which rule, and a message in English and Japanese. Messages
 * never echo the rejected value (it may be personal data).
 *
 * @param path the property path, e.g. {@code name.familyKana} or {@code contacts[0].value}
 * @param code the constraint's code: the simple name of its annotation (e.g. {@code NotBlank},
 *     {@code Size}), or {@code Invalid} for a value a constructor rejected
 * @param messageEn the English message
 * @param messageJa the Japanese message
 * @since 0.1.0
 */
public record Violation(String path, String code, String messageEn, String messageJa)
    implements Comparable<Violation> {
  /**
   * Validates the violation.
   *
   * @param path the property path, e.g. {@code name.familyKana} or {@code contacts[0].value}
   * @param code the constraint's code: the simple name of its annotation (e.g. {@code NotBlank},
   *     {@code Size}), or {@code Invalid} for a value a constructor rejected
   * @param messageEn the English message
   * @param messageJa the Japanese message
   * @throws InvalidValueException if a part is missing
   */
  public Violation {
    Checks.notNull(path, "path");
    code = Checks.notBlank(code, "code");
    messageEn = Checks.notBlank(messageEn, "messageEn");
    messageJa = Checks.notBlank(messageJa, "messageJa");
  }

  /**
   * The violation a constructor's {@link InvalidValueException} stands for.
   *
   * @param e the exception
   * @return the violation, code {@code Invalid}
   */
  public static Violation of(InvalidValueException e) {
    String problem = e.getMessage().startsWith(e.field() + ": ")
        ? e.getMessage().substring(e.field().length() + 2) : e.getMessage();
    return new Violation(e.field(), "Invalid", problem, "値が不正です: " + problem);
  }

  /**
   * A copy with a prefix before the path (e.g. a row or record name).
   *
   * @param prefix the prefix
   * @return the copy
   */
  public Violation under(String prefix) {
    return new Violation(path.isEmpty() ? prefix : prefix + "." + path, code, messageEn, messageJa);
  }

  @Override
  public int compareTo(Violation o) {
    int c = path.compareTo(o.path);
    return c != 0 ? c : code.compareTo(o.code);
  }
}
