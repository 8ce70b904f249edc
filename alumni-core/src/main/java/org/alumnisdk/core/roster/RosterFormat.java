package org.alumnisdk.core.roster;

/**
 * The file format of a roster.
 *
 * @since 0.1.0
 */
public enum RosterFormat {
  /** RFC 4180 comma-separated values with a header row. */
  CSV,
  /** JSON Lines: one JSON object per line, members named like the CSV columns. */
  JSON_LINES
}
