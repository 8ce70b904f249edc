package org.alumnisdk.core.rehire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ApplicationId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.TenantMismatchException;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.DepartureType;
import org.alumnisdk.core.alumnus.Grade;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.MembershipHistory;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.alumnus.Tenure;
import org.junit.jupiter.api.Test;

class BoomerangTest {
  private static final TenantId T = TenantId.of("t");
  private static final Instant T0 = Instant.parse("2024-04-10T00:00:00Z");
  private static final Tenure FIRST = new Tenure("Sales", "Rep", "sales", Grade.of("S1", 1), Location.japan("Tokyo"),
      LocalDate.of(2018, 4, 1), LocalDate.of(2024, 3, 31));
  private static final Tenure SECOND = new Tenure("Sales", "Manager", "sales", Grade.of("M1", 4), Location.japan("Tokyo"),
      LocalDate.of(2026, 6, 1), null);

  private static Alumnus alumnus(RehireEligibility eligibility) {
    return new Alumnus(AlumnusId.of("a-1"), T, "E-1", PersonName.of("田中", "一"), List.of(), List.of(FIRST),
        new Departure(LocalDate.of(2024, 3, 31), DepartureType.VOLUNTARY, "", eligibility), null, List.of(),
        List.of(), null, null, MembershipHistory.invited(T0), 0);
  }

  private static RehireApplication hired(Alumnus a) {
    return RehireApplication.open(ApplicationId.of("app-1"), a, OpeningId.of("o-1"), T0)
        .moveTo(RehireStage.SCREENING, T0).moveTo(RehireStage.INTERVIEWING, T0)
        .moveTo(RehireStage.OFFERED, T0).moveTo(RehireStage.HIRED, T0);
  }

  @Test
  void rehireLinksTheNewEmploymentAndLeavingAgainKeepsBothTenures() {
    Alumnus a = alumnus(RehireEligibility.eligible());
    Instant rehiredAt = Instant.parse("2026-06-01T00:00:00Z");
    Alumnus rehired = Boomerang.rehire(a, hired(a), SECOND, rehiredAt);
    assertThat(rehired.status()).isEqualTo(MembershipStatus.REHIRED);
    assertThat(rehired.membership().events().get(1).reference()).isEqualTo("app-1");
    assertThat(rehired.employment()).containsExactly(FIRST, SECOND);

    Departure again = new Departure(LocalDate.of(2028, 3, 31), DepartureType.TRANSFER_TO_GROUP_COMPANY, "",
        RehireEligibility.eligible());
    Alumnus left = Boomerang.leaveAgain(rehired, again, Instant.parse("2028-04-01T00:00:00Z"));
    assertThat(left.status()).isEqualTo(MembershipStatus.INVITED);
    assertThat(left.employment()).hasSize(2);
    assertThat(left.employment().get(0)).isEqualTo(FIRST);
    assertThat(left.lastTenure().end()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(left.departure()).isEqualTo(again);
    assertThat(left.membership().events()).extracting(e -> e.status())
        .containsExactly(MembershipStatus.INVITED, MembershipStatus.REHIRED, MembershipStatus.INVITED);
  }

  @Test
  void onlyAHiredApplicationOfTheSameAlumnusAndTenantRehires() {
    Alumnus a = alumnus(RehireEligibility.eligible());
    RehireApplication offered = RehireApplication.open(ApplicationId.of("app-1"), a, OpeningId.of("o-1"), T0)
        .moveTo(RehireStage.SCREENING, T0).moveTo(RehireStage.INTERVIEWING, T0).moveTo(RehireStage.OFFERED, T0);
    assertThatThrownBy(() -> Boomerang.rehire(a, offered, SECOND, T0)).isInstanceOf(IllegalTransitionException.class);
    Alumnus other = new Alumnus(AlumnusId.of("a-2"), T, "E-2", a.name(), List.of(), List.of(FIRST), a.departure(),
        null, List.of(), List.of(), null, null, a.membership(), 0);
    assertThatThrownBy(() -> Boomerang.rehire(other, hired(a), SECOND, T0)).isInstanceOf(InvalidValueException.class);
    Alumnus elsewhere = new Alumnus(a.id(), TenantId.of("t2"), "E-1", a.name(), List.of(), List.of(FIRST), a.departure(),
        null, List.of(), List.of(), null, null, a.membership(), 0);
    assertThatThrownBy(() -> Boomerang.rehire(elsewhere, hired(a), SECOND, T0)).isInstanceOf(TenantMismatchException.class);
    Tenure overlapping = new Tenure("Sales", "Rep", "sales", Grade.of("S1", 1), null, LocalDate.of(2024, 1, 1), null);
    assertThatThrownBy(() -> Boomerang.rehire(a, hired(a), overlapping, T0)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void anIneligibleAlumnusCannotApplyAndOnlyRehiredAlumniLeaveAgain() {
    assertThatThrownBy(() -> RehireApplication.open(ApplicationId.of("x"), alumnus(RehireEligibility.ineligible("policy")),
        OpeningId.of("o"), T0)).isInstanceOf(IllegalTransitionException.class);
    assertThat(RehireApplication.open(ApplicationId.of("x"), alumnus(RehireEligibility.needsReview("check")),
        OpeningId.of("o"), T0).stage()).isEqualTo(RehireStage.APPLIED);
    Alumnus a = alumnus(RehireEligibility.eligible());
    assertThatThrownBy(() -> Boomerang.leaveAgain(a, a.departure(), T0)).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void offerDeclinedOnlyFromOffered() {
    RehireApplication app = RehireApplication.open(ApplicationId.of("x"), alumnus(RehireEligibility.eligible()), OpeningId.of("o"), T0);
    assertThatThrownBy(() -> app.moveTo(RehireStage.OFFER_DECLINED, T0)).isInstanceOf(IllegalTransitionException.class);
    assertThat(app.moveTo(RehireStage.WITHDRAWN, T0).stage().isOpen()).isFalse();
  }
}
