package org.alumnisdk.matching.mentor;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;

/**
 * The ranked list of one participant: the other side's members it accepts, most preferred first.
 * Lists may be incomplete: anyone not listed is unacceptable.
 *
 * @param owner whose list this is (a mentee or a mentor)
 * @param ranked the accepted members of the other side, most preferred first
 * @since 0.1.0
 */
public record Preference(AlumnusId owner, List<AlumnusId> ranked) {
  /**
   * Copies the list.
   *
   * @param owner whose list this is (a mentee or a mentor)
   * @param ranked the accepted members of the other side, most preferred first
   * @throws NullPointerException if a component or an entry is null
   */
  public Preference {
    Checks.notNull(owner, "owner");
    ranked = List.copyOf(ranked);
  }
}
