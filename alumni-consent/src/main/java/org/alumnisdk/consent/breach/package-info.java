/**
 * Breach assessment under Art. 26. An {@link org.alumnisdk.consent.breach.Incident} (awareness
 * time, categories, affected count, encryption, processor role) goes to a
 * {@link org.alumnisdk.consent.breach.BreachAssessor}, which returns a sealed
 * {@link org.alumnisdk.consent.breach.BreachAssessment}: reportable, with its
 * {@link org.alumnisdk.consent.breach.BreachTrigger triggers}, preliminary and final due dates and
 * {@link org.alumnisdk.consent.breach.NotificationTask notification tasks} for the persons; or not
 * reportable, with reasons to keep on record. Every threshold and period is configurable in
 * {@link org.alumnisdk.consent.breach.BreachRules}, since they come from the Enforcement Rules.
 */
@NullMarked
package org.alumnisdk.consent.breach;

import org.jspecify.annotations.NullMarked;
