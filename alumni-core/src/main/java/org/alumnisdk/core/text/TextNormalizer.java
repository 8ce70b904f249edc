package org.alumnisdk.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.alumnisdk.core.Checks;

/**
 * Normalises Japanese and Latin text before comparison: names, skills, e-mail addresses.
 *
 * <p>The steps, each optional, run in this order and repeat until the text no longer changes, so
 * every normaliser is idempotent ({@code n.apply(n.apply(s)).equals(n.apply(s))}):
 *
 * <ol>
 *   <li>NFKC compatibility normalisation (full-width Latin to ASCII, half-width katakana to
 *       full-width, circled digits to digits, and so on);
 *   <li>half-width to full-width katakana alone (useful with NFKC off), voiced marks composed;
 *   <li>hiragana to katakana folding, for comparing kana readings (やまだ = ヤマダ);
 *   <li>case folding (locale-independent);
 *   <li>white-space folding: every run of Unicode white space, including the ideographic space
 *       U+3000, becomes one ASCII space, and the ends are stripped.
 * </ol>
 *
 * <p>Immutable and thread-safe. Start from {@link #standard()} (all but kana folding) or
 * {@link #kanaReadings()}, and adjust with the {@code with*} methods.
 *
 * @param nfkc apply NFKC
 * @param widenKatakana turn half-width katakana into full-width
 * @param foldKana turn hiragana into katakana
 * @param foldCase fold case
 * @param foldWhitespace fold and strip white space
 * @since 0.1.0
 */
public record TextNormalizer(
    boolean nfkc, boolean widenKatakana, boolean foldKana, boolean foldCase, boolean foldWhitespace) {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile(
      "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");
  private static final java.util.regex.Pattern LOCAL = java.util.regex.Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~.-]+");
  private static final TextNormalizer STANDARD = new TextNormalizer(true, true, false, true, true);
  private static final TextNormalizer KANA = new TextNormalizer(true, true, true, true, true);

  /**
   * NFKC, katakana widening, case folding and white-space folding: the normaliser for names,
   * titles and skills.
   *
   * @return the normaliser
   */
  public static TextNormalizer standard() {
    return STANDARD;
  }

  /**
   * {@link #standard()} plus hiragana-to-katakana folding: the normaliser for kana readings.
   *
   * @return the normaliser
   */
  public static TextNormalizer kanaReadings() {
    return KANA;
  }

  /**
   * A copy with kana folding switched.
   *
   * @param on whether to fold hiragana into katakana
   * @return the copy
   */
  public TextNormalizer withKanaFolding(boolean on) {
    return new TextNormalizer(nfkc, widenKatakana, on, foldCase, foldWhitespace);
  }

  /**
   * A copy with case folding switched.
   *
   * @param on whether to fold case
   * @return the copy
   */
  public TextNormalizer withCaseFolding(boolean on) {
    return new TextNormalizer(nfkc, widenKatakana, foldKana, on, foldWhitespace);
  }

  /**
   * A copy with NFKC switched.
   *
   * @param on whether to apply NFKC
   * @return the copy
   */
  public TextNormalizer withNfkc(boolean on) {
    return new TextNormalizer(on, widenKatakana, foldKana, foldCase, foldWhitespace);
  }

  /**
   * Normalises a text.
   *
   * @param text the text
   * @return the normalised text; idempotent
   * @throws org.alumnisdk.core.InvalidValueException if the text is null
   */
  public String apply(String text) {
    Checks.notNull(text, "text");
    String current = text;
    for (int round = 0; round < 8; round++) {
      String next = once(current);
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
    return current;
  }

  private String once(String s) {
    if (nfkc) {
      s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
    if (widenKatakana) {
      s = widenHalfWidthKatakana(s);
    }
    if (foldKana) {
      s = hiraganaToKatakana(s);
    }
    if (foldCase) {
      s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
    if (foldWhitespace) {
      s = foldSpaces(s);
    }
    return s;
  }

  /**
   * Whether two texts are equal after normalisation.
   *
   * @param a one text
   * @param b the other
   * @return true if they normalise to the same text
   */
  public boolean same(String a, String b) {
    return apply(a).equals(apply(b));
  }

  /**
   * Normalises an e-mail address for comparison and uniqueness: NFKC (so {@code ＠} and
   * full-width letters become ASCII), white space removed, lower case.
   *
   * @param address the address as entered
   * @return the normalised address, or empty if it does not look like {@code local@domain.tld}
   */
  public static Optional<String> email(String address) {
    if (address == null) {
      return Optional.empty();
    }
    String s = Normalizer.normalize(address, Normalizer.Form.NFKC);
    s = SPACES.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    int at = s.indexOf('@');
    if (at <= 0 || at != s.lastIndexOf('@') || at == s.length() - 1) {
      return Optional.empty();
    }
    String domain = s.substring(at + 1);
    if (!DOMAIN.matcher(domain).matches()) {
      return Optional.empty();
    }
    String local = s.substring(0, at);
    if (!LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".")
        || local.contains("..")) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  static String foldSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  static String hiraganaToKatakana(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // ぁ (U+3041) .. ゖ (U+3096) and the iteration marks ゝゞ (U+309D, U+309E)
      if ((c >= '\u3041' && c <= '\u3096') || c == '\u309D' || c == '\u309E') {
        out.append((char) (c + 0x60));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String widenHalfWidthKatakana(String s) {
    StringBuilder out = null;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= '\uFF61' && c <= '\uFF9F') {
        int j = i;
        while (j < s.length() && s.charAt(j) >= '\uFF61' && s.charAt(j) <= '\uFF9F') {
          j++;
        }
        if (out == null) {
          out = new StringBuilder(s.length());
          out.append(s, 0, i);
        }
        out.append(Normalizer.normalize(s.substring(i, j), Normalizer.Form.NFKC));
        i = j;
      } else {
        if (out != null) {
          out.append(c);
        }
        i++;
      }
    }
    return out == null ? s : out.toString();
  }
}
