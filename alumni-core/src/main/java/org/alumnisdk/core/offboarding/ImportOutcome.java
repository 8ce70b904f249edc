package org.alumnisdk.core.offboarding;

import org.alumnisdk.core.alumnus.Alumnus;

/**
 * What importing one leaver record did.
 *
 * @since 0.1.0
 */
public sealed interface ImportOutcome permits ImportOutcome.Created, ImportOutcome.Updated, ImportOutcome.Unchanged {
  /**
   * The stored alumnus after the import.
   *
   * @return the alumnus
   */
  Alumnus alumnus();

  /**
   * A new invited alumnus was created.
   *
   * @param alumnus the stored alumnus
   */
  record Created(Alumnus alumnus) implements ImportOutcome {}

  /**
   * The existing alumnus with this external id was updated.
   *
   * @param alumnus the stored alumnus
   * @param leftAgain whether the record ended a rehire (membership REHIRED → INVITED)
   */
  record Updated(Alumnus alumnus, boolean leftAgain) implements ImportOutcome {}

  /**
   * The record held nothing new; nothing was written.
   *
   * @param alumnus the stored alumnus
   */
  record Unchanged(Alumnus alumnus) implements ImportOutcome {}
}
