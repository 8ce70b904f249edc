package org.alumnisdk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
  private final TextNormalizer standard = TextNormalizer.standard();

  @ParameterizedTest
  @CsvSource({
    "ｶﾞｸｾｲ, ガクセイ",
    "ﾊﾟｿｺﾝ, パソコン",
    "ｺｰﾋｰ, コーヒー",
    "ｳﾞｧｲｵﾘﾝ, ヴァイオリン",
    "ﾔﾏﾀﾞ ﾀﾛｳ, ヤマダ タロウ",
  })
  void halfWidthKatakanaBecomesFullWidthEvenWithoutNfkc(String half, String full) {
    assertThat(standard.apply(half)).isEqualTo(full);
    assertThat(standard.withNfkc(false).apply(half)).isEqualTo(full);
  }

  @Test
  void fullWidthLatinAndDigitsBecomeAsciiAndCaseFolds() {
    assertThat(standard.apply("ＪａｖａＳｃｒｉｐｔ　２０２６")).isEqualTo("javascript 2026");
    assertThat(standard.apply("Ｓｔｒａßｅ")).isEqualTo("strasse");
  }

  @Test
  void whiteSpaceRunsIncludingIdeographicSpaceFoldToOneSpace() {
    assertThat(standard.apply("\u3000 山田\t\u3000 太郎 \n")).isEqualTo("山田 太郎");
  }

  @Test
  void kanaFoldingMakesHiraganaAndKatakanaReadingsEqual() {
    TextNormalizer kana = TextNormalizer.kanaReadings();
    assertThat(kana.apply("やまだ たろう")).isEqualTo("ヤマダ タロウ");
    assertThat(kana.same("やまだ", "ﾔﾏﾀﾞ")).isTrue();
    assertThat(standard.same("やまだ", "ヤマダ")).isFalse();
  }

  @Test
  void emailsAreNormalisedOrRejected() {
    assertThat(TextNormalizer.email(" Taro.Yamada＠Example.CO.JP ")).contains("taro.yamada@example.co.jp");
    assertThat(TextNormalizer.email("ｔａｒｏ@example.com")).contains("taro@example.com");
    assertThat(TextNormalizer.email("no-at-sign.example.com")).isEmpty();
    assertThat(TextNormalizer.email("a@@example.com")).isEmpty();
    assertThat(TextNormalizer.email("a@example")).isEmpty();
    assertThat(TextNormalizer.email(".a@example.com")).isEmpty();
    assertThat(TextNormalizer.email("山田@example.com")).isEmpty();
    assertThat(TextNormalizer.email(null)).isEmpty();
  }
}
