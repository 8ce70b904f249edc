package org.alumnisdk.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.DepartureType;
import org.alumnisdk.core.alumnus.Grade;
import org.alumnisdk.core.alumnus.MembershipHistory;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.Proficiency;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.referral.Candidate;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {
  private static final List<ModelValidator> ALL = List.of(
      ModelValidator.builtIn(),
      ModelValidator.usingDefaultProvider(),
      ModelValidator.using(Validation.byDefaultProvider().configure()
          .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator()),
      ModelValidator.using(Validation.buildDefaultValidatorFactory().getValidator()));

  private static Alumnus alumnus(PersonName name, int years, String reason) {
    Tenure tenure = new Tenure("Dev", "Engineer", "engineering", Grade.of("G1", 1), null,
        LocalDate.of(2015, 4, 1), LocalDate.of(2020, 3, 31));
    return new Alumnus(AlumnusId.of("a-1"), TenantId.of("t"), "E-1", name,
        List.of(ContactPoint.email("x@example.com", true)), List.of(tenure),
        new Departure(LocalDate.of(2020, 3, 31), DepartureType.VOLUNTARY, reason, RehireEligibility.eligible()),
        null, List.of(new SkillClaim(SkillId.of("java"), Proficiency.EXPERT, years, YearMonth.of(2020, 3))),
        List.of(), null, null, MembershipHistory.invited(Instant.EPOCH), 0);
  }

  @Test
  void aValidAlumnusHasNoViolationsUnderAnyValidator() {
    Alumnus ok = alumnus(new PersonName("山田", "太郎", "ヤマダ", "タロウ"), 5, "career-change");
    for (ModelValidator v : ALL) {
      assertThat(v.validate(ok)).isEmpty();
      assertThat(v.check(ok)).isSameAs(ok);
    }
  }

  @Test
  void everyValidatorReportsTheSamePathsCodesAndMessages() {
    Alumnus bad = alumnus(new PersonName("山田", "太郎", "やまだ", "タロウ"), 99, "Career Change!");
    List<Violation> expected = List.of(
        new Violation("departure.reasonCategory", "Pattern", "does not have the expected format", "形式が正しくありません"),
        new Violation("name.familyKana", "Katakana", "must be written in katakana", "カタカナで入力してください"),
        new Violation("skills[0].years", "Max", "must be at most 80", "80以下にしてください"));
    for (ModelValidator v : ALL) {
      assertThat(v.validate(bad)).as(v.toString()).containsExactlyElementsOf(expected);
    }
    assertThatThrownBy(() -> ModelValidator.builtIn().check(bad))
        .isInstanceOf(ModelValidationException.class)
        .hasMessageContaining("name.familyKana Katakana")
        .hasMessageNotContaining("やまだ");
  }

  @Test
  void sizeMessagesCarryTheirBounds() {
    String longName = "あ".repeat(101);
    PersonName name = new PersonName(longName, "太郎", "", "");
    for (ModelValidator v : ALL) {
      assertThat(v.validate(name)).containsExactly(new Violation("family", "Size",
          "size must be between 0 and 100", "長さ・件数は0以上100以下にしてください"));
    }
  }

  @Test
  void emailsAreCheckedOnCandidates() {
    Candidate bad = Candidate.external(PersonName.of("a", "b"), "not an email");
    for (ModelValidator v : ALL) {
      assertThat(v.validate(bad)).extracting(Violation::path, Violation::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "Email"));
    }
  }

  @Test
  void constructorErrorsBecomeViolations() {
    InvalidValueException e = new InvalidValueException("tenure.end", "must not precede tenure.start");
    assertThat(Violation.of(e)).isEqualTo(new Violation("tenure.end", "Invalid", "must not precede tenure.start",
        "値が不正です: must not precede tenure.start"));
    assertThat(Violation.of(e).under("row 3").path()).isEqualTo("row 3.tenure.end");
  }
}
