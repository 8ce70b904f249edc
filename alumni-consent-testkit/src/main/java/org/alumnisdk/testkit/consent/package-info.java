/**
 * Contract tests for the consent storage ports of {@code org.alumnisdk.consent.spi}. A host that
 * writes its own adapter extends one contract per port, returns a fresh empty store from
 * {@code create()}, and, when the adapter can be instantiated twice over the same storage (two
 * application instances over one database), returns that second instance from
 * {@code sameStorage(...)}: the contracts then check that every write made through one instance
 * is read by the other, which is what the consent gate relies on.
 *
 * <p>Kept apart from {@code alumni-testkit} because the consent module's own tests use that
 * testkit. Experimental until 1.0.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.testkit.consent;

import org.jspecify.annotations.NullMarked;
