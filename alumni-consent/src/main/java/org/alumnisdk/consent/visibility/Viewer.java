package org.alumnisdk.consent.visibility;

import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.FieldGroup;

/**
 * A viewer: tenant, role, who they are (for the alumnus and fellow alumni), the purpose they look for,
 * and, for joint users and processors, the field groups their arrangement or task covers.
 *
 * @param tenant the tenant
 * @param role the role
 * @param self the viewer's own alumnus id (SELF and FELLOW_ALUMNUS), or null
 * @param purpose the purpose of the access
 * @param scope for JOINT_USER the joint-use items, for PROCESSOR the task's groups; empty otherwise
 * @param jointUseNotifiedBeforehand for JOINT_USER, whether the persons were notified beforehand
 * @since 0.1.0
 */
public record Viewer(TenantId tenant, ViewerRole role, AlumnusId self, PurposeId purpose, Set<FieldGroup> scope,
    boolean jointUseNotifiedBeforehand) {
  /**
   * Validates.
   *
   * @param tenant the tenant
   * @param role the role
   * @param self the viewer's own alumnus id (SELF and FELLOW_ALUMNUS), or null
   * @param purpose the purpose of the access
   * @param scope for JOINT_USER the joint-use items, for PROCESSOR the task's groups; empty otherwise
   * @param jointUseNotifiedBeforehand for JOINT_USER, whether the persons were notified beforehand
   * @throws InvalidValueException naming the field if inconsistent
   */
  public Viewer {
    Checks.notNull(tenant, "viewer.tenant");
    Checks.notNull(role, "viewer.role");
    Checks.notNull(purpose, "viewer.purpose");
    scope = Set.copyOf(Checks.notNull(scope, "viewer.scope"));
    if ((role == ViewerRole.SELF || role == ViewerRole.FELLOW_ALUMNUS) && self == null) {
      throw new InvalidValueException("viewer.self", "is required for " + role);
    }
  }

  /**
   * The alumnus themself.
   *
   * @param tenant the tenant
   * @param me the alumnus
   * @return the viewer
   */
  public static Viewer self(TenantId tenant, AlumnusId me) {
    return new Viewer(tenant, ViewerRole.SELF, me, PurposeId.of("self-service"), Set.of(), false);
  }

  /**
   * A viewer in a role without a scope (staff, recruiter).
   *
   * @param tenant the tenant
   * @param role the role
   * @param purpose the purpose
   * @return the viewer
   */
  public static Viewer of(TenantId tenant, ViewerRole role, PurposeId purpose) {
    return new Viewer(tenant, role, null, purpose, Set.of(), false);
  }

  /**
   * A fellow alumnus.
   *
   * @param tenant the tenant
   * @param me the viewer's alumnus id
   * @param purpose the purpose (e.g. mentoring)
   * @return the viewer
   */
  public static Viewer fellow(TenantId tenant, AlumnusId me, PurposeId purpose) {
    return new Viewer(tenant, ViewerRole.FELLOW_ALUMNUS, me, purpose, Set.of(), false);
  }

  /**
   * A joint user under an arrangement.
   *
   * @param tenant the tenant
   * @param purpose the purpose
   * @param items the joint-use items
   * @param notifiedBeforehand whether the persons were notified beforehand
   * @return the viewer
   */
  public static Viewer jointUser(TenantId tenant, PurposeId purpose, Set<FieldGroup> items, boolean notifiedBeforehand) {
    return new Viewer(tenant, ViewerRole.JOINT_USER, null, purpose, items, notifiedBeforehand);
  }

  /**
   * A processor doing a task.
   *
   * @param tenant the tenant
   * @param purpose the operator's purpose the task serves
   * @param task the field groups the task needs
   * @return the viewer
   */
  public static Viewer processor(TenantId tenant, PurposeId purpose, Set<FieldGroup> task) {
    return new Viewer(tenant, ViewerRole.PROCESSOR, null, purpose, task, false);
  }
}
