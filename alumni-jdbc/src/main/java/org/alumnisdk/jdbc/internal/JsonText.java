package org.alumnisdk.jdbc.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON text the adapter stores: a writer that escapes every control character and every
 * unpaired surrogate (so any Java string survives a UTF-8 column exactly), and a strict parser
 * into maps, lists, strings, booleans, {@link Num numbers} (kept as their text, so that the target
 * type decides the conversion) and {@code null}. Not a general JSON library: it reads what {@link
 * DocumentCodec} writes and refuses everything else with {@link IllegalArgumentException}.
 */
public final class JsonText {
  /** Deepest nesting the parser accepts. */
  static final int MAX_DEPTH = 64;

  /** A number, as its JSON text. */
  public record Num(String text) {}

  private final String s;
  private int i;

  private JsonText(String s) {
    this.s = s;
  }

  /**
   * Appends a JSON string literal.
   *
   * @param out the buffer
   * @param value the string
   */
  public static void string(StringBuilder out, String value) {
    out.append('"');
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean pairedHigh = Character.isHighSurrogate(c) && k + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(k + 1));
          if (pairedHigh) {
            out.append(c).append(value.charAt(++k));
          } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * Parses one JSON value.
   *
   * @param text the text
   * @return the value
   * @throws IllegalArgumentException if the text is not JSON as this adapter writes it
   */
  public static @Nullable Object parse(String text) {
    JsonText p = new JsonText(text);
    p.skipSpace();
    Object v = p.value(0);
    p.skipSpace();
    if (p.i != text.length()) {
      throw p.error("trailing characters");
    }
    return v;
  }

  private @Nullable Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested too deeply");
    }
    if (i >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return str();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        literal("null", Boolean.TRUE);
        return null;
      default:
        return number();
    }
  }

  private Map<String, @Nullable Object> object(int depth) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    i++;
    skipSpace();
    if (peek() == '}') {
      i++;
      return map;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a key");
      }
      String key = str();
      skipSpace();
      expect(':');
      skipSpace();
      if (map.containsKey(key)) {
        throw error("duplicate key");
      }
      map.put(key, value(depth + 1));
      skipSpace();
      char c = next();
      if (c == '}') {
        return map;
      }
      if (c != ',') {
        throw error("expected , or }");
      }
    }
  }

  private List<@Nullable Object> array(int depth) {
    List<@Nullable Object> list = new ArrayList<>();
    i++;
    skipSpace();
    if (peek() == ']') {
      i++;
      return list;
    }
    while (true) {
      skipSpace();
      list.add(value(depth + 1));
      skipSpace();
      char c = next();
      if (c == ']') {
        return list;
      }
      if (c != ',') {
        throw error("expected , or ]");
      }
    }
  }

  private String str() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return b.toString();
      }
      if (c == '\\') {
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw error("short \\u escape");
            }
            try {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("bad \\u escape");
            }
            i += 4;
          }
          default -> throw error("bad escape");
        }
      } else {
        b.append(c);
      }
    }
  }

  private Num number() {
    int start = i;
    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (start == i || i - start > 40) {
      throw error("expected a value");
    }
    return new Num(s.substring(start, i));
  }

  private Object literal(String word, Object value) {
    if (!s.startsWith(word, i)) {
      throw error("expected " + word);
    }
    i += word.length();
    return value;
  }

  private void skipSpace() {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\r'
        || s.charAt(i) == '\t')) {
      i++;
    }
  }

  private char peek() {
    if (i >= s.length()) {
      throw error("unexpected end");
    }
    return s.charAt(i);
  }

  private char next() {
    char c = peek();
    i++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("expected " + c);
    }
  }

  private IllegalArgumentException error(String what) {
    // the position only: a stored document holds personal data, which never goes into messages
    return new IllegalArgumentException("stored JSON: " + what + " at offset " + i);
  }
}
