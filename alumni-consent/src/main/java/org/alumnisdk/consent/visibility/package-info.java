/**
 * Field-level visibility. {@link org.alumnisdk.consent.visibility.FieldVisibility} decides, per
 * {@link org.alumnisdk.core.alumnus.FieldGroup}, what a {@link org.alumnisdk.consent.visibility.Viewer}
 * in a {@link org.alumnisdk.consent.visibility.ViewerRole} (the alumnus, alumni-relations staff, a
 * recruiter, a fellow alumnus, a joint user in a group company, a processor) may see, from the
 * role's ceiling ({@link org.alumnisdk.consent.visibility.VisibilityRules}), the alumnus's
 * {@code VisibilitySettings}, the purpose gate (consents and notices) and a joint-use or task scope.
 * Deny by default; every hidden group carries a reason
 * ({@link org.alumnisdk.consent.visibility.VisibilityDecision}); redacted views are
 * {@link org.alumnisdk.consent.visibility.RedactedProfile}s.
 */
@NullMarked
package org.alumnisdk.consent.visibility;

import org.jspecify.annotations.NullMarked;
