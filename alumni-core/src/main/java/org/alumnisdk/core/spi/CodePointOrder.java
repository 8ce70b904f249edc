package org.alumnisdk.core.spi;

import java.util.Comparator;

/**
 * The one order of ids and keys that every store port promises: Unicode code-point order, which
 * equals the byte order of UTF-8 and so PostgreSQL's {@code COLLATE "C"}, and never depends on a
 * database's collation or locale. ({@link String#compareTo} compares UTF-16 code units and
 * differs from it for characters outside the BMP against U+E000..U+FFFF.)
 *
 * @since 0.1.0
 */
public final class CodePointOrder {
  /** Compares strings in code-point order. */
  public static final Comparator<String> STRINGS = CodePointOrder::compare;

  private CodePointOrder() {}

  /**
   * Compares two strings by code point.
   *
   * @param a the first string
   * @param b the second string
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
