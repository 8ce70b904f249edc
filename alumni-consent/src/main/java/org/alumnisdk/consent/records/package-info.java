/**
 * Statutory records of third-party provision (Art. 29) and receipt (Art. 30): {@link org.alumnisdk.consent.records.ProvisionRecord} and {@link org.alumnisdk.consent.records.ReceiptRecord}, kept by {@link org.alumnisdk.consent.records.RecordBook} for the retention period of their {@link org.alumnisdk.consent.records.RecordRetention} rules (1 or 3 years by default, configurable), with a read API by alumnus for disclosure requests and a purge that never deletes a record early.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.consent.records;

import org.jspecify.annotations.NullMarked;
