package org.alumnisdk.core.roster;

/**
 * One rejected row of a roster import. Messages never quote the rejected value.
 *
 * @param line the 1-based line where the row starts
 * @param column the column (header name) at fault, or empty for the whole row
 * @param code a stable code: a constraint name ({@code NotBlank}, {@code Pattern}, {@code Size},
 *     {@code Katakana}), or {@code Invalid}, {@code Conflict}, {@code ColumnCount}, {@code Skipped}
 * @param message the English message
 * @param messageJa the Japanese message
 * @since 0.1.0
 */
public record RosterError(int line, String column, String code, String message, String messageJa) {}
