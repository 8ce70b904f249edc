package org.alumnisdk.matching.mentor;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.GroupId;

/**
 * A distributional constraint: each mentor takes at most {@code maxPerMentor} mentees of one mentee
 * group (for example at most one mentee from the mentor's own department, or at most two juniors).
 *
 * <p>Exact in the optimal method (a node per mentor and group in the flow network). In deferred
 * acceptance it is a documented heuristic: a mentor whose quota for a group is full accepts a new
 * mentee of that group only in exchange for a worse one of the same group.
 *
 * @param group the mentee group
 * @param maxPerMentor the most mentees of the group per mentor, at least 0
 * @since 0.1.0
 */
public record GroupQuota(GroupId group, int maxPerMentor) {
  /**
   * Validates the id (the bound is checked by the problem).
   *
   * @param group the mentee group
   * @param maxPerMentor the most mentees of the group per mentor, at least 0
   * @throws NullPointerException if the group is null
   */
  public GroupQuota {
    Checks.notNull(group, "group");
  }
}
