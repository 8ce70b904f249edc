/**
 * Export of result records without Jackson: {@link org.alumnisdk.metrics.export.Csv} (RFC 4180,
 * nested records flattened to dotted columns) and {@link org.alumnisdk.metrics.export.JsonExport}
 * (compact JSON, component order). Both work on any record, e.g. lists of
 * {@link org.alumnisdk.metrics.kpi.Kpi} or {@link org.alumnisdk.metrics.MemberMetrics}.
 */
@NullMarked
package org.alumnisdk.metrics.export;

import org.jspecify.annotations.NullMarked;
