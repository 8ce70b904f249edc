package org.alumnisdk.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON (RFC 8259) reader and writer for JSON Lines: no trailing commas, comments,
 * single quotes, control characters in strings, duplicate keys, lone surrogates or trailing
 * content. Values map to {@link String}, {@link BigDecimal}, {@link Boolean}, {@code null}
 * ({@link #NULL}), {@link List} and {@link Map}. Not API.
 */
public final class Json {
  /** The JSON {@code null} value in parsed maps and lists. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private static final int MAX_DEPTH = 64;

  /** A syntax error at a zero-based character offset, with a message that never quotes input. */
  public static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    /** Serialized: the offset. */
    private final int offset;

    SyntaxException(String message, int offset) {
      super(message);
      this.offset = offset;
    }

    /**
     * The zero-based offset of the error in the text.
     *
     * @return the offset
     */
    public int offset() {
      return offset;
    }
  }

  private final String text;
  private final int maxString;
  private int pos;

  private Json(String text, int maxString) {
    this.text = text;
    this.maxString = maxString;
  }

  /**
   * Parses one JSON object.
   *
   * @param text the text
   * @param maxStringLength the longest string value or key accepted
   * @return the object's members in document order
   * @throws SyntaxException if the text is not exactly one JSON object
   */
  public static Map<String, Object> parseObject(String text, int maxStringLength) throws SyntaxException {
    Json p = new Json(text, maxStringLength);
    p.skipWs();
    if (p.peek() != '{') {
      throw new SyntaxException("expected a JSON object", p.pos);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> out = (Map<String, Object>) p.value(0);
    p.skipWs();
    if (p.pos != text.length()) {
      throw new SyntaxException("unexpected content after the object", p.pos);
    }
    return out;
  }

  private int peek() {
    return pos < text.length() ? text.charAt(pos) : -1;
  }

  private void skipWs() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else {
        break;
      }
    }
  }

  private void expect(char c) throws SyntaxException {
    if (peek() != c) {
      throw new SyntaxException("expected '" + c + "'", pos);
    }
    pos++;
  }

  private Object value(int depth) throws SyntaxException {
    if (depth > MAX_DEPTH) {
      throw new SyntaxException("nested too deeply", pos);
    }
    skipWs();
    int c = peek();
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw new SyntaxException(c == -1 ? "unexpected end of line" : "unexpected character", pos);
    }
  }

  private Object literal(String word, Object v) throws SyntaxException {
    if (!text.startsWith(word, pos)) {
      throw new SyntaxException("unexpected character", pos);
    }
    pos += word.length();
    return v;
  }

  private Map<String, Object> object(int depth) throws SyntaxException {
    expect('{');
    Map<String, Object> out = new LinkedHashMap<>();
    skipWs();
    if (peek() == '}') {
      pos++;
      return out;
    }
    while (true) {
      skipWs();
      int keyAt = pos;
      if (peek() != '"') {
        throw new SyntaxException("expected a string key", pos);
      }
      String key = string();
      if (out.containsKey(key)) {
        throw new SyntaxException("duplicate key", keyAt);
      }
      skipWs();
      expect(':');
      out.put(key, value(depth + 1));
      skipWs();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect('}');
      return out;
    }
  }

  private List<Object> array(int depth) throws SyntaxException {
    expect('[');
    List<Object> out = new ArrayList<>();
    skipWs();
    if (peek() == ']') {
      pos++;
      return out;
    }
    while (true) {
      out.add(value(depth + 1));
      skipWs();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect(']');
      return Collections.unmodifiableList(out);
    }
  }

  private String string() throws SyntaxException {
    int start = pos;
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw new SyntaxException("unterminated string", start);
      }
      if (sb.length() > maxString) {
        throw new SyntaxException("string longer than " + maxString + " characters", start);
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        break;
      }
      if (c < 0x20) {
        throw new SyntaxException("control character in string", pos - 1);
      }
      if (c == '\\') {
        if (pos >= text.length()) {
          throw new SyntaxException("unterminated escape", pos);
        }
        char e = text.charAt(pos++);
        switch (e) {
          case '"' -> sb.append('"');
          case '\\' -> sb.append('\\');
          case '/' -> sb.append('/');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> sb.append(hex4());
          default -> throw new SyntaxException("invalid escape", pos - 1);
        }
      } else {
        sb.append(c);
      }
    }
    String s = sb.toString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          throw new SyntaxException("lone surrogate in string", start);
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        throw new SyntaxException("lone surrogate in string", start);
      }
    }
    if (s.length() > maxString) {
      throw new SyntaxException("string longer than " + maxString + " characters", start);
    }
    return s;
  }

  private char hex4() throws SyntaxException {
    if (pos + 4 > text.length()) {
      throw new SyntaxException("incomplete \\u escape", pos);
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(text.charAt(pos + i), 16);
      if (d < 0) {
        throw new SyntaxException("invalid \\u escape", pos + i);
      }
      v = v * 16 + d;
    }
    pos += 4;
    return (char) v;
  }

  /** The largest |scale| of a number accepted: its plain form has at most 64 + 64 digits. */
  static final int MAX_SCALE = 64;

  private BigDecimal number() throws SyntaxException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (peek() >= '1' && peek() <= '9') {
      while (peek() >= '0' && peek() <= '9') {
        pos++;
      }
    } else {
      throw new SyntaxException("invalid number", pos);
    }
    if (peek() == '.') {
      pos++;
      if (!(peek() >= '0' && peek() <= '9')) {
        throw new SyntaxException("invalid number", pos);
      }
      while (peek() >= '0' && peek() <= '9') {
        pos++;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!(peek() >= '0' && peek() <= '9')) {
        throw new SyntaxException("invalid number", pos);
      }
      while (peek() >= '0' && peek() <= '9') {
        pos++;
      }
    }
    if (pos - start > 64) {
      throw new SyntaxException("number too long", start);
    }
    BigDecimal n;
    try {
      n = new BigDecimal(text.substring(start, pos));
    } catch (NumberFormatException overflow) { // an exponent beyond int range
      throw new SyntaxException("number out of range", start);
    }
    // 1e999999999 fits in 11 characters but its plain form has a billion digits: bound the
    // scale so that every number this parser returns prints in at most about 130 characters
    if (Math.abs(n.scale()) > MAX_SCALE) {
      throw new SyntaxException("number out of range", start);
    }
    return n;
  }

  /**
   * Writes a flat object of string members on one line, in the given order.
   *
   * @param members the members; values are written as strings
   * @return the JSON text, without a line break
   */
  public static String writeObject(Map<String, String> members) {
    StringBuilder sb = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, String> e : members.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      writeString(sb, e.getKey());
      sb.append(':');
      writeString(sb, e.getValue());
    }
    return sb.append('}').toString();
  }

  /**
   * Appends a JSON string literal.
   *
   * @param sb the target
   * @param s the string
   */
  public static void writeString(StringBuilder sb, String s) {
    org.alumnisdk.core.text.JsonText.quote(sb, s);
  }
}
