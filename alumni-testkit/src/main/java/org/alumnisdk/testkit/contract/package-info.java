/**
 * Abstract contract tests, one per core port ({@code *Contract}): extend one, return your adapter from {@code create()}, and JUnit 5 runs the shared behaviour (optimistic versions, tenant scoping, ordering, eight concurrent writers, a QuickTheories tenant-leak property) against it. The in-memory stores pass every contract.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.testkit.contract;

import org.jspecify.annotations.NullMarked;
