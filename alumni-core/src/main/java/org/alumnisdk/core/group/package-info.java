/**
 * Groups and chapters: {@link org.alumnisdk.core.group.Group} with its members and their roles.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.group;

import org.jspecify.annotations.NullMarked;
