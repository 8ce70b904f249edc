package org.alumnisdk.matching.mentor;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.GroupId;

/**
 * A mentee: an alumnus who gets at most one mentor.
 *
 * @param id the alumnus
 * @param groups groups the mentee belongs to (used by {@link GroupQuota}); may be empty
 * @since 0.1.0
 */
public record Mentee(AlumnusId id, List<GroupId> groups) {
  /**
   * Copies the groups.
   *
   * @param id the alumnus
   * @param groups groups the mentee belongs to (used by {@link GroupQuota}); may be empty
   * @throws NullPointerException if the id or groups are null
   */
  public Mentee {
    Checks.notNull(id, "id");
    groups = List.copyOf(groups);
  }

  /**
   * A mentee without groups.
   *
   * @param id the alumnus id text
   * @return the mentee
   */
  public static Mentee of(String id) {
    return new Mentee(AlumnusId.of(id), List.of());
  }
}
