/**
 * The append-only engagement log's entry, {@link org.alumnisdk.core.activity.Activity}, and its open set of {@link org.alumnisdk.core.activity.ActivityType} codes: the input of the metrics module.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.activity;

import org.jspecify.annotations.NullMarked;
