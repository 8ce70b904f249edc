package org.alumnisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.junit.jupiter.api.Test;

class DemoTest {
  @Test
  void demoRegistersTheImportedAlumnusAndPrintsNoPersonalData() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    var result = Demo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String printed = buffer.toString(StandardCharsets.UTF_8);

    assertThat(result.status()).isEqualTo(MembershipStatus.REGISTERED);
    assertThat(printed).contains("status=REGISTERED").doesNotContain("山田").doesNotContain("花子");
  }
}
