/**
 * The APPI decision engine. A {@link org.alumnisdk.consent.decision.DecisionRequest} says who
 * wants to do what ({@link org.alumnisdk.consent.decision.Action}) with which
 * {@link org.alumnisdk.consent.decision.DataCategory data categories} of which alumni, for which
 * purpose, to which {@link org.alumnisdk.consent.decision.Recipient} in which country, with the
 * known facts as tri-state {@link org.alumnisdk.consent.decision.Fact}s. The
 * {@link org.alumnisdk.consent.decision.DecisionEngine} picks the
 * {@link org.alumnisdk.consent.decision.RuleSet} in force at the processing date (only
 * {@code APPI@2022-04-01} is shipped; the 2026 amendment is not in force), runs every named
 * {@link org.alumnisdk.consent.decision.DecisionPolicy} (Arts. 18, 20, 21, 27, 28, 31, 41-44) and
 * returns a sealed {@link org.alumnisdk.consent.decision.Decision} whose
 * {@link org.alumnisdk.consent.decision.Reason reasons} cite the article and rule-set version and
 * whose {@link org.alumnisdk.consent.decision.Obligation obligations} say what follows. Decisions on
 * missing facts fail closed and name the fact. {@link org.alumnisdk.consent.decision.GateFacts}
 * reads consent facts through the core {@code PurposeGate},
 * {@link org.alumnisdk.consent.decision.LedgerFacts} straight from the consent ledger. Decision support, not legal advice.
 */
@NullMarked
package org.alumnisdk.consent.decision;

import org.jspecify.annotations.NullMarked;
