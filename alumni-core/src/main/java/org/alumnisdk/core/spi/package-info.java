/**
 * Ports the host implements (or takes from {@code inmemory}): one repository per aggregate, all extending {@link org.alumnisdk.core.spi.VersionedRepository}, the append-only {@link org.alumnisdk.core.spi.ActivityLog}, {@link org.alumnisdk.core.spi.IdGenerator} and the consent-facing {@link org.alumnisdk.core.spi.PurposeGate}. Every call is tenant-scoped, finders never return null, and updates use optimistic versions. Each port has an abstract contract test in {@code alumni-testkit}. Experimental SPI until 1.0.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.spi;

import org.jspecify.annotations.NullMarked;
