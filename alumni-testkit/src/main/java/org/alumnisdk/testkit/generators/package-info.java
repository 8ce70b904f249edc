/**
 * QuickTheories generators ({@link org.alumnisdk.testkit.generators.AlumniGenerators}) of fake
 * names, tenures, leaver records, alumni, activities and lifecycle move sequences, for the SDK's
 * and hosts' property tests. Always run them with a fixed seed.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.testkit.generators;

import org.jspecify.annotations.NullMarked;
