package org.alumnisdk.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TextNormalizerProperties {
  private static final long SEED = 20261125L;

  /** Code point ranges that exercise every step: ASCII, full-width Latin, kana of both widths,
   * kanji, combining marks, odd case mappings, ligatures and many kinds of white space. */
  private static final List<int[]> RANGES = List.of(
      new int[] {0x20, 0x7E}, new int[] {0xFF01, 0xFF5E}, new int[] {0xFF61, 0xFF9F},
      new int[] {0x3041, 0x3096}, new int[] {0x309B, 0x30FF}, new int[] {0x4E00, 0x4E80},
      new int[] {0x0300, 0x0345}, new int[] {0x3099, 0x309A}, new int[] {0x00C0, 0x024F},
      new int[] {0x0130, 0x0131}, new int[] {0x1E9E, 0x1E9E}, new int[] {0xFB00, 0xFB06},
      new int[] {0x2000, 0x200A}, new int[] {0x3000, 0x3000}, new int[] {0x09, 0x0D},
      new int[] {0x2460, 0x2473}, new int[] {0x3300, 0x3357}, new int[] {0x0390, 0x03CE});

  static Gen<String> japaneseishText() {
    Gen<Integer> codePoint = Generate.range(0, RANGES.size() - 1)
        .flatMap(i -> Generate.range(RANGES.get(i)[0], RANGES.get(i)[1]));
    return lists().of(codePoint).ofSizeBetween(0, 24).map(cps -> {
      StringBuilder sb = new StringBuilder();
      cps.forEach(sb::appendCodePoint);
      return sb.toString();
    });
  }

  @Test
  void everyNormaliserIsIdempotent() {
    List<TextNormalizer> normalisers = List.of(TextNormalizer.standard(), TextNormalizer.kanaReadings(),
        TextNormalizer.standard().withNfkc(false), TextNormalizer.standard().withCaseFolding(false));
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(japaneseishText(), integers().between(0, normalisers.size() - 1))
        .checkAssert((s, i) -> {
          TextNormalizer n = normalisers.get(i);
          String once = n.apply(s);
          assertThat(n.apply(once)).isEqualTo(once);
        });
  }

  @Test
  void skillKeysAreIdempotent() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(japaneseishText())
        .checkAssert(s -> assertThat(SkillAliases.key(SkillAliases.key(s))).isEqualTo(SkillAliases.key(s)));
  }

  @Test
  void fullWidthAsciiNormalisesLikeAscii() {
    Gen<String> ascii = lists().of(integers().between(0x21, 0x7E)).ofSizeBetween(0, 20).map(cps -> {
      StringBuilder sb = new StringBuilder();
      cps.forEach(sb::appendCodePoint);
      return sb.toString();
    });
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(ascii)
        .checkAssert(s -> {
          StringBuilder wide = new StringBuilder();
          s.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
          assertThat(TextNormalizer.standard().apply(wide.toString())).isEqualTo(TextNormalizer.standard().apply(s));
        });
  }

  @Test
  void hiraganaReadingsEqualTheirKatakana() {
    Gen<String> hiragana = lists().of(integers().between(0x3041, 0x3096)).ofSizeBetween(0, 20).map(cps -> {
      StringBuilder sb = new StringBuilder();
      cps.forEach(sb::appendCodePoint);
      return sb.toString();
    });
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(hiragana)
        .checkAssert(h -> {
          StringBuilder kata = new StringBuilder();
          h.chars().forEach(c -> kata.append((char) (c + 0x60)));
          assertThat(TextNormalizer.kanaReadings().apply(h)).isEqualTo(TextNormalizer.kanaReadings().apply(kata.toString()));
        });
  }
}
