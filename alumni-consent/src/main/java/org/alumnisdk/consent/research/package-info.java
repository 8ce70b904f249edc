/**
 * Research exports. {@link org.alumnisdk.consent.research.ResearchRecord}s (quasi-identifiers such
 * as birth year, prefecture, department and departure year, plus analytic attributes; never names
 * or contact details) go to {@link org.alumnisdk.consent.research.ResearchExport}, which makes a
 * {@link org.alumnisdk.consent.research.PseudonymisedDataset} with a keyed-hash pseudonym and the
 * {@link org.alumnisdk.consent.research.PseudonymKeyTable} kept apart (Art. 41), or an
 * {@link org.alumnisdk.consent.research.AnonymisedExport} that is refused unless every combination
 * of quasi-identifier values is shared by at least k people
 * ({@link org.alumnisdk.consent.research.AnonymisationSpec}, Art. 43), with the categories to
 * publish and the statement for the recipient.
 */
@NullMarked
package org.alumnisdk.consent.research;

import org.jspecify.annotations.NullMarked;
