package org.alumnisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MultiInstanceConsentExampleTest {
  @Test
  @DisplayName("two instances over one set of stores: consent, withdrawal and an Art. 35 stop cross instances")
  void walkThrough() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    MultiInstanceConsentExample.Outcome o = MultiInstanceConsentExample.run(
        new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertThat(o.bAllowsAfterConsentOnA().allowed()).isTrue();
    assertThat(o.aAfterWithdrawalOnB().allowed()).isFalse();
    assertThat(o.aAfterWithdrawalOnB().code()).isEqualTo("consent.not-held");
    assertThat(o.aAfterWithdrawalOnB().reason()).contains("WITHDRAWN");
    assertThat(o.bAfterStopOnA().allowed()).isFalse();
    assertThat(o.bAfterStopOnA().code()).isEqualTo("use.stopped");
    assertThat(o.bAfterStopOnA().article()).isEqualTo("APPI@2022-04-01:Art.35(2)");
    assertThat(o.ledgerRecords()).isEqualTo(3);
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("Intact");
  }
}
