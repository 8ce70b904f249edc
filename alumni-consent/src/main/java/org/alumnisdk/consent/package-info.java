/**
 * The consent module's API root: {@link org.alumnisdk.consent.Consent} is the static entry point
 * that wires the purpose catalogue ({@code purpose}), notices ({@code notice}), the hash-chained
 * consent ledger ({@code ledger}), the purpose gate ({@code gate}), Art. 29/30 records
 * ({@code records}) and retention planning ({@code retention}) over in-memory defaults or host
 * stores ({@code spi}). Decisions, data-subject requests, breaches, visibility and research
 * export live in their own packages. Decision support under {@code APPI@2022-04-01}, not legal
 * advice.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.consent;

import org.jspecify.annotations.NullMarked;
