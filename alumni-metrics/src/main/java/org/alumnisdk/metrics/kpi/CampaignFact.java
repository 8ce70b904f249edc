package org.alumnisdk.metrics.kpi;

import java.time.Instant;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ContentId;

/**
 * One newsletter or mailing, as the KPI input.
 *
 * @param content the content id
 * @param sentAt when it was sent (decides the window)
 * @param delivered alumni it was delivered to
 * @param opened alumni recorded as opening it (unreliable signal)
 * @param clicked alumni who clicked a link in it
 * @since 0.1.0
 */
public record CampaignFact(
    ContentId content, Instant sentAt, Set<AlumnusId> delivered, Set<AlumnusId> opened, Set<AlumnusId> clicked) {
  /**
   * Validates and copies.
   *
   * @param content the content id
   * @param sentAt when it was sent (decides the window)
   * @param delivered alumni it was delivered to
   * @param opened alumni recorded as opening it (unreliable signal)
   * @param clicked alumni who clicked a link in it
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public CampaignFact {
    Checks.notNull(content, "campaign.content");
    Checks.notNull(sentAt, "campaign.sentAt");
    delivered = Set.copyOf(Checks.notNull(delivered, "campaign.delivered"));
    opened = Set.copyOf(Checks.notNull(opened, "campaign.opened"));
    clicked = Set.copyOf(Checks.notNull(clicked, "campaign.clicked"));
  }
}
