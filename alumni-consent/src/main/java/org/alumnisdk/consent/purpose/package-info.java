/**
 * The versioned purpose catalogue (APPI@2022-04-01 Art. 17): {@link org.alumnisdk.consent.purpose.Purpose} versions with Japanese and English names, DPV and fideslang mappings, the consent and notice each needs and a {@link org.alumnisdk.consent.purpose.RetentionPolicy}; {@link org.alumnisdk.consent.purpose.PurposeCatalogue} holds them per tenant and records every change with a person's {@link org.alumnisdk.consent.purpose.ChangeClassification} (within Art. 17(2) or a new purpose) and the end of a purpose; {@link org.alumnisdk.consent.purpose.StandardPurposes} supplies the four alumni purposes.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.consent.purpose;

import org.jspecify.annotations.NullMarked;
