package org.alumnisdk.core.text;

import org.alumnisdk.core.Checks;

/**
 * Spreadsheet-safe CSV cells. A cell that begins with {@code = + - @}, a tab or a carriage return
 * is run as a formula by Excel, LibreOffice and Google Sheets ({@code =HYPERLINK(...)}, {@code
 * +SUM(A1)}, {@code @SUM(...)}): CSV injection. {@link #guard} prefixes such a cell with one
 * apostrophe, which spreadsheets show as text; {@link #unguard} removes it again, so that an
 * export read back by the SDK's own import gives the same values.
 *
 * <p>The two are inverse for every string: a cell that already begins with apostrophes before a
 * trigger character gets one more, and loses one on the way back.
 *
 * @since 0.1.0
 */
public final class SpreadsheetCells {
  private SpreadsheetCells() {}

  /**
   * The cell as a spreadsheet shows it as text.
   *
   * @param cell the cell's value
   * @return the value, with one more leading apostrophe if a spreadsheet would run it
   * @throws org.alumnisdk.core.InvalidValueException if the cell is null
   */
  public static String guard(String cell) {
    Checks.notNull(cell, "cell");
    return needsGuard(cell) ? "'" + cell : cell;
  }

  /**
   * Removes the apostrophe that {@link #guard} added.
   *
   * @param cell a cell as read from a file
   * @return the value before {@link #guard}
   * @throws org.alumnisdk.core.InvalidValueException if the cell is null
   */
  public static String unguard(String cell) {
    Checks.notNull(cell, "cell");
    return cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
  }

  /**
   * Whether a spreadsheet would run the cell (after any leading apostrophes) as a formula.
   *
   * @param cell the cell's value
   * @return true for a cell that {@link #guard} changes
   */
  public static boolean needsGuard(String cell) {
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == '\'') {
      i++;
    }
    return i < cell.length() && "=+-@\t\r".indexOf(cell.charAt(i)) >= 0;
  }
}
