/**
 * Three-level stable allocation of students to projects offered by supervisors (SPA, Abraham,
 * Irving &amp; Manlove 2007): {@link org.alumnisdk.matching.stable.spa.SpaInstance} is the input
 * (students ranking projects, projects with a capacity and a supervisor, supervisors with a
 * capacity ranking students), {@link org.alumnisdk.matching.stable.spa.SpaStudent} computes the
 * student-optimal stable matching ("SPA-student"), and {@link
 * org.alumnisdk.matching.stable.spa.SpaMatching} is the result, with its per-project and
 * per-supervisor sets, its unmatched students, its {@link
 * org.alumnisdk.matching.stable.spa.SpaBlockingPair blocking pairs} by conditions (a), (b) and (c)
 * of the paper, and an independent {@code verify()}. Bad input is rejected up front with one
 * {@link org.alumnisdk.matching.InvalidMatchingInputException} listing every offending item.
 * {@code SpaIndex} (package-private) is the compiled int form shared by the algorithm and the checks.
 */
@NullMarked
package org.alumnisdk.matching.stable.spa;

import org.jspecify.annotations.NullMarked;
