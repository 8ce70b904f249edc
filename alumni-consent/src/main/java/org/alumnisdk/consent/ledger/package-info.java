/**
 * The append-only, hash-chained consent ledger: {@link org.alumnisdk.consent.ledger.ConsentEvent} values (requested, given, refused, withdrawn, expired, renewed, invalidated) are encoded by {@link org.alumnisdk.consent.ledger.EventCodec}, chained per tenant with SHA-256 by {@link org.alumnisdk.consent.ledger.ConsentLedger} into a {@link org.alumnisdk.consent.spi.ConsentLedgerStore}, and folded into a {@link org.alumnisdk.consent.ledger.ConsentState} as of any instant in logarithmic time; {@link org.alumnisdk.consent.ledger.ChainVerification} names the first bad position of a tampered chain, and {@link org.alumnisdk.consent.ledger.ConsentReceipt} exports ISO/IEC TS 27560 receipts as JSON.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.consent.ledger;

import org.jspecify.annotations.NullMarked;
