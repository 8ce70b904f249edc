package org.alumnisdk.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.SkillId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkillAliasesTest {
  private final SkillAliases table = SkillAliases.builtIn();

  @ParameterizedTest
  @ValueSource(strings = {"JS", "ＪＳ", "ＪａｖａＳｃｒｉｐｔ", "javascript", "Java Script", "ジャバスクリプト", "じゃばすくりぷと", "ｼﾞｬﾊﾞｽｸﾘﾌﾟﾄ", " js "})
  void everySpellingOfJavaScriptIsOneSkill(String spelling) {
    assertThat(table.resolve(spelling)).contains(SkillId.of("javascript"));
  }

  @Test
  void distinctSkillsStayDistinct() {
    assertThat(table.resolve("Java")).contains(SkillId.of("java"));
    assertThat(table.resolve("C#")).contains(SkillId.of("csharp"));
    assertThat(table.resolve("C++")).contains(SkillId.of("cpp"));
    assertThat(table.resolve("Node.js")).contains(SkillId.of("nodejs"));
    assertThat(table.resolve("ＮｏｄｅＪＳ")).contains(SkillId.of("nodejs"));
    assertThat(table.resolve("経理")).contains(SkillId.of("accounting"));
    assertThat(table.resolve("COBOL")).isEmpty();
    assertThat(table.resolve("  ")).isEmpty();
  }

  @Test
  void unknownSkillsGetADerivedIdThatIgnoresWidthAndCase() {
    assertThat(table.resolveOrDerive("ＣＯＢＯＬ　Ｄｅｖ")).isEqualTo(SkillId.of("cobol-dev"));
    assertThat(table.resolveOrDerive("cobol dev")).isEqualTo(SkillId.of("cobol-dev"));
  }

  @Test
  void hostsExtendTheTableButCannotRemapAnAlias() {
    SkillAliases extended = table.with(SkillId.of("cobol"), "COBOL", "コボル");
    assertThat(extended.resolve("こぼる")).contains(SkillId.of("cobol"));
    assertThat(table.resolve("COBOL")).isEmpty();
    assertThatThrownBy(() -> table.with(SkillId.of("other"), "JS"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("javascript");
    SkillAliases merged = table.merge(new StringReader("# host skills\nsap: SAP, エスエーピー\n"));
    assertThat(merged.resolve("ｴｽｴｰﾋﾟｰ")).contains(SkillId.of("sap"));
    assertThatThrownBy(() -> table.merge(new StringReader("\nno colon here\n")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("line 2");
  }

  @Test
  void builtInTableHasNoEmptyKeys() {
    assertThat(table.size()).isGreaterThan(100);
    assertThat(table.entries().keySet()).allSatisfy(k -> assertThat(k).isNotBlank());
  }
}
