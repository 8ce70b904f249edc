package org.alumnisdk.matching.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InputProblem.Kind;
import org.alumnisdk.matching.InvalidMatchingInputException;
import org.alumnisdk.matching.Matching;
import org.junit.jupiter.api.Test;

class MentorProblemTest {

  private static MentorProblem.Builder messy() {
    return Matching.mentorProblem("acme")
        .mentor("m1", 2).mentor("m2", 0).mentor("m3", -1).mentor("m1", 1)
        .mentee("e1").mentee("e2").mentee("e2").mentee("m1")
        .score("e1", "m1", Double.NaN).score("e2", "m1", Double.POSITIVE_INFINITY).score("e1", "m1", 0.5)
        .score("ghost", "m1", 0.3)
        .menteePrefers("e1", "m1", "m1", "e2")
        .pin("e2", "m1").forbid("e2", "m1", ForbiddenReason.SAME_REPORTING_LINE);
  }

  @Test
  void strictModeListsEveryOffendingItemInOneTypedException() {
    assertThatThrownBy(() -> messy().build())
        .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> {
          List<InputProblem> p = e.problems();
          assertThat(p).extracting(InputProblem::item).contains(
              "mentor m2", "mentor m3", "mentor m1", "mentee e2", "mentee m1",
              "score (e1, m1)", "score (e2, m1)", "score (ghost, m1)", "mentee list of e1", "pinned (e2, m1)");
          assertThat(p).extracting(InputProblem::kind).contains(Kind.BAD_CAPACITY, Kind.DUPLICATE,
              Kind.NOT_FINITE, Kind.UNKNOWN_PARTICIPANT, Kind.INCONSISTENT);
          assertThat(e).hasMessageStartingWith("invalid input for mentor problem: ");
        });
  }

  @Test
  void emptySidesAreReported() {
    assertThatThrownBy(() -> Matching.mentorProblem("acme").build())
        .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.problems())
            .extracting(InputProblem::kind).containsExactly(Kind.EMPTY, Kind.EMPTY));
  }

  @Test
  void repairModeFixesWhatItCanAndReportsEachChange() {
    MentorProblem.Repaired r = messy().buildRepaired();
    MentorProblem p = r.problem();
    assertThat(p.mentors()).extracting(m -> m.id().value()).containsExactly("m1");
    assertThat(p.mentees()).extracting(m -> m.id().value()).containsExactly("e1", "e2");
    assertThat(p.scores()).hasSize(1).first().satisfies(s -> assertThat(s.score()).isEqualTo(0.5));
    assertThat(p.menteePreferences().get(0).ranked()).extracting(a -> a.value()).containsExactly("m1");
    assertThat(p.pinned()).isEmpty();
    assertThat(r.repairs()).extracting(Repair::change).contains("mentor left out of the problem",
        "dropped the later entry", "score dropped", "entry dropped", "pin dropped");
    assertThat(r.repairs()).hasSize(11);
  }

  @Test
  void repairCannotInventASide() {
    assertThatThrownBy(() -> Matching.mentorProblem("acme").mentor("m1", 0).mentee("e1").buildRepaired())
        .isInstanceOfSatisfying(InvalidMatchingInputException.class,
            e -> assertThat(e.problems()).extracting(InputProblem::kind).containsExactly(Kind.EMPTY));
  }

  @Test
  void pinsBeyondCapacityAreInconsistent() {
    assertThatThrownBy(() -> Matching.mentorProblem("acme").mentor("m1", 1).mentee("e1").mentee("e2")
        .pin("e1", "m1").pin("e2", "m1").build())
        .isInstanceOf(InvalidMatchingInputException.class).hasMessageContaining("pinned (e2, m1)");
  }

  @Test
  void csvInAFewLines() {
    String csv = """
        kind,a,b,c
        mentor,m1,2,eng
        mentor,m2,1
        mentee,e1,juniors
        mentee,e2
        mentee,e3   # a comment
        score,e1,m1,0.9
        score,e2,m1,0.4
        score,e2,m2,0.8
        score,e3,m1,0.7
        prefers,m2,e2 e3
        forbid,e3,m2,CONFLICT_OF_INTEREST
        pin,e1,m1
        quota,juniors,1
        """;
    MentorProblem p = MentorProblem.fromCsv(TenantId.of("acme"), new StringReader(csv)).build();
    assertThat(p.mentors()).hasSize(2);
    assertThat(p.mentors().get(0).groups()).extracting(g -> g.value()).containsExactly("eng");
    assertThat(p.mentees().get(0).groups()).extracting(g -> g.value()).containsExactly("juniors");
    assertThat(p.scores()).hasSize(4);
    assertThat(p.mentorPreferences()).hasSize(1);
    assertThat(p.forbidden()).containsExactly(new ForbiddenPair(p.mentees().get(2).id(), p.mentors().get(1).id(),
        ForbiddenReason.CONFLICT_OF_INTEREST));
    assertThat(p.pinned()).hasSize(1);
    assertThat(p.quotas()).hasSize(1);
  }

  @Test
  void csvParseErrorsNameTheLines() {
    String csv = "mentor,m1,two\nmentee\nteacher,x\nmentee,e1\n";
    assertThatThrownBy(() -> MentorProblem.fromCsv(TenantId.of("acme"), new StringReader(csv)))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.problems())
            .extracting(InputProblem::item).containsExactly("line 1", "line 2", "line 3"));
  }

  @Test
  void toStringCarriesCountsNotPeople() {
    MentorProblem p = Matching.mentorProblem("acme").mentor("m1", 1).mentee("e1").build();
    assertThat(p.toString()).contains("mentors=1").doesNotContain("e1");
  }
}
