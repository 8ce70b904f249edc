package org.alumnisdk.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Test
  void escapesQuotesBackslashesControlAndLineSeparators() {
    assertThat(JsonText.quote("a\"b\\c\n\u0001\u2028")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\\u2028\"");
    assertThat(JsonText.quote("山田")).isEqualTo("\"山田\"");
  }

  @Test
  void anyStringReadsBackUnchangedWithAnIndependentParser() {
    qt().withFixedSeed(20261125L).withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(s -> {
          try {
            assertThat(JACKSON.readValue(JsonText.quote(s), String.class)).isEqualTo(s);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }
}
