/**
 * Offboarding import: {@link org.alumnisdk.core.offboarding.Offboarding} turns an HRIS
 * {@link org.alumnisdk.core.offboarding.LeaverRecord} into an invited alumnus, or updates the one
 * with the same external id, and reports an {@link org.alumnisdk.core.offboarding.ImportOutcome}.
 * Re-imports are idempotent.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.offboarding;

import org.jspecify.annotations.NullMarked;
