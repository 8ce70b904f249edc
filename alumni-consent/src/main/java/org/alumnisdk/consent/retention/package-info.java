/**
 * Retention per purpose (Art. 22): when a purpose ends, {@link org.alumnisdk.consent.retention.RetentionPlanner} turns an inventory of {@link org.alumnisdk.consent.retention.DataHolding} values into a {@link org.alumnisdk.consent.retention.RetentionPlan} of deletions and anonymisations, and reports overdue data.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.consent.retention;

import org.jspecify.annotations.NullMarked;
