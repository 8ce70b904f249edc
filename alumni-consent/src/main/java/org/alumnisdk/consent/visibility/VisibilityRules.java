package org.alumnisdk.consent.visibility;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.alumnus.FieldGroup;

/**
 * The most each role may ever see, before the alumnus's settings, consents and scopes narrow it.
 * A role absent from the map sees nothing (deny by default).
 *
 * @param ceilings per role, the field groups it may see at most
 * @since 0.1.0
 */
public record VisibilityRules(Map<ViewerRole, Set<FieldGroup>> ceilings) {
  /**
   * Validates and copies.
   *
   * @param ceilings per role, the field groups it may see at most
   * @throws org.alumnisdk.core.InvalidValueException if null
   */
  public VisibilityRules {
    EnumMap<ViewerRole, Set<FieldGroup>> copy = new EnumMap<>(ViewerRole.class);
    Checks.notNull(ceilings, "ceilings").forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    ceilings = Collections.unmodifiableMap(copy);
  }

  /**
   * The defaults: the alumnus sees everything; staff everything; recruiters everything but the
   * departure (which may hold special care-required leave reasons); fellow alumni name, employment,
   * current situation, skills, languages, willingness and contact; joint users and processors at
   * most what staff see (their scope narrows it).
   *
   * @return the rules
   */
  public static VisibilityRules defaults() {
    Set<FieldGroup> all = EnumSet.allOf(FieldGroup.class);
    Set<FieldGroup> noDeparture = EnumSet.complementOf(EnumSet.of(FieldGroup.DEPARTURE));
    Map<ViewerRole, Set<FieldGroup>> m = new EnumMap<>(ViewerRole.class);
    m.put(ViewerRole.SELF, all);
    m.put(ViewerRole.ALUMNI_RELATIONS_STAFF, all);
    m.put(ViewerRole.RECRUITER, noDeparture);
    m.put(ViewerRole.FELLOW_ALUMNUS, noDeparture);
    m.put(ViewerRole.JOINT_USER, noDeparture);
    m.put(ViewerRole.PROCESSOR, all);
    return new VisibilityRules(m);
  }

  /**
   * Returns a role's ceiling.
   *
   * @param role the role
   * @return the groups, empty if the role is not listed
   */
  public Set<FieldGroup> ceiling(ViewerRole role) {
    return ceilings.getOrDefault(role, Set.of());
  }
}
