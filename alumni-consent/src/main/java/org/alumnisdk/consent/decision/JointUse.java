package org.alumnisdk.consent.decision;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * A joint-use arrangement (Art. 27(5)(iii)): the data items, the scope of joint users, their purposes,
 * the party responsible for management and the notice that told the persons beforehand.
 *
 * @param tenant the tenant (the operator) the arrangement belongs to
 * @param id the arrangement id
 * @param items the data-category ids shared
 * @param users the recipient ids within the scope of joint users
 * @param purposes the joint users' purposes
 * @param responsibleParty the id or name of the company responsible for management (not a person)
 * @param noticeVersion the joint-use notice version shown
 * @param noticeGivenAt when the persons were notified or given ready access, or null if not yet
 * @since 0.1.0
 */
public record JointUse(
    TenantId tenant,
    String id,
    Set<String> items,
    Set<String> users,
    Set<PurposeId> purposes,
    String responsibleParty,
    String noticeVersion,
    Instant noticeGivenAt) {
  /**
   * Validates and copies.
   *
   * @param tenant the tenant (the operator) the arrangement belongs to
   * @param id the arrangement id
   * @param items the data-category ids shared
   * @param users the recipient ids within the scope of joint users
   * @param purposes the joint users' purposes
   * @param responsibleParty the id or name of the company responsible for management (not a person)
   * @param noticeVersion the joint-use notice version shown
   * @param noticeGivenAt when the persons were notified or given ready access, or null if not yet
   * @throws org.alumnisdk.core.InvalidValueException if a required part is missing
   */
  public JointUse {
    Checks.notNull(tenant, "jointUse.tenant");
    id = Checks.notBlank(id, "jointUse.id");
    items = Set.copyOf(Checks.notNull(items, "jointUse.items"));
    users = Set.copyOf(Checks.notNull(users, "jointUse.users"));
    purposes = Set.copyOf(Checks.notNull(purposes, "jointUse.purposes"));
    responsibleParty = responsibleParty == null ? "" : responsibleParty.strip();
    noticeVersion = noticeVersion == null ? "" : noticeVersion.strip();
  }

  /**
   * Returns when the notice was given.
   *
   * @return the instant, or empty if not given
   */
  public Optional<Instant> noticeGiven() {
    return Optional.ofNullable(noticeGivenAt);
  }
}
