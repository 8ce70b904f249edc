package org.alumnisdk.core.roster;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What a roster import did.
 *
 * @param rows the data rows read
 * @param created alumni created
 * @param updated alumni updated
 * @param unchanged alumni whose rows held nothing new
 * @param errors the row-level errors, by line
 * @param committed whether anything was written: false when an all-or-nothing import found an
 *     error (then created, updated and unchanged count what would have happened)
 * @since 0.1.0
 */
public record RosterImportResult(int rows, int created, int updated, int unchanged,
    List<RosterError> errors, boolean committed) {
  /**
   * Copies the errors.
   *
   * @param rows the data rows read
   * @param created alumni created
   * @param updated alumni updated
   * @param unchanged alumni whose rows held nothing new
   * @param errors the row-level errors, by line
   * @param committed whether anything was written: false when an all-or-nothing import found an
   *     error (then created, updated and unchanged count what would have happened)
   */
  public RosterImportResult {
    errors = List.copyOf(errors);
  }

  /**
   * Whether every row was accepted.
   *
   * @return true if there are no errors
   */
  @JsonIgnore
  public boolean isClean() {
    return errors.isEmpty();
  }
}
