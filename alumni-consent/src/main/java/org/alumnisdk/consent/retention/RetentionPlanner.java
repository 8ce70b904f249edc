package org.alumnisdk.consent.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.consent.purpose.Purpose;
import org.alumnisdk.consent.purpose.PurposeCatalogue;
import org.alumnisdk.consent.purpose.PurposeEnd;
import org.alumnisdk.consent.purpose.RetentionAction;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * Plans deletion and anonymisation per purpose (APPI@2022-04-01 Art. 22: delete personal data
 * without delay once it is no longer needed; an effort duty, with periods configured per purpose
 * in the catalogue).
 *
 * <p>A holding is released only when every purpose it is held for has ended; it is then due at
 * the latest of those purposes' retention ends, and deleted if any of them says delete,
 * otherwise anonymised. A holding still needed for an active purpose is kept, naming that
 * purpose; one held for an unknown purpose or none goes to a person for review. Statutory
 * records (Arts. 29-30) are not holdings: {@code RecordBook} keeps them for their own periods.
 *
 * @since 0.1.0
 */
public final class RetentionPlanner {
  private final PurposeCatalogue catalogue;

  /**
   * Creates a planner.
   *
   * @param catalogue the purpose catalogue
   * @throws InvalidValueException if it is null
   */
  public RetentionPlanner(PurposeCatalogue catalogue) {
    this.catalogue = Checks.notNull(catalogue, "catalogue");
  }

  /**
   * The plan for the holdings of an ended purpose.
   *
   * @param tenant the tenant
   * @param purpose the ended purpose
   * @param inventory the tenant's holdings (others are ignored)
   * @return one step per holding held for the purpose
   * @throws InvalidValueException if an argument is null or a holding belongs to another tenant
   * @throws IllegalTransitionException if the purpose has not ended
   */
  public RetentionPlan plan(TenantId tenant, PurposeId purpose, Collection<DataHolding> inventory) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(purpose, "purpose");
    Checks.notNull(inventory, "inventory");
    PurposeEnd end = catalogue.endOf(tenant, purpose).orElseThrow(
        () -> new IllegalTransitionException("purpose " + purpose, "ACTIVE", "RETENTION_PLANNED"));
    List<RetentionStep> steps = new ArrayList<>();
    for (DataHolding h : inventory) {
      Checks.sameTenant(tenant, h.tenant(), "holding.tenant");
      if (h.purposes().contains(purpose)) {
        steps.add(step(h));
      }
    }
    return new RetentionPlan(tenant, purpose, end.endedAt(), steps);
  }

  /**
   * The holdings whose deletion or anonymisation was due at or before {@code now}, most overdue
   * first; holdings with no known purpose are reported for review from their collection time.
   *
   * @param tenant the tenant
   * @param inventory the tenant's holdings
   * @param now the instant of the report
   * @return the report
   * @throws InvalidValueException if an argument is null or a holding belongs to another tenant
   */
  public OverdueReport overdue(TenantId tenant, Collection<DataHolding> inventory, Instant now) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(inventory, "inventory");
    Checks.notNull(now, "now");
    List<RetentionStep> out = new ArrayList<>();
    for (DataHolding h : inventory) {
      Checks.sameTenant(tenant, h.tenant(), "holding.tenant");
      RetentionStep s = step(h);
      if (s.dueAt().isPresent() && !now.isBefore(s.dueAt().get())) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparing((RetentionStep s) -> s.dueAt().get())
        .thenComparing(s -> s.holding().alumnus())
        .thenComparing(s -> s.holding().category()));
    return new OverdueReport(tenant, now, out);
  }

  private RetentionStep step(DataHolding h) {
    if (h.purposes().isEmpty()) {
      return new RetentionStep(h, StepAction.REVIEW, Optional.of(h.collectedAt()),
          "held for no purpose (APPI@2022-04-01:Art.17(1)); a person must decide");
    }
    Instant due = null;
    boolean delete = false;
    for (PurposeId p : h.purposes().stream().sorted().toList()) {
      Optional<Purpose> current = catalogue.current(h.tenant(), p);
      if (current.isEmpty()) {
        return new RetentionStep(h, StepAction.REVIEW, Optional.of(h.collectedAt()),
            "held for purpose '" + p + "' which is not in the catalogue; a person must decide");
      }
      Optional<PurposeEnd> end = catalogue.endOf(h.tenant(), p);
      if (end.isEmpty()) {
        return new RetentionStep(h, StepAction.KEEP_FOR_ACTIVE_PURPOSE, Optional.empty(),
            "still needed for active purpose '" + p + "'");
      }
      Instant d = current.get().retention().dueAfter(end.get().endedAt());
      due = due == null || d.isAfter(due) ? d : due;
      delete |= current.get().retention().action() == RetentionAction.DELETE;
    }
    return new RetentionStep(h, delete ? StepAction.DELETE : StepAction.ANONYMISE, Optional.of(due),
        "every purpose it was held for has ended; " + (delete ? "delete" : "anonymise")
            + " without delay once no longer needed (APPI@2022-04-01:Art.22)");
  }
}
