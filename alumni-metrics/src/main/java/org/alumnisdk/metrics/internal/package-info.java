/**
 * Implementation details of the metrics module (half-life arithmetic, day bit sets). Not API:
 * may change without notice.
 */
@NullMarked
package org.alumnisdk.metrics.internal;

import org.jspecify.annotations.NullMarked;
