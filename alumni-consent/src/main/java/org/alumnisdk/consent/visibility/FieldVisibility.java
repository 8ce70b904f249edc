package org.alumnisdk.consent.visibility;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.FieldGroup;
import org.alumnisdk.core.alumnus.Visibility;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;

/**
 * Decides which field groups of a profile a viewer may see, and produces redacted views. Deny by
 * default: a group is visible only if the role's ceiling includes it, the alumnus's setting admits
 * the role, the purpose gate allows the purpose (consent and notice), and, for joint users and
 * processors, the arrangement or task covers it. Stateless and thread-safe.
 *
 * <p>Settings admit roles as follows: {@code ONLY_ME} only the alumnus; {@code STAFF} also the
 * operator's side (staff, recruiters, joint users, processors); {@code ALUMNI} also fellow alumni.
 *
 * @since 0.1.0
 */
public final class FieldVisibility {
  private final PurposeGate gate;
  private final VisibilityRules rules;

  private FieldVisibility(PurposeGate gate, VisibilityRules rules) {
    this.gate = gate;
    this.rules = rules;
  }

  /**
   * Creates the service.
   *
   * @param gate the purpose gate (consents and notices)
   * @param rules the role ceilings
   * @return the service
   * @throws org.alumnisdk.core.InvalidValueException if an argument is null
   */
  public static FieldVisibility of(PurposeGate gate, VisibilityRules rules) {
    return new FieldVisibility(Checks.notNull(gate, "gate"), Checks.notNull(rules, "rules"));
  }

  /**
   * Decides what a viewer may see.
   *
   * @param viewer the viewer
   * @param profile the profile
   * @param at when
   * @return the decision
   * @throws org.alumnisdk.core.TenantMismatchException if the viewer is of another tenant
   */
  public VisibilityDecision decide(Viewer viewer, Alumnus profile, Instant at) {
    Checks.notNull(viewer, "viewer");
    Checks.notNull(profile, "profile");
    Checks.notNull(at, "at");
    Checks.sameTenant(profile.tenant(), viewer.tenant(), "viewer.tenant");
    Set<FieldGroup> visible = EnumSet.noneOf(FieldGroup.class);
    Map<FieldGroup, String> hidden = new EnumMap<>(FieldGroup.class);
    ViewerRole role = viewer.role();
    String roleBlock = null;
    if (role == ViewerRole.SELF) {
      if (!profile.id().equals(viewer.self())) {
        roleBlock = "not the alumnus themself";
      }
    } else {
      if (role == ViewerRole.FELLOW_ALUMNUS && profile.id().equals(viewer.self())) {
        roleBlock = "use the SELF role to view one's own profile";
      } else {
        GateDecision g = gate.check(profile.tenant(), profile.id(), viewer.purpose(), at);
        if (!g.allowed()) {
          roleBlock = "purpose " + viewer.purpose() + " not covered: " + g.reason();
        } else if (role == ViewerRole.JOINT_USER && !viewer.jointUseNotifiedBeforehand()) {
          roleBlock = "joint use was not notified beforehand (Art. 27(5)(iii))";
        }
      }
    }
    Set<FieldGroup> ceiling = rules.ceiling(role);
    for (FieldGroup group : FieldGroup.values()) {
      String why = roleBlock;
      if (why == null && !ceiling.contains(group)) {
        why = "outside what the role " + role + " may see";
      }
      if (why == null && role != ViewerRole.SELF && !admits(profile.visibility().of(group), role)) {
        why = "the alumnus's setting " + profile.visibility().of(group) + " does not admit " + role;
      }
      if (why == null && (role == ViewerRole.JOINT_USER || role == ViewerRole.PROCESSOR) && !viewer.scope().contains(group)) {
        why = role == ViewerRole.JOINT_USER ? "not a joint-use item" : "not needed for the entrusted task";
      }
      if (why == null) {
        visible.add(group);
      } else {
        hidden.put(group, why);
      }
    }
    return new VisibilityDecision(visible, hidden);
  }

  private static boolean admits(Visibility setting, ViewerRole role) {
    return switch (setting) {
      case ONLY_ME -> false;
      case STAFF -> role != ViewerRole.FELLOW_ALUMNUS;
      case ALUMNI -> true;
    };
  }

  /**
   * Returns the redacted view of a profile for a viewer.
   *
   * @param viewer the viewer
   * @param profile the profile
   * @param at when
   * @return the view
   * @throws org.alumnisdk.core.TenantMismatchException if the viewer is of another tenant
   */
  public RedactedProfile view(Viewer viewer, Alumnus profile, Instant at) {
    VisibilityDecision d = decide(viewer, profile, at);
    return new RedactedProfile(profile.id(),
        d.sees(FieldGroup.NAME) ? Optional.of(profile.name()) : Optional.empty(),
        d.sees(FieldGroup.CONTACT) ? profile.contacts() : List.of(),
        d.sees(FieldGroup.EMPLOYMENT_HISTORY) ? profile.employment() : List.of(),
        d.sees(FieldGroup.DEPARTURE) ? Optional.of(profile.departure()) : Optional.empty(),
        d.sees(FieldGroup.CURRENT_SITUATION) ? Optional.of(profile.current()) : Optional.empty(),
        d.sees(FieldGroup.SKILLS) ? profile.skills() : List.of(),
        d.sees(FieldGroup.LANGUAGES) ? profile.languages() : List.of(),
        d.sees(FieldGroup.WILLINGNESS) ? Optional.of(profile.willingness()) : Optional.empty(),
        d.visible());
  }
}
