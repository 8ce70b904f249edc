package org.alumnisdk.core.offboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.alumnisdk.core.ApplicationId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.DepartureType;
import org.alumnisdk.core.alumnus.Grade;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.Proficiency;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.inmemory.InMemoryAlumnusRepository;
import org.alumnisdk.core.rehire.Boomerang;
import org.alumnisdk.core.rehire.RehireApplication;
import org.alumnisdk.core.rehire.RehireStage;
import org.alumnisdk.core.spi.IdGenerator;
import org.junit.jupiter.api.Test;

class OffboardingTest {
  private static final TenantId T = TenantId.of("acme");
  private static final Instant NOW = Instant.parse("2024-04-05T00:00:00Z");
  private static final Tenure FIRST = new Tenure("Sales", "Rep", "sales", Grade.of("S1", 1), Location.japan("Tokyo"),
      LocalDate.of(2018, 4, 1), LocalDate.of(2024, 3, 31));
  private final InMemoryAlumnusRepository repo = new InMemoryAlumnusRepository();
  private final Offboarding offboarding = Offboarding.using(repo, Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.sequential("a"));

  private static LeaverRecord record(String externalId, String email, List<Tenure> tenures) {
    Tenure last = tenures.get(tenures.size() - 1);
    return new LeaverRecord(externalId, new PersonName("山田", "太郎", "ヤマダ", "タロウ"),
        List.of(ContactPoint.email(email, false)), tenures,
        new Departure(last.end(), DepartureType.VOLUNTARY, "career-change", RehireEligibility.eligible()),
        List.of(new SkillClaim(SkillId.of("sales"), Proficiency.ADVANCED, 6, YearMonth.of(2024, 3))),
        List.of(LanguageSkill.of("ja", LanguageSkill.Level.NATIVE)));
  }

  @Test
  void aLeaverBecomesAnInvitedAlumnus() {
    ImportOutcome out = offboarding.importLeaver(T, record("E-100", "Taro＠Example.COM", List.of(FIRST)));
    assertThat(out).isInstanceOf(ImportOutcome.Created.class);
    Alumnus a = out.alumnus();
    assertThat(a.status()).isEqualTo(MembershipStatus.INVITED);
    assertThat(a.membership().events().get(0).at()).isEqualTo(NOW);
    assertThat(a.contacts()).containsExactly(ContactPoint.email("taro@example.com", false));
    assertThat(a.version()).isEqualTo(1);
    assertThat(repo.findByExternalId(T, "E-100")).contains(a);
  }

  @Test
  void reImportUpdatesNeverDuplicatesAndTheSameRecordTwiceWritesNothing() {
    Alumnus first = offboarding.importLeaver(T, record("E-100", "taro@example.com", List.of(FIRST))).alumnus();
    ImportOutcome same = offboarding.importLeaver(T, record("Ｅ-１００", "TARO@example.com", List.of(FIRST)));
    assertThat(same).isInstanceOf(ImportOutcome.Unchanged.class);
    assertThat(same.alumnus().version()).isEqualTo(1);
    ImportOutcome changed = offboarding.importLeaver(T, record("E-100", "taro@new.example", List.of(FIRST)));
    assertThat(changed).isInstanceOf(ImportOutcome.Updated.class);
    assertThat(changed.alumnus().id()).isEqualTo(first.id());
    assertThat(changed.alumnus().version()).isEqualTo(2);
    assertThat(repo.count(T)).isEqualTo(1);
    assertThat(repo.findAll(TenantId.of("other"), PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void aRehiredBoomerangWhoLeavesAgainIsInvitedAgainWithBothTenures() {
    Alumnus a = offboarding.importLeaver(T, record("E-7", "x@example.com", List.of(FIRST))).alumnus();
    RehireApplication hired = RehireApplication.open(ApplicationId.of("app"), a, OpeningId.of("o"), NOW)
        .moveTo(RehireStage.SCREENING, NOW).moveTo(RehireStage.INTERVIEWING, NOW)
        .moveTo(RehireStage.OFFERED, NOW).moveTo(RehireStage.HIRED, NOW);
    Tenure second = new Tenure("Sales", "Manager", "sales", Grade.of("M1", 4), null, LocalDate.of(2025, 1, 6), null);
    repo.save(Boomerang.rehire(a, hired, second, NOW));
    Tenure secondEnded = new Tenure("Sales", "Manager", "sales", Grade.of("M1", 4), null,
        LocalDate.of(2025, 1, 6), LocalDate.of(2026, 9, 30));
    ImportOutcome out = offboarding.importLeaver(T, record("E-7", "x@example.com", List.of(FIRST, secondEnded)));
    assertThat(out).isEqualTo(new ImportOutcome.Updated(out.alumnus(), true));
    assertThat(out.alumnus().status()).isEqualTo(MembershipStatus.INVITED);
    assertThat(out.alumnus().employment()).containsExactly(FIRST, secondEnded);
    assertThat(out.alumnus().departure().lastWorkingDay()).isEqualTo(LocalDate.of(2026, 9, 30));
  }

  @Test
  void malformedRecordsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> offboarding.importLeaver(T, record("E-1", "not-an-email", List.of(FIRST))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("contacts");
    Tenure ongoing = new Tenure("Sales", "Rep", "sales", Grade.of("S1", 1), null, LocalDate.of(2018, 4, 1), null);
    Departure departure = new Departure(LocalDate.of(2024, 3, 31), DepartureType.VOLUNTARY, "", RehireEligibility.eligible());
    assertThatThrownBy(() -> new LeaverRecord("E-1", PersonName.of("a", "b"), List.of(), List.of(ongoing), departure, null, null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("employment");
    assertThatThrownBy(() -> new LeaverRecord("E-1", PersonName.of("a", "b"), List.of(), List.of(FIRST),
        new Departure(LocalDate.of(2024, 3, 30), DepartureType.VOLUNTARY, "", RehireEligibility.eligible()), null, null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("lastWorkingDay");
    assertThat(repo.count(T)).isZero();
  }
}
