package org.alumnisdk.metrics.kpi;

import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;

/**
 * One stage of a conversion funnel: the alumni who reached it.
 *
 * @param name the stage name, e.g. {@code attended}
 * @param members the alumni who reached the stage
 * @since 0.1.0
 */
public record FunnelStage(String name, Set<AlumnusId> members) {
  /**
   * Validates and copies.
   *
   * @param name the stage name, e.g. {@code attended}
   * @param members the alumni who reached the stage
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public FunnelStage {
    name = Checks.notBlank(name, "stage.name");
    members = Set.copyOf(Checks.notNull(members, "stage.members"));
  }
}
