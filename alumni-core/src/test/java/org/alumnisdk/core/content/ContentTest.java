package org.alumnisdk.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ContentId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.Test;

class ContentTest {
  private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
  private static final AlumnusId A = AlumnusId.of("a"), B = AlumnusId.of("b");

  @Test
  void countsDeliveriesOpensClicksAndReplies() {
    Content c = Content.publish(ContentId.of("c"), TenantId.of("t"), ContentKind.NEWSLETTER, "May", T0)
        .record(A, InteractionType.DELIVERED, T0)
        .record(B, InteractionType.DELIVERED, T0)
        .record(A, InteractionType.DELIVERED, T0.plusSeconds(5))
        .record(A, InteractionType.OPENED, T0.plusSeconds(10))
        .record(A, InteractionType.OPENED, T0.plusSeconds(11))
        .record(A, InteractionType.CLICKED, T0.plusSeconds(12))
        .record(A, InteractionType.CLICKED, T0.plusSeconds(13))
        .record(B, InteractionType.REPLIED, T0.plusSeconds(14));
    assertThat(c.stats()).isEqualTo(new Content.Stats(2, 1, 2, 1, 1));
  }

  @Test
  void interactionsNeedAnEarlierDelivery() {
    Content c = Content.publish(ContentId.of("c"), TenantId.of("t"), ContentKind.ARTICLE, "x", T0);
    assertThatThrownBy(() -> c.record(A, InteractionType.OPENED, T0)).isInstanceOf(IllegalTransitionException.class);
    Content d = c.record(A, InteractionType.DELIVERED, T0);
    assertThatThrownBy(() -> d.record(A, InteractionType.CLICKED, T0.minusSeconds(1))).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> new Content(c.id(), c.tenant(), c.kind(), "x", T0,
        List.of(new Content.Interaction(B, InteractionType.REPLIED, T0)), 0)).isInstanceOf(InvalidValueException.class);
  }
}
