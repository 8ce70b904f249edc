/**
 * Validation: the model's Jakarta Bean Validation constraints are checked through one entry
 * point, {@link org.alumnisdk.core.validation.ModelValidator}, which returns typed
 * {@link org.alumnisdk.core.validation.Violation}s (path, code, English and Japanese message) and
 * works with the host's provider, the provider on the class path, or none at all (built-in).
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.validation;

import org.jspecify.annotations.NullMarked;
