package org.alumnisdk.consent.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written CSV and JSON writers against independent readers: any text (commas, quotes,
 * CR/LF, control characters, Japanese) survives a CSV round trip through an RFC 4180 reader, and a
 * JSON string literal decodes back to the original.
 */
class DocumentWriterProperties {
  private static final long SEED = 20261125L;
  private static final String ALPHABET = "ab,\"\r\n\t\\/\u0001\u001f試験 ;'{}[]:";

  private static String randomText(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = r.nextInt(12); i < n; i++) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** A minimal JSON string-literal decoder (oracle). */
  private static String decodeJsonString(String lit) {
    assertThat(lit).startsWith("\"").endsWith("\"");
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < lit.length() - 1; i++) {
      char c = lit.charAt(i);
      assertThat(c).as("raw control or quote in literal").isGreaterThanOrEqualTo(' ').isNotEqualTo('"');
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = lit.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(lit.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }

  @Test
  void csvRoundTripsAnyText() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<ProfileItems.Item> items = new ArrayList<>();
      for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
        items.add(new ProfileItems.Item("profile", "item" + i + randomText(r), randomText(r)));
      }
      List<List<String>> rows = Csv.parse(DocumentWriter.csv(items, List.of(), List.of()));
      assertThat(rows).hasSize(items.size() + 1);
      for (int i = 0; i < items.size(); i++) {
        assertThat(rows.get(i + 1)).containsExactly("profile", items.get(i).item(), items.get(i).value());
      }
    });
  }

  @Test
  void jsonStringLiteralsDecodeToTheOriginal() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      String s = randomText(new Random(seed));
      assertThat(decodeJsonString(DocumentWriter.q(s))).isEqualTo(s);
    });
  }
}
