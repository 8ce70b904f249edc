package org.alumnisdk.consent.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.alumnisdk.consent.purpose.PurposeCatalogue;
import org.alumnisdk.consent.purpose.PurposeEnd;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.TenantMismatchException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionPlannerTest {
  static final TenantId T = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant END = Instant.parse("2026-06-30T00:00:00Z");
  PurposeCatalogue catalogue;
  RetentionPlanner planner;

  @BeforeEach
  void setUp() {
    catalogue = new PurposeCatalogue();
    StandardPurposes.all(T0).forEach(p -> catalogue.register(T, p));
    planner = new RetentionPlanner(catalogue);
  }

  static DataHolding h(String who, String cat, PurposeId... ps) {
    return new DataHolding(T, AlumnusId.of(who), cat, Set.of(ps), T0);
  }

  @Test
  @DisplayName("Art. 22: when mentoring ends, data held only for it is deleted after its 3-month grace")
  void planAfterEnd() {
    catalogue.end(T, new PurposeEnd(PurposeId.MENTORING, END, "hr-board"));
    DataHolding onlyMentoring = h("a", "pd:ProfessionalInterview", PurposeId.MENTORING);
    DataHolding shared = h("a", "pd:EmailAddress", PurposeId.MENTORING, PurposeId.REHIRE_OUTREACH);
    DataHolding unrelated = h("b", "pd:EmailAddress", PurposeId.REHIRE_OUTREACH);
    RetentionPlan plan = planner.plan(T, PurposeId.MENTORING, List.of(onlyMentoring, shared, unrelated));
    assertThat(plan.steps()).hasSize(2);
    RetentionStep del = plan.steps(StepAction.DELETE).get(0);
    assertThat(del.holding()).isEqualTo(onlyMentoring);
    assertThat(del.dueAt()).contains(Instant.parse("2026-09-30T00:00:00Z"));
    assertThat(del.reason()).contains("Art.22");
    RetentionStep keep = plan.steps(StepAction.KEEP_FOR_ACTIVE_PURPOSE).get(0);
    assertThat(keep.holding()).isEqualTo(shared);
    assertThat(keep.reason()).contains("rehire-outreach");
  }

  @Test
  @DisplayName("Art. 22 + Art. 43: engagement data is anonymised, unless another ended purpose says delete")
  void anonymiseOrDelete() {
    catalogue.end(T, new PurposeEnd(PurposeId.ENGAGEMENT_ANALYTICS, END, "hr-board"));
    catalogue.end(T, new PurposeEnd(PurposeId.REFERRAL_OUTREACH, END.plusSeconds(86400), "hr-board"));
    DataHolding analyticsOnly = h("a", "pd:BrowsingBehaviour", PurposeId.ENGAGEMENT_ANALYTICS);
    DataHolding both = h("a", "pd:EmailAddress", PurposeId.ENGAGEMENT_ANALYTICS, PurposeId.REFERRAL_OUTREACH);
    RetentionPlan plan = planner.plan(T, PurposeId.ENGAGEMENT_ANALYTICS, List.of(analyticsOnly, both));
    assertThat(plan.steps(StepAction.ANONYMISE)).extracting(RetentionStep::holding).containsExactly(analyticsOnly);
    RetentionStep del = plan.steps(StepAction.DELETE).get(0);
    assertThat(del.holding()).isEqualTo(both);
    // the later of the two due dates: referral ends a day later with 6 months' grace
    assertThat(del.dueAt()).contains(Instant.parse("2027-01-01T00:00:00Z"));
  }

  @Test
  @DisplayName("Art. 22: the overdue report lists holdings past their due date, most overdue first")
  void overdueReport() {
    catalogue.end(T, new PurposeEnd(PurposeId.MENTORING, END, "hr-board"));
    catalogue.end(T, new PurposeEnd(PurposeId.ENGAGEMENT_ANALYTICS, END, "hr-board"));
    DataHolding m = h("a", "pd:ProfessionalInterview", PurposeId.MENTORING);
    DataHolding e = h("b", "pd:BrowsingBehaviour", PurposeId.ENGAGEMENT_ANALYTICS);
    DataHolding active = h("c", "pd:EmailAddress", PurposeId.REHIRE_OUTREACH);
    DataHolding orphan = h("d", "pd:Name");
    Instant now = Instant.parse("2026-08-15T00:00:00Z");
    OverdueReport r = planner.overdue(T, List.of(m, e, active, orphan), now);
    assertThat(r.overdue()).extracting(RetentionStep::holding).containsExactly(orphan, e);
    assertThat(r.overdue().get(0).action()).isEqualTo(StepAction.REVIEW);
    assertThat(planner.overdue(T, List.of(m), Instant.parse("2026-09-30T00:00:00Z")).overdue()).hasSize(1);
    assertThat(planner.overdue(T, List.of(m), Instant.parse("2026-09-29T23:59:59Z")).overdue()).isEmpty();
  }

  @Test
  @DisplayName("Fail closed: no plan for a purpose that has not ended; no holdings from another tenant")
  void guards() {
    assertThatThrownBy(() -> planner.plan(T, PurposeId.MENTORING, List.of()))
        .isInstanceOf(IllegalTransitionException.class);
    catalogue.end(T, new PurposeEnd(PurposeId.MENTORING, END, "hr-board"));
    DataHolding foreign = new DataHolding(TenantId.of("globex"), AlumnusId.of("x"), "pd:Name",
        Set.of(PurposeId.MENTORING), T0);
    assertThatThrownBy(() -> planner.plan(T, PurposeId.MENTORING, List.of(foreign)))
        .isInstanceOf(TenantMismatchException.class);
  }
}
