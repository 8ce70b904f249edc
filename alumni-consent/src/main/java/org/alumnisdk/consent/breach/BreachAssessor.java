package org.alumnisdk.consent.breach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.alumnisdk.consent.decision.ArticleRef;
import org.alumnisdk.consent.decision.Reason;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;

/**
 * Assesses incidents under Art. 26 with configurable {@link BreachRules}. Stateless and thread-safe.
 *
 * <p>Days are counted from the calendar day of awareness in Japan: with the defaults, an incident
 * known on 1 April has its preliminary report due on 6 April and its final report on 1 May (31 May
 * for an unlawful act).
 *
 * @since 0.1.0
 */
public final class BreachAssessor {
  private static final String POLICY = "breachAssessment";
  private final BreachRules rules;

  private BreachAssessor(BreachRules rules) {
    this.rules = rules;
  }

  /**
   * Creates an assessor.
   *
   * @param rules the rules
   * @return the assessor
   * @throws org.alumnisdk.core.InvalidValueException if null
   */
  public static BreachAssessor of(BreachRules rules) {
    return new BreachAssessor(Checks.notNull(rules, "rules"));
  }

  /**
   * Creates an assessor with the defaults of {@code APPI@2022-04-01}.
   *
   * @return the assessor
   */
  public static BreachAssessor standard() {
    return of(BreachRules.appi2022());
  }

  private Reason reason(String article, String text) {
    return new Reason(POLICY, new ArticleRef(rules.ruleSetVersion(), article), text);
  }

  /**
   * Assesses an incident.
   *
   * @param incident the incident
   * @return the assessment
   * @throws org.alumnisdk.core.InvalidValueException if null
   */
  public BreachAssessment assess(Incident incident) {
    Checks.notNull(incident, "incident");
    List<Reason> reasons = new ArrayList<>();
    if (incident.pseudonymisedOnly()) {
      reasons.add(reason("Art.41(9)", "only pseudonymised information was involved; Art. 26 does not apply to it"));
      return new BreachAssessment.NotReportable(incident.id(), reasons);
    }
    if (incident.likelihood() == Likelihood.UNLIKELY) {
      reasons.add(reason("Art.26(1)", "assessed as neither having occurred nor probably having occurred"));
      return new BreachAssessment.NotReportable(incident.id(), reasons);
    }
    Set<BreachTrigger> triggers = EnumSet.noneOf(BreachTrigger.class);
    if (incident.specialCareRequired()) {
      triggers.add(BreachTrigger.SPECIAL_CARE_REQUIRED);
    }
    if (incident.financialLossRisk()) {
      triggers.add(BreachTrigger.FINANCIAL_LOSS_RISK);
    }
    if (incident.unlawfulPurpose()) {
      triggers.add(BreachTrigger.UNLAWFUL_PURPOSE);
    }
    boolean countUnknown = incident.count().isEmpty();
    if (countUnknown || incident.affectedCount() > rules.personThreshold()) {
      triggers.add(BreachTrigger.MORE_THAN_THRESHOLD_PERSONS);
    }
    for (BreachTrigger t : triggers) {
      String text = switch (t) {
        case SPECIAL_CARE_REQUIRED -> "special care-required information is involved";
        case FINANCIAL_LOSS_RISK -> "data whose misuse may cause financial loss is involved";
        case UNLAWFUL_PURPOSE -> "possibly caused by an act with an unlawful purpose";
        case MORE_THAN_THRESHOLD_PERSONS -> countUnknown
            ? "the number of affected persons is unknown, so it may exceed " + rules.personThreshold() + " (fail closed)"
            : incident.affectedCount() + " persons affected, more than " + rules.personThreshold();
      };
      reasons.add(reason("Art.26(1); " + t.rule(), text));
    }
    if (triggers.isEmpty()) {
      reasons.add(reason("Art.26(1)", "no reportable category and " + incident.affectedCount()
          + " persons affected, not more than " + rules.personThreshold()));
      return new BreachAssessment.NotReportable(incident.id(), reasons);
    }
    if (rules.encryptionExempts() && Boolean.TRUE.equals(incident.strongEncryption())) {
      reasons.add(reason("Art.26(1); Rules Art.7", "advanced encryption or equivalent protection was applied; no report needed"));
      return new BreachAssessment.NotReportable(incident.id(), reasons);
    }
    if (incident.strongEncryption() == null && rules.encryptionExempts()) {
      reasons.add(reason("Art.26(1); Rules Art.7", "whether advanced encryption was applied is unknown; treated as not applied"));
    }
    if (incident.role() == HandlerRole.PROCESSOR) {
      if (incident.operatorNotified().isPresent()) {
        reasons.add(reason("Art.26(1) proviso", "as a processor that notified the entrusting operator, no own report is needed; the operator reports"));
        return new BreachAssessment.NotReportable(incident.id(), reasons);
      }
      reasons.add(reason("Art.26(1) proviso", "a processor must report itself unless it notifies the entrusting operator"));
    }
    LocalDate aware = incident.awareAt().atZone(rules.zone()).toLocalDate();
    LocalDate preliminary = aware.plusDays(rules.preliminaryDays());
    boolean unlawful = triggers.contains(BreachTrigger.UNLAWFUL_PURPOSE);
    LocalDate fin = aware.plusDays(unlawful ? rules.finalDaysUnlawful() : rules.finalDays());
    reasons.add(reason("Art.26(1); Rules Art.8", "preliminary report promptly (by " + preliminary + "), final report by " + fin
        + (unlawful ? " (60-day period for an unlawful act)" : "")));
    List<NotificationTask> tasks = new ArrayList<>();
    for (AlumnusId a : incident.affected()) {
      tasks.add(new NotificationTask(NotificationTask.Kind.NOTIFY_PERSON, a, NotificationTask.NOTICE_ITEMS));
    }
    if (countUnknown || incident.affectedCount() > incident.affected().size()) {
      tasks.add(new NotificationTask(NotificationTask.Kind.PUBLIC_ANNOUNCEMENT, null, NotificationTask.NOTICE_ITEMS));
      reasons.add(reason("Art.26(2) proviso", "not every affected person is identified: a public announcement is the alternative measure"));
    }
    return new BreachAssessment.Reportable(incident.id(), triggers, preliminary, fin, tasks, reasons);
  }
}
