package org.alumnisdk.core.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ContentId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * A newsletter, article or interview, with its deliveries, opens, clicks and replies.
 *
 * <p>Invariants: each recipient is delivered to at most once; every open, click or reply comes
 * from a recipient it was delivered to, no earlier than the delivery.
 *
 * @param id the content id
 * @param tenant the owning tenant
 * @param kind newsletter, article or interview
 * @param title the title
 * @param publishedAt when it was published
 * @param interactions deliveries, opens, clicks and replies, in recording order
 * @param version the optimistic version: 0 before the first save
 * @since 0.1.0
 */
public record Content(
    ContentId id,
    TenantId tenant,
    ContentKind kind,
    @NotBlank @Size(max = 300) String title,
    Instant publishedAt,
    List<Interaction> interactions,
    long version) implements Aggregate<ContentId, Content> {

  /**
   * One interaction of one recipient.
   *
   * @param alumnus the recipient
   * @param type what happened
   * @param at when
   */
  public record Interaction(AlumnusId alumnus, InteractionType type, Instant at) {
    /**
     * Validates the interaction.
     *
     * @param alumnus the recipient
     * @param type what happened
     * @param at when
     * @throws InvalidValueException if a field is missing
     */
    public Interaction {
      Checks.notNull(alumnus, "interactions.alumnus");
      Checks.notNull(type, "interactions.type");
      Checks.notNull(at, "interactions.at");
    }
  }

  /**
   * Engagement counts of a content item.
   *
   * @param deliveries recipients delivered to
   * @param uniqueOpens recipients who opened at least once
   * @param clicks all clicks
   * @param uniqueClicks recipients who clicked at least once
   * @param replies all replies
   */
  public record Stats(long deliveries, long uniqueOpens, long clicks, long uniqueClicks, long replies) {}

  /**
   * Validates the item and its interactions.
   *
   * @param id the content id
   * @param tenant the owning tenant
   * @param kind newsletter, article or interview
   * @param title the title
   * @param publishedAt when it was published
   * @param interactions deliveries, opens, clicks and replies, in recording order
   * @param version the optimistic version: 0 before the first save
   * @throws InvalidValueException naming the first malformed field or broken invariant
   */
  public Content {
    Checks.notNull(id, "id");
    Checks.notNull(tenant, "tenant");
    Checks.notNull(kind, "kind");
    title = Checks.notBlank(title, "title");
    Checks.notNull(publishedAt, "publishedAt");
    interactions = Checks.copyOf(interactions, "interactions");
    Map<AlumnusId, Instant> delivered = new TreeMap<>();
    for (int i = 0; i < interactions.size(); i++) {
      Interaction x = interactions.get(i);
      if (x.type() == InteractionType.DELIVERED) {
        if (delivered.putIfAbsent(x.alumnus(), x.at()) != null) {
          throw new InvalidValueException("interactions[" + i + "]", "second delivery to " + x.alumnus());
        }
      } else {
        Instant d = delivered.get(x.alumnus());
        if (d == null || x.at().isBefore(d)) {
          throw new InvalidValueException("interactions[" + i + "]", x.type() + " without an earlier delivery to " + x.alumnus());
        }
      }
    }
    Checks.notNegative(version, "version");
  }

  /**
   * Publishes a new item with no interactions.
   *
   * @param id the id
   * @param tenant the tenant
   * @param kind the kind
   * @param title the title
   * @param publishedAt when
   * @return the unsaved item
   */
  public static Content publish(ContentId id, TenantId tenant, ContentKind kind, String title, Instant publishedAt) {
    return new Content(id, tenant, kind, title, publishedAt, List.of(), 0);
  }

  /**
   * Records an interaction. A second delivery to the same recipient changes nothing.
   *
   * @param alumnus the recipient
   * @param type what happened
   * @param at when
   * @return the updated copy
   * @throws IllegalTransitionException if an open, click or reply has no earlier delivery
   */
  public Content record(AlumnusId alumnus, InteractionType type, Instant at) {
    Interaction x = new Interaction(alumnus, type, at);
    Instant delivered = interactions.stream()
        .filter(i -> i.type() == InteractionType.DELIVERED && i.alumnus().equals(alumnus))
        .map(Interaction::at).findFirst().orElse(null);
    if (type == InteractionType.DELIVERED && delivered != null) {
      return this;
    }
    if (type != InteractionType.DELIVERED && (delivered == null || at.isBefore(delivered))) {
      throw new IllegalTransitionException("content " + id + " for " + alumnus, "NOT_DELIVERED", type.name());
    }
    List<Interaction> next = new ArrayList<>(interactions);
    next.add(x);
    return new Content(id, tenant, kind, title, publishedAt, next, version);
  }

  /**
   * Counts deliveries, opens, clicks and replies.
   *
   * @return the counts
   */
  public Stats stats() {
    long deliveries = 0;
    long clicks = 0;
    long replies = 0;
    Set<AlumnusId> opened = new HashSet<>();
    Set<AlumnusId> clicked = new HashSet<>();
    for (Interaction x : interactions) {
      switch (x.type()) {
        case DELIVERED -> deliveries++;
        case OPENED -> opened.add(x.alumnus());
        case CLICKED -> {
          clicks++;
          clicked.add(x.alumnus());
        }
        case REPLIED -> replies++;
      }
    }
    return new Stats(deliveries, opened.size(), clicks, clicked.size(), replies);
  }

  @Override
  public Content withVersion(long newVersion) {
    return new Content(id, tenant, kind, title, publishedAt, interactions, newVersion);
  }
}
