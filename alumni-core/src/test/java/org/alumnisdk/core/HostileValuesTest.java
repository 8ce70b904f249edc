package org.alumnisdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alumnisdk.core.alumnus.PersonName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Values that must never be stored are refused with a typed error naming the field. */
class HostileValuesTest {
  static final String[] CONTROLS = {"\u0000", "\u0007", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085", "\u009f"};

  @Test
  @DisplayName("control characters in a name are refused, naming the field and the position, never the text")
  void controlCharactersInNames() {
    for (String c : CONTROLS) {
      assertThatThrownBy(() -> PersonName.of("山" + c + "田", "太郎"))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("name.family");
            assertThat(e.getMessage()).contains("position 1").doesNotContain("山");
          });
      assertThatThrownBy(() -> PersonName.of("山田", "太" + c + "郎"))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name.given"));
    }
    assertThat(PersonName.of("山田", "太郎").family()).isEqualTo("山田");
    assertThat(Checks.noControlCharacters("O'Brien-Smith ñ 𠮷", "f")).isEqualTo("O'Brien-Smith ñ 𠮷");
  }
}
