package org.alumnisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.alumnisdk.core.roster.RosterError;
import org.junit.jupiter.api.Test;

class RosterImportExampleTest {
  @Test
  void walkThroughImportsRejectsAndExports() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    RosterImportExample.Outcome o = RosterImportExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    assertThat(o.rejected().committed()).isFalse();
    assertThat(o.rejected().errors()).extracting(RosterError::line, RosterError::column, RosterError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "family_name_kana", "Katakana"),
            org.assertj.core.groups.Tuple.tuple(3, "start_date", "Invalid"));
    assertThat(o.imported().created()).isEqualTo(3);
    assertThat(o.imported().rows()).isEqualTo(4);
    assertThat(o.reimported().unchanged()).isEqualTo(3);
    assertThat(o.reimported().created() + o.reimported().updated()).isZero();
    assertThat(o.formatError()).isEqualTo("Quoting");
    assertThat(o.invited()).isEqualTo(3);
    assertThat(o.tenuresOfBoomerang()).isEqualTo(2);
    assertThat(o.exportedJsonLines().lines()).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("{\"employee_id\":\"E100"));
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("ヤマダ").contains("javascript");
  }
}
