/**
 * Content: {@link org.alumnisdk.core.content.Content} items (newsletter, article, interview) with their deliveries, opens, clicks and replies, and the counts derived from them.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.content;

import org.jspecify.annotations.NullMarked;
