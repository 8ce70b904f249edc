package org.alumnisdk.matching.mentor;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.GroupId;

/**
 * A mentor: an alumnus who takes up to {@code capacity} mentees.
 *
 * <p>The capacity is checked by the problem (so that every bad value is reported together), not
 * here.
 *
 * @param id the alumnus
 * @param capacity how many mentees the mentor takes; must be at least 1 in a strict problem
 * @param groups groups the mentor belongs to (for example a department); may be empty
 * @since 0.1.0
 */
public record Mentor(AlumnusId id, int capacity, List<GroupId> groups) {
  /**
   * Copies the groups.
   *
   * @param id the alumnus
   * @param capacity how many mentees the mentor takes; must be at least 1 in a strict problem
   * @param groups groups the mentor belongs to (for example a department); may be empty
   * @throws NullPointerException if the id or groups are null
   */
  public Mentor {
    Checks.notNull(id, "id");
    groups = List.copyOf(groups);
  }

  /**
   * A mentor without groups.
   *
   * @param id the alumnus id text
   * @param capacity the capacity
   * @return the mentor
   */
  public static Mentor of(String id, int capacity) {
    return new Mentor(AlumnusId.of(id), capacity, List.of());
  }
}
