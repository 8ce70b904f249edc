package org.alumnisdk.core.alumnus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.alumnisdk.core.Checks;

/**
 * A way to reach a person, with whether it was verified.
 *
 * <p>Personal data: {@link #toString()} prints only the kind and the verified flag.
 *
 * @param kind e-mail or phone
 * @param value the address or number as given
 * @param verified whether the person proved control of it
 * @since 0.1.0
 */
public record ContactPoint(@NotNull Kind kind, @NotBlank @Size(max = 254) String value, boolean verified) {
  /** The kind of contact point. */
  public enum Kind {
    /** An e-mail address. */
    EMAIL,
    /** A phone number. */
    PHONE
  }

  /**
   * Validates the contact point.
   *
   * @param kind e-mail or phone
   * @param value the address or number as given
   * @param verified whether the person proved control of it
   * @throws org.alumnisdk.core.InvalidValueException if the kind or value is missing
   */
  public ContactPoint {
    Checks.notNull(kind, "contact.kind");
    value = Checks.notBlank(value, "contact.value");
  }

  /**
   * An e-mail address.
   *
   * @param address the address
   * @param verified whether it was verified
   * @return the contact point
   */
  public static ContactPoint email(String address, boolean verified) {
    return new ContactPoint(Kind.EMAIL, address, verified);
  }

  /**
   * A phone number.
   *
   * @param number the number
   * @param verified whether it was verified
   * @return the contact point
   */
  public static ContactPoint phone(String number, boolean verified) {
    return new ContactPoint(Kind.PHONE, number, verified);
  }

  /** Prints the kind and the verified flag, never the value. */
  @Override
  public String toString() {
    return "ContactPoint[" + kind + (verified ? ", verified" : ", unverified") + "]";
  }
}
