package org.alumnisdk.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.GroupId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Location;
import org.junit.jupiter.api.Test;

class GroupTest {
  private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");

  @Test
  void joinIsIdempotentAndLeaveNeedsMembership() {
    AlumnusId a = AlumnusId.of("a");
    Group g = Group.create(GroupId.of("g"), TenantId.of("t"), "Osaka chapter", GroupKind.CHAPTER, Location.japan("Osaka"))
        .join(a, Group.Role.ORGANIZER, T0).join(a, Group.Role.MEMBER, T0.plusSeconds(1));
    assertThat(g.members()).hasSize(1);
    assertThat(g.member(a).orElseThrow().role()).isEqualTo(Group.Role.ORGANIZER);
    Group empty = g.leave(a);
    assertThat(empty.members()).isEmpty();
    assertThatThrownBy(() -> empty.leave(a)).isInstanceOf(IllegalTransitionException.class);
  }
}
