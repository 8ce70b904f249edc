package org.alumnisdk.core.roster;

import org.alumnisdk.core.AlumniException;

/**
 * Thrown when a roster file cannot be read at all: wrong encoding, broken quoting or JSON, a
 * missing or unknown header, a field over the size limit. Carries the line and column (1-based;
 * 0 when not applicable); the message never quotes the file's content. Nothing was written.
 *
 * @since 0.1.0
 */
public class RosterFormatException extends AlumniException {
  private static final long serialVersionUID = 1L;
  /** Serialized: the line. */
  private final int line;
  /** Serialized: the column. */
  private final int column;
  /** Serialized: the code. */
  private final String code;

  /**
   * Creates the exception.
   *
   * @param line the 1-based line, or 0
   * @param column the 1-based column (character for CSV and JSON, byte for encoding errors), or 0
   * @param code a stable code: {@code Encoding}, {@code Quoting}, {@code Json}, {@code Header},
   *     {@code FieldTooLong}, {@code TooLarge}, {@code Empty}, {@code Unencodable}
   * @param message what is wrong and what to do, without the file's content
   */
  public RosterFormatException(int line, int column, String code, String message) {
    super((line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + ": " : "") + message);
    this.line = line;
    this.column = column;
    this.code = code;
  }

  /**
   * The 1-based line, or 0.
   *
   * @return the 1-based line, or 0
   */
  public int line() {
    return line;
  }

  /**
   * The 1-based column, or 0.
   *
   * @return the 1-based column, or 0
   */
  public int column() {
    return column;
  }

  /**
   * The stable error code.
   *
   * @return the stable error code
   */
  public String code() {
    return code;
  }
}
