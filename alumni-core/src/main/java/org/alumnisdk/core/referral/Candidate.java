package org.alumnisdk.core.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.alumnus.PersonName;

/**
 * The person an alumnus refers. Usually not an alumnus; when they are, {@link #alumnus()} links
 * them.
 *
 * <p>Personal data: {@link #toString()} prints only whether the candidate is an alumnus.
 *
 * @param name the candidate's name
 * @param email the candidate's e-mail address
 * @param alumnus the candidate's alumnus id when the candidate is an alumnus, else {@code null}
 * @since 0.1.0
 */
public record Candidate(@Valid PersonName name, @NotBlank @Email @Size(max = 254) String email, AlumnusId alumnus) {
  /**
   * Validates the candidate.
   *
   * @param name the candidate's name
   * @param email the candidate's e-mail address
   * @param alumnus the candidate's alumnus id when the candidate is an alumnus, else {@code null}
   * @throws org.alumnisdk.core.InvalidValueException if the name or e-mail is missing
   */
  public Candidate {
    Checks.notNull(name, "candidate.name");
    email = Checks.notBlank(email, "candidate.email");
  }

  /**
   * An external candidate (not an alumnus).
   *
   * @param name the name
   * @param email the e-mail address
   * @return the candidate
   */
  public static Candidate external(PersonName name, String email) {
    return new Candidate(name, email, null);
  }

  /**
   * The alumnus id, if the candidate is an alumnus.
   *
   * @return the id or empty
   */
  public Optional<AlumnusId> alumnusId() {
    return Optional.ofNullable(alumnus);
  }

  @Override
  public String toString() {
    return "Candidate[" + (alumnus == null ? "external" : "alumnus " + alumnus) + "]";
  }
}
