package org.alumnisdk.core.roster;

import java.nio.charset.Charset;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.text.SkillAliases;

/**
 * How to read or write a roster.
 *
 * @param format CSV or JSON Lines
 * @param charset the encoding; {@code null} on import means detect (UTF-8 with or without BOM,
 *     else Windows-31J); on export {@code null} means UTF-8
 * @param mode all-or-nothing, or valid rows only
 * @param maxFieldLength the longest field accepted, in characters
 * @param maxBytes the largest file accepted
 * @param bom whether an exported UTF-8 file starts with a byte-order mark (Excel wants one)
 * @param skills the alias table that resolves skill names
 * @since 0.1.0
 */
public record RosterOptions(RosterFormat format, Charset charset, Mode mode, int maxFieldLength,
    long maxBytes, boolean bom, SkillAliases skills) {
  /** The Windows-31J (Microsoft's Shift_JIS) charset, as Japanese HR systems export it. */
  public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  /** What to do with invalid rows. */
  public enum Mode {
    /** Any invalid row rejects the whole file; nothing is written. */
    ALL_OR_NOTHING,
    /** Invalid rows (and the other rows of the same person) are skipped; the rest is written. */
    VALID_ROWS_ONLY
  }

  /**
   * Validates the options.
   *
   * @param format CSV or JSON Lines
   * @param charset the encoding; {@code null} on import means detect (UTF-8 with or without BOM,
   *     else Windows-31J); on export {@code null} means UTF-8
   * @param mode all-or-nothing, or valid rows only
   * @param maxFieldLength the longest field accepted, in characters
   * @param maxBytes the largest file accepted
   * @param bom whether an exported UTF-8 file starts with a byte-order mark (Excel wants one)
   * @param skills the alias table that resolves skill names
   * @throws InvalidValueException if a limit is not positive or a part is missing
   */
  public RosterOptions {
    Checks.notNull(format, "format");
    Checks.notNull(mode, "mode");
    Checks.notNull(skills, "skills");
    if (maxFieldLength < 1 || maxBytes < 1) {
      throw new InvalidValueException("maxFieldLength", "limits must be positive");
    }
  }

  /**
   * CSV, encoding detected on import and UTF-8 on export, all-or-nothing, fields up to 4,096
   * characters, files up to 64 MiB, no BOM, the built-in skill aliases.
   *
   * @return the options
   */
  public static RosterOptions csv() {
    return new RosterOptions(RosterFormat.CSV, null, Mode.ALL_OR_NOTHING, 4096, 64L << 20, false,
        SkillAliases.builtIn());
  }

  /**
   * Like {@link #csv()} but JSON Lines (always UTF-8).
   *
   * @return the options
   */
  public static RosterOptions jsonLines() {
    return csv().withFormat(RosterFormat.JSON_LINES);
  }

  /**
   * A copy with another format.
   *
   * @param f the format
   * @return the copy
   */
  public RosterOptions withFormat(RosterFormat f) {
    return new RosterOptions(f, charset, mode, maxFieldLength, maxBytes, bom, skills);
  }

  /**
   * A copy with a fixed encoding.
   *
   * @param c the charset, or {@code null} to detect
   * @return the copy
   */
  public RosterOptions withCharset(Charset c) {
    return new RosterOptions(format, c, mode, maxFieldLength, maxBytes, bom, skills);
  }

  /**
   * A copy with another mode.
   *
   * @param m the mode
   * @return the copy
   */
  public RosterOptions withMode(Mode m) {
    return new RosterOptions(format, charset, m, maxFieldLength, maxBytes, bom, skills);
  }

  /**
   * A copy with another field length limit.
   *
   * @param n the limit
   * @return the copy
   */
  public RosterOptions withMaxFieldLength(int n) {
    return new RosterOptions(format, charset, mode, n, maxBytes, bom, skills);
  }

  /**
   * A copy that writes a byte-order mark on UTF-8 export, or not.
   *
   * @param on whether to write one
   * @return the copy
   */
  public RosterOptions withBom(boolean on) {
    return new RosterOptions(format, charset, mode, maxFieldLength, maxBytes, on, skills);
  }

  /**
   * A copy with another skill alias table.
   *
   * @param table the table
   * @return the copy
   */
  public RosterOptions withSkills(SkillAliases table) {
    return new RosterOptions(format, charset, mode, maxFieldLength, maxBytes, bom, table);
  }

  /**
   * The fixed charset, if any.
   *
   * @return the charset or empty (detect)
   */
  public Optional<Charset> fixedCharset() {
    return Optional.ofNullable(charset);
  }
}
