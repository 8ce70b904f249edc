/**
 * The boomerang pipeline: {@link org.alumnisdk.core.rehire.RehireApplication} moves through {@link org.alumnisdk.core.rehire.RehireStage}; {@link org.alumnisdk.core.rehire.Boomerang} applies a hire to the alumnus (membership REHIRED, new tenure) and records a second departure (back to INVITED with both tenures).
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.rehire;

import org.jspecify.annotations.NullMarked;
