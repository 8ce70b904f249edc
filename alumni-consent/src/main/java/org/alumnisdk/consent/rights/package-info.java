/**
 * Data-subject requests (Arts. 32-39). The {@link org.alumnisdk.consent.rights.RightsDesk}
 * receives a {@link org.alumnisdk.consent.rights.SubjectRequest} of a
 * {@link org.alumnisdk.consent.rights.RequestKind} (disclosure, correction, cessation of use,
 * deletion, cessation of provision), from the person or a
 * {@link org.alumnisdk.consent.rights.Requester representative}, on an
 * {@link org.alumnisdk.consent.rights.Art35Ground Art. 35 ground} where one is needed; it moves
 * through {@link org.alumnisdk.consent.rights.RequestState states} after an identity check, with a
 * configurable "without delay" deadline ({@link org.alumnisdk.consent.rights.RightsPolicy}).
 * Disclosure writes JSON or CSV by hand, including the Art. 29/30 records read through
 * {@link org.alumnisdk.consent.rights.PersonRecords}, with partial refusals
 * ({@link org.alumnisdk.consent.rights.Withholding}). Deletion goes through the core
 * {@code AlumnusRepository} and {@code ActivityLog} ports and reports the statutory records kept
 * ({@link org.alumnisdk.consent.rights.DeletionReport}). Stops are enforced through a wrapped
 * {@code PurposeGate} and a decision-engine house rule. Requests and stops live in a
 * {@link org.alumnisdk.consent.spi.RightsStore} port ({@link org.alumnisdk.consent.rights.InMemoryRightsStore} by default).
 */
@NullMarked
package org.alumnisdk.consent.rights;

import org.jspecify.annotations.NullMarked;
