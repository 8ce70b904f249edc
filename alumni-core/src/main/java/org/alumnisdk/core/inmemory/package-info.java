/**
 * Thread-safe in-memory implementations of every port, with exactly the semantics of the contracts in {@code alumni-testkit}, and {@link org.alumnisdk.core.inmemory.InMemoryStores}, one object holding a store per port plus a {@link java.time.Clock} and an id generator: the zero-wiring default of examples, tests and notebooks.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.inmemory;

import org.jspecify.annotations.NullMarked;
