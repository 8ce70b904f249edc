package org.alumnisdk.core.alumnus;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.alumnisdk.core.Checks;

/**
 * Per-field-group visibility chosen by the alumnus. A group without a setting is {@link
 * Visibility#ONLY_ME}: deny by default.
 *
 * @param settings the chosen visibility per field group
 * @since 0.1.0
 */
public record VisibilitySettings(Map<FieldGroup, Visibility> settings) {
  /**
   * Copies the settings.
   *
   * @param settings the chosen visibility per field group
   * @throws org.alumnisdk.core.InvalidValueException if the map is null
   */
  public VisibilitySettings {
    Checks.notNull(settings, "visibility");
    EnumMap<FieldGroup, Visibility> copy = new EnumMap<>(FieldGroup.class);
    copy.putAll(settings);
    settings = Collections.unmodifiableMap(copy);
  }

  /**
   * No group shared beyond the alumnus.
   *
   * @return the settings
   */
  public static VisibilitySettings privateByDefault() {
    return new VisibilitySettings(Map.of());
  }

  /**
   * The visibility of a group.
   *
   * @param group the group
   * @return the chosen visibility, {@link Visibility#ONLY_ME} when none was chosen
   */
  public Visibility of(FieldGroup group) {
    return settings.getOrDefault(group, Visibility.ONLY_ME);
  }

  /**
   * A copy with one group changed.
   *
   * @param group the group
   * @param visibility the new visibility
   * @return the new settings
   */
  public VisibilitySettings with(FieldGroup group, Visibility visibility) {
    EnumMap<FieldGroup, Visibility> copy = new EnumMap<>(FieldGroup.class);
    copy.putAll(settings);
    copy.put(group, visibility);
    return new VisibilitySettings(copy);
  }
}
