package org.alumnisdk.matching.referral;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Normalisation of the free-text keys the index compares. */
final class Text {
  private Text() {}

  /** Stripped and lower-cased (root locale); null becomes empty. */
  static String norm(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }

  /** Lower-cased words: maximal runs of letters or digits, distinct, in first-seen order. */
  static Set<String> words(String s) {
    Set<String> out = new LinkedHashSet<>();
    if (s == null) {
      return out;
    }
    String t = s.toLowerCase(Locale.ROOT);
    int i = 0;
    int n = t.length();
    while (i < n) {
      int cp = t.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int j = i;
        while (j < n && Character.isLetterOrDigit(t.codePointAt(j))) {
          j += Character.charCount(t.codePointAt(j));
        }
        out.add(t.substring(i, j));
        i = j;
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }
}
