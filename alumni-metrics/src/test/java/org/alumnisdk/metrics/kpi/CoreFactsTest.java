package org.alumnisdk.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.content.Content;
import org.alumnisdk.core.content.InteractionType;
import org.alumnisdk.core.event.Event;
import org.alumnisdk.core.referral.Referral;
import org.alumnisdk.core.referral.ReferralStage;
import org.alumnisdk.core.rehire.RehireApplication;
import org.alumnisdk.core.rehire.RehireStage;
import org.alumnisdk.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class CoreFactsTest {
  private static final TenantId T = TenantId.of("acme");
  private static final Instant T0 = Fixtures.T0;

  private static Instant day(int d) {
    return T0.plus(Duration.ofDays(d));
  }

  @Test
  void hiredAndPaidReferralBecomesAHiredFactWithItsReward() {
    Referral r = Fixtures.referral(T, 1)
        .moveTo(ReferralStage.SCREENING, day(1)).moveTo(ReferralStage.INTERVIEWING, day(2))
        .moveTo(ReferralStage.OFFERED, day(3)).moveTo(ReferralStage.HIRED, day(4));
    ReferralFact unpaid = CoreFacts.referral(r);
    assertThat(unpaid.outcome()).isEqualTo(ReferralOutcome.HIRED);
    assertThat(unpaid.hiredAt()).contains(day(4));
    assertThat(unpaid.rewardPaid()).isZero();
    assertThat(CoreFacts.referral(r.payReward(day(40))).rewardPaid()).isEqualTo(300_000);
    HireFact hire = CoreFacts.referralHire(r, 7_000_000);
    assertThat(hire.source()).isEqualTo(HireSource.ALUMNI_REFERRAL);
    assertThat(hire.alumnus()).contains(r.referrer());
    assertThat(CoreFacts.referral(Fixtures.referral(T, 2)).outcome()).isEqualTo(ReferralOutcome.PENDING);
    assertThatThrownBy(() -> CoreFacts.referralHire(Fixtures.referral(T, 2), 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("not hired");
  }

  @Test
  void hiredRehireApplicationBecomesABoomerangHire() {
    RehireApplication app = Fixtures.rehireApplication(T, 1)
        .moveTo(RehireStage.SCREENING, day(1)).moveTo(RehireStage.INTERVIEWING, day(2))
        .moveTo(RehireStage.OFFERED, day(3)).moveTo(RehireStage.HIRED, day(5));
    HireFact h = CoreFacts.boomerangHire(app, Fixtures.alumnus(T, 1), 9_000_000);
    assertThat(h.source()).isEqualTo(HireSource.BOOMERANG);
    assertThat(h.hiredAt()).isEqualTo(day(5));
    assertThat(h.previousLastWorkingDay()).contains(LocalDate.of(2024, 3, 31));
    assertThatThrownBy(() -> CoreFacts.boomerangHire(app, Fixtures.alumnus(T, 2), 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("another alumnus");
  }

  @Test
  void eventFactTakesConfirmedAsRsvpsAndCheckInsAsAttendees() {
    AlumnusId a = AlumnusId.of("a-1");
    AlumnusId b = AlumnusId.of("a-2");
    Event e = Fixtures.event(T, 1).rsvp(a).rsvp(b).checkIn(a, day(1));
    EventFact f = CoreFacts.event(e);
    assertThat(f.rsvps()).containsExactlyInAnyOrder(a, b);
    assertThat(f.attendees()).containsExactly(a);
    assertThat(CoreFacts.events(List.of(e, Fixtures.event(T, 2).cancel()))).hasSize(1);
  }

  @Test
  void campaignFactSplitsInteractions() {
    AlumnusId a = AlumnusId.of("a-1");
    AlumnusId b = AlumnusId.of("a-2");
    Content c = Fixtures.content(T, 1)
        .record(a, InteractionType.DELIVERED, day(1)).record(b, InteractionType.DELIVERED, day(1))
        .record(a, InteractionType.OPENED, day(2)).record(a, InteractionType.CLICKED, day(2))
        .record(b, InteractionType.OPENED, day(3));
    CampaignFact f = CoreFacts.campaign(c);
    assertThat(f.delivered()).isEqualTo(Set.of(a, b));
    assertThat(f.opened()).isEqualTo(Set.of(a, b));
    assertThat(f.clicked()).isEqualTo(Set.of(a));
    Kpi click = ParticipationKpis.clickRate(List.of(f), Window.of(T0, day(30)), Set.of(a, b));
    assertThat(click.value()).isEqualTo(0.5);
  }
}
