/**
 * Solver kernels on primitive arrays (dense shortest augmenting path, capacitated successive
 * shortest paths, a primitive heap). Not API: may change without notice; use the public packages.
 */
@NullMarked
package org.alumnisdk.matching.internal;

import org.jspecify.annotations.NullMarked;
