package org.alumnisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.alumnisdk.core.AlumnusId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentExampleTest {
  @Test
  @DisplayName("Art. 18(1) + Art. 21(2): the offboarding walk-through keeps only consenting alumni and proves it")
  void walkThrough() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ConsentExample.Outcome o = ConsentExample.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
    AlumnusId aiko = AlumnusId.of("alumnus-aiko");
    assertThat(o.firstCohort()).containsExactly(aiko, AlumnusId.of("alumnus-ben"));
    assertThat(o.afterWithdrawal()).containsExactly(aiko);
    assertThat(o.excludedReason()).contains("REFUSED").contains("Art.18(1)");
    assertThat(o.receiptJson()).contains("\"record_id\":\"ev-1\"").contains("\"event_state\":\"dpv:ConsentGiven\"");
    assertThat(o.chainIntact()).isTrue();
    assertThat(o.provisionRecordsAboutAiko()).isEqualTo(1);
    assertThat(o.planSteps()).isEqualTo(2);
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("Hash chain: Intact");
  }
}
