package org.alumnisdk.consent.visibility;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.alumnus.FieldGroup;

/**
 * Which field groups a viewer may see, and why each other group is hidden.
 *
 * @param visible the visible groups
 * @param hidden the hidden groups, each with its reason
 * @since 0.1.0
 */
public record VisibilityDecision(Set<FieldGroup> visible, Map<FieldGroup, String> hidden) {
  /**
   * Copies.
   *
   * @param visible the visible groups
   * @param hidden the hidden groups, each with its reason
   * @throws org.alumnisdk.core.InvalidValueException if null
   */
  public VisibilityDecision {
    visible = Set.copyOf(Checks.notNull(visible, "visible"));
    EnumMap<FieldGroup, String> h = new EnumMap<>(FieldGroup.class);
    h.putAll(Checks.notNull(hidden, "hidden"));
    hidden = Collections.unmodifiableMap(h);
  }

  /**
   * Says whether a group is visible.
   *
   * @param group the group
   * @return true if visible
   */
  public boolean sees(FieldGroup group) {
    return visible.contains(group);
  }
}
