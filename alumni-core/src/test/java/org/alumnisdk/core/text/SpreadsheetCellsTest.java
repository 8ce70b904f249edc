package org.alumnisdk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {
  static final String TRIGGERS = "=+-@\t\r";

  @Test
  @DisplayName("the cells of the CSV-injection report are guarded")
  void knownAttacks() {
    assertThat(SpreadsheetCells.guard("=HYPERLINK(\"http://evil.example/\",\"click\")"))
        .isEqualTo("'=HYPERLINK(\"http://evil.example/\",\"click\")");
    assertThat(SpreadsheetCells.guard("+SUM(A1)")).isEqualTo("'+SUM(A1)");
    assertThat(SpreadsheetCells.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetCells.guard("-2+3")).isEqualTo("'-2+3");
    assertThat(SpreadsheetCells.guard("\t=1")).isEqualTo("'\t=1");
    assertThat(SpreadsheetCells.guard("山田")).isEqualTo("山田");
    assertThat(SpreadsheetCells.guard("a=b")).isEqualTo("a=b");
    assertThat(SpreadsheetCells.guard("")).isEmpty();
    assertThat(SpreadsheetCells.guard("'=1")).isEqualTo("''=1");
    assertThat(SpreadsheetCells.guard("'abc")).isEqualTo("'abc");
  }

  @Test
  @DisplayName("for 20,000 seeded strings: a guarded cell never starts with a trigger, and unguard inverts guard")
  void guardIsSafeAndInvertible() {
    SplittableRandom r = new SplittableRandom(27);
    String alphabet = "'=+-@\t\ra あ,\"";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(6);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      String g = SpreadsheetCells.guard(s);
      assertThat(g.isEmpty() || TRIGGERS.indexOf(g.charAt(0)) < 0).as("guard(%s)", s).isTrue();
      assertThat(SpreadsheetCells.unguard(g)).as("unguard(guard(%s))", s).isEqualTo(s);
      // a cell that guard leaves alone is read back unchanged
      if (g.equals(s)) {
        assertThat(SpreadsheetCells.unguard(s)).isEqualTo(s);
      }
    }
  }
}
