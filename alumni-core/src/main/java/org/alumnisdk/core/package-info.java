/**
 * Core vocabulary of the Alumni SDK: typed ids ({@link org.alumnisdk.core.TenantId}, {@link org.alumnisdk.core.AlumnusId}, ...), the {@link org.alumnisdk.core.Aggregate} contract, paging ({@link org.alumnisdk.core.Page}, {@link org.alumnisdk.core.PageRequest}), argument {@link org.alumnisdk.core.Checks} and the unchecked exception hierarchy rooted at {@link org.alumnisdk.core.AlumniException}. Feature packages hold the model ({@code alumnus}, {@code opening}, {@code referral}, {@code rehire}, {@code event}, {@code content}, {@code mentoring}, {@code group}, {@code activity}); {@code spi} holds the ports, {@code inmemory} their reference stores, and {@code text}, {@code offboarding}, {@code validation} and {@code roster} the services around them.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core;

import org.jspecify.annotations.NullMarked;
