package org.alumnisdk.core.text;

/**
 * Writes JSON string literals (RFC 8259) without a JSON library. Shared by every module that
 * writes JSON by hand (roster export, consent receipts, disclosure documents, metrics export), so
 * that they all escape the same way.
 *
 * @since 0.1.0
 */
public final class JsonText {
  private JsonText() {}

  /**
   * Appends {@code s} as a quoted JSON string: quote, backslash and control characters escaped,
   * and U+2028/U+2029 escaped too so the output is also safe inside JavaScript.
   *
   * @param sb the target
   * @param s the string
   * @return {@code sb}
   */
  public static StringBuilder quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"');
  }

  /**
   * Returns {@code s} as a quoted JSON string.
   *
   * @param s the string
   * @return the literal, quotes included
   */
  public static String quote(String s) {
    return quote(new StringBuilder(s.length() + 2), s).toString();
  }
}
