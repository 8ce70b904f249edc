/**
 * The purpose gate: {@link org.alumnisdk.consent.gate.ConsentPurposeGate} implements the core {@link org.alumnisdk.core.spi.PurposeGate} port over the catalogue, the notice registry and the ledger, failing closed with a {@link org.alumnisdk.consent.gate.MissingFact} and a reason that cites the article.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.consent.gate;

import org.jspecify.annotations.NullMarked;
