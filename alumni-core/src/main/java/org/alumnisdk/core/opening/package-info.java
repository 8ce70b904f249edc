/**
 * {@link org.alumnisdk.core.opening.JobOpening}: an opening alumni may be rehired into or refer candidates to, with weighted skill requirements, seniority range, languages and referral reward; stored through {@link org.alumnisdk.core.spi.JobOpeningRepository}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.opening;

import org.jspecify.annotations.NullMarked;
