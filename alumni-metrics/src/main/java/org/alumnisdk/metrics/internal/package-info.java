/**
 * Implementation details of the metrics module (half-life arithmetic, day bit sets). Not API:
 * may change without notice.
 */
package org.alumnisdk.metrics.internal;
