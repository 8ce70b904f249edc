/**
 * Implementation details shared by the core packages (the versioned table behind the in-memory stores, a small strict JSON reader and writer). Not API: may change in any release and is excluded from Javadoc.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.internal;

import org.jspecify.annotations.NullMarked;
