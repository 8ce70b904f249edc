package org.alumnisdk.core.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.MentorshipId;
import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.Test;

class MentorshipTest {
  private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
  private static final TenantId T = TenantId.of("t");

  private static Mentorship proposed() {
    return Mentorship.propose(MentorshipId.of("m"), T, ProgramId.of("p"), AlumnusId.of("a"), AlumnusId.of("b"), T0);
  }

  @Test
  void proposedBecomesActiveThenCompleted() {
    Mentorship m = proposed().moveTo(MentorshipStatus.ACTIVE, T0).moveTo(MentorshipStatus.COMPLETED, T0.plusSeconds(1));
    assertThat(m.status()).isEqualTo(MentorshipStatus.COMPLETED);
    assertThatThrownBy(() -> m.moveTo(MentorshipStatus.ACTIVE, T0.plusSeconds(2))).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void illegalMovesAndSelfMentoringAreRejected() {
    assertThatThrownBy(() -> proposed().moveTo(MentorshipStatus.COMPLETED, T0)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> proposed().moveTo(MentorshipStatus.DECLINED, T0).moveTo(MentorshipStatus.ACTIVE, T0))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> Mentorship.propose(MentorshipId.of("m"), T, ProgramId.of("p"), AlumnusId.of("a"), AlumnusId.of("a"), T0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("mentee");
    assertThatThrownBy(() -> MentorshipProgram.of(ProgramId.of("p"), T, "x", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("endsOn");
  }
}
