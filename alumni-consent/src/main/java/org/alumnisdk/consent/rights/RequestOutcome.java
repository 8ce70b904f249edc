package org.alumnisdk.consent.rights;

import java.util.Optional;
import org.alumnisdk.core.Checks;

/**
 * The result of acting on a request: the updated request, and the disclosure document or deletion
 * report where there is one.
 *
 * @param request the request after the action
 * @param document the disclosure document, if any
 * @param deletion the deletion report, if any
 * @since 0.1.0
 */
public record RequestOutcome(SubjectRequest request, Optional<DisclosureDocument> document,
    Optional<DeletionReport> deletion) {
  /**
   * Validates.
   *
   * @param request the request after the action
   * @param document the disclosure document, if any
   * @param deletion the deletion report, if any
   * @throws org.alumnisdk.core.InvalidValueException if a part is null
   */
  public RequestOutcome {
    Checks.notNull(request, "request");
    Checks.notNull(document, "document");
    Checks.notNull(deletion, "deletion");
  }

  /**
   * Wraps a request alone.
   *
   * @param request the request
   * @return the outcome
   */
  public static RequestOutcome of(SubjectRequest request) {
    return new RequestOutcome(request, Optional.empty(), Optional.empty());
  }
}
