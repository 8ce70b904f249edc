/**
 * Roster import and export: {@link org.alumnisdk.core.roster.Roster} reads leaver rosters (CSV in
 * UTF-8 or Windows-31J with or without BOM, RFC 4180 quoting; or JSON Lines), validates every
 * {@link org.alumnisdk.core.roster.RosterRow}, imports all-or-nothing or valid rows only, and
 * reports {@link org.alumnisdk.core.roster.RosterError}s by line and column in a
 * {@link org.alumnisdk.core.roster.RosterImportResult}. Unreadable files raise a
 * {@link org.alumnisdk.core.roster.RosterFormatException}. Export writes the same format back.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.roster;

import org.jspecify.annotations.NullMarked;
