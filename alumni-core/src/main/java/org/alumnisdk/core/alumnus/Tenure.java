package org.alumnisdk.core.alumnus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * One period of employment with the company.
 *
 * @param department the department
 * @param jobTitle the job title
 * @param jobFamily the job family (e.g. {@code engineering})
 * @param grade the grade
 * @param workLocation where the person worked
 * @param start the first day
 * @param end the last day, or {@code null} while the tenure is ongoing (see {@link #endDate()})
 * @since 0.1.0
 */
public record Tenure(
    @NotBlank @Size(max = 200) String department,
    @NotBlank @Size(max = 200) String jobTitle,
    @NotBlank @Size(max = 100) String jobFamily,
    @Valid Grade grade,
    @Valid Location workLocation,
    LocalDate start,
    LocalDate end) {
  /**
   * Validates the tenure.
   *
   * @param department the department
   * @param jobTitle the job title
   * @param jobFamily the job family (e.g. {@code engineering})
   * @param grade the grade
   * @param workLocation where the person worked
   * @param start the first day
   * @param end the last day, or {@code null} while the tenure is ongoing (see {@link #endDate()})
   * @throws InvalidValueException if a field is missing or the end precedes the start
   */
  public Tenure {
    department = Checks.notBlank(department, "tenure.department");
    jobTitle = Checks.notBlank(jobTitle, "tenure.jobTitle");
    jobFamily = Checks.notBlank(jobFamily, "tenure.jobFamily");
    Checks.notNull(grade, "tenure.grade");
    workLocation = workLocation == null ? Location.unknown() : workLocation;
    Checks.notNull(start, "tenure.start");
    if (end != null && end.isBefore(start)) {
      throw new InvalidValueException("tenure.end", "must not precede tenure.start");
    }
  }

  /**
   * The last day, if the tenure has ended.
   *
   * @return the end date, or empty while ongoing
   */
  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(end);
  }

  /**
   * Whether the tenure is still ongoing.
   *
   * @return true if it has no end date
   */
  @JsonIgnore
  public boolean isOngoing() {
    return end == null;
  }
}
