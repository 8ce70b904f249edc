package org.alumnisdk.metrics.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.content.Content;
import org.alumnisdk.core.event.Event;
import org.alumnisdk.core.referral.Referral;
import org.alumnisdk.core.referral.ReferralStage;
import org.alumnisdk.core.referral.RewardStatus;
import org.alumnisdk.core.rehire.RehireApplication;
import org.alumnisdk.core.rehire.RehireStage;

/**
 * Adapters from the core aggregates (referrals, rehire applications, events, content) to the KPI
 * fact records. Salaries are not part of the core model, so hire facts take them as arguments.
 *
 * @since 0.1.0
 */
public final class CoreFacts {
  private CoreFacts() {}

  /**
   * A referral fact: outcome HIRED (with the hire instant), REJECTED, WITHDRAWN, or PENDING while
   * the referral is open; the reward counts only once paid.
   *
   * @param referral the referral
   * @return the fact
   */
  public static ReferralFact referral(Referral referral) {
    Checks.notNull(referral, "referral");
    ReferralStage stage = referral.stage();
    ReferralOutcome outcome = switch (stage) {
      case HIRED -> ReferralOutcome.HIRED;
      case REJECTED -> ReferralOutcome.REJECTED;
      case WITHDRAWN -> ReferralOutcome.WITHDRAWN;
      default -> ReferralOutcome.PENDING;
    };
    Optional<Instant> hiredAt = outcome == ReferralOutcome.HIRED ? referral.enteredAt(ReferralStage.HIRED) : Optional.empty();
    long reward = referral.reward() == RewardStatus.PAID ? referral.rewardYen() : 0;
    return new ReferralFact(referral.id(), referral.referrer(), referral.submittedAt(), outcome, hiredAt, reward);
  }

  /**
   * Referral facts for many referrals.
   *
   * @param referrals the referrals
   * @return the facts in input order
   */
  public static List<ReferralFact> referrals(List<Referral> referrals) {
    Checks.notNull(referrals, "referrals");
    return referrals.stream().map(CoreFacts::referral).toList();
  }

  /**
   * The hire fact of a hired referral.
   *
   * @param referral a referral in stage HIRED
   * @param theoreticalAnnualSalary the hire's theoretical annual salary
   * @return the fact (source ALUMNI_REFERRAL, alumnus = the referrer)
   * @throws InvalidValueException if the referral is not hired
   */
  public static HireFact referralHire(Referral referral, long theoreticalAnnualSalary) {
    Checks.notNull(referral, "referral");
    Instant at = referral.enteredAt(ReferralStage.HIRED).orElseThrow(
        () -> new InvalidValueException("referral[" + referral.id() + "]", "is not hired"));
    return HireFact.alumniReferral("referral:" + referral.id(), at, referral.referrer(), theoreticalAnnualSalary);
  }

  /**
   * The hire fact of a hired rehire application.
   *
   * @param application an application in stage HIRED
   * @param alumnus the applicant (for the previous last working day)
   * @param theoreticalAnnualSalary the theoretical annual salary
   * @return the fact (source BOOMERANG)
   * @throws InvalidValueException if the application is not hired or is for another alumnus
   */
  public static HireFact boomerangHire(RehireApplication application, Alumnus alumnus, long theoreticalAnnualSalary) {
    Checks.notNull(application, "application");
    Checks.notNull(alumnus, "alumnus");
    Checks.sameTenant(alumnus.tenant(), application.tenant(), "application.tenant");
    if (!application.alumnus().equals(alumnus.id())) {
      throw new InvalidValueException("application[" + application.id() + "]", "is for another alumnus");
    }
    Instant at = null;
    for (RehireApplication.Step s : application.history()) {
      if (s.stage() == RehireStage.HIRED) {
        at = s.at();
      }
    }
    if (at == null) {
      throw new InvalidValueException("application[" + application.id() + "]", "is not hired");
    }
    return HireFact.boomerang("rehire:" + application.id(), at, alumnus.id(),
        alumnus.departure().lastWorkingDay(), theoreticalAnnualSalary);
  }

  /**
   * An event fact: RSVPs = confirmed alumni, attendees = checked-in alumni.
   *
   * @param event the event
   * @return the fact
   */
  public static EventFact event(Event event) {
    Checks.notNull(event, "event");
    Set<AlumnusId> attendees = new HashSet<>();
    event.attendance().forEach(c -> attendees.add(c.alumnus()));
    return new EventFact(event.id(), event.startsAt(), new HashSet<>(event.confirmed()), attendees);
  }

  /**
   * Event facts, skipping cancelled events.
   *
   * @param events the events
   * @return the facts
   */
  public static List<EventFact> events(List<Event> events) {
    Checks.notNull(events, "events");
    List<EventFact> out = new ArrayList<>();
    for (Event e : events) {
      if (!e.cancelled()) {
        out.add(event(e));
      }
    }
    return out;
  }

  /**
   * A campaign fact from a content item's interactions (delivered, opened, clicked).
   *
   * @param content the content
   * @return the fact, sent at the publication instant
   */
  public static CampaignFact campaign(Content content) {
    Checks.notNull(content, "content");
    Set<AlumnusId> delivered = new HashSet<>();
    Set<AlumnusId> opened = new HashSet<>();
    Set<AlumnusId> clicked = new HashSet<>();
    for (Content.Interaction i : content.interactions()) {
      switch (i.type()) {
        case DELIVERED -> delivered.add(i.alumnus());
        case OPENED -> opened.add(i.alumnus());
        case CLICKED -> clicked.add(i.alumnus());
        default -> { }
      }
    }
    return new CampaignFact(content.id(), content.publishedAt(), delivered, opened, clicked);
  }
}
