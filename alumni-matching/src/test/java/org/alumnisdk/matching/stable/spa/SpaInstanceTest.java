package org.alumnisdk.matching.stable.spa;

import static org.alumnisdk.matching.stable.spa.SpaInstance.project;
import static org.alumnisdk.matching.stable.spa.SpaInstance.student;
import static org.alumnisdk.matching.stable.spa.SpaInstance.supervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InputProblem.Kind;
import org.alumnisdk.matching.InvalidMatchingInputException;
import org.junit.jupiter.api.Test;

/** Bad input is rejected before anything runs, with every offending item listed. */
class SpaInstanceTest {

  @Test
  void everyBadItemIsListedInOneException() {
    assertThatThrownBy(() -> SpaInstance.of(
        List.of(student("A", "X1", "NOPE", "X1"), student("A")),
        List.of(project("X1", 0, "X"), project("X1", 1, "X"), project("P9", 1, "GHOST")),
        List.of(supervisor("X", -1, "A", "ZED", "A"))))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> {
          assertThat(e.problems()).extracting(InputProblem::item, InputProblem::kind).containsExactly(
              tuple("student A", Kind.DUPLICATE),
              tuple("project X1", Kind.DUPLICATE),
              tuple("project X1", Kind.BAD_CAPACITY),
              tuple("project P9", Kind.UNKNOWN_PARTICIPANT),
              tuple("supervisor X", Kind.BAD_CAPACITY),
              tuple("student A", Kind.UNKNOWN_PARTICIPANT),
              tuple("student A", Kind.DUPLICATE),
              tuple("supervisor X", Kind.UNKNOWN_PARTICIPANT),
              tuple("supervisor X", Kind.DUPLICATE));
          assertThat(e.getMessage()).contains("9 problems").contains("GHOST").contains("NOPE").contains("ZED");
        });
  }

  @Test
  void duplicateSupervisorsAndBlankIdsAreReported() {
    assertThatThrownBy(() -> SpaInstance.of(List.of(student(" ", "P")), List.of(project("P", 1, "L")),
        List.of(supervisor("L", 1), supervisor("L", 2))))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.problems())
            .extracting(InputProblem::kind).containsExactly(Kind.INCONSISTENT, Kind.DUPLICATE));
  }

  @Test
  void anEmptySideIsRejected() {
    assertThatThrownBy(() -> SpaInstance.of(List.of(), List.of(project("P", 1, "L")), List.of(supervisor("L", 1))))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class,
            e -> assertThat(e.problems()).extracting(InputProblem::kind).containsExactly(Kind.EMPTY));
  }

  @Test
  void nullsAreRejectedByTheParts() {
    assertThatThrownBy(() -> student(null, "P")).isInstanceOf(org.alumnisdk.core.InvalidValueException.class);
    assertThatThrownBy(() -> project("P", 1, null)).isInstanceOf(org.alumnisdk.core.InvalidValueException.class);
    assertThatThrownBy(() -> supervisor("L", 1, "a", null)).isInstanceOf(org.alumnisdk.core.InvalidValueException.class);
  }

  @Test
  void aMatchingNamingUnknownIdsIsRejected() {
    SpaInstance in = SpaInstance.of(List.of(student("a", "P")), List.of(project("P", 1, "L")),
        List.of(supervisor("L", 1, "a")));
    assertThatThrownBy(() -> SpaMatching.of(in, Map.of("zed", "P")))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.problems())
            .extracting(InputProblem::item, InputProblem::kind)
            .containsExactly(tuple("student zed", Kind.UNKNOWN_PARTICIPANT)));
    assertThatThrownBy(() -> SpaMatching.of(in, Map.of("a", "Q")))
        .isInstanceOf(InvalidMatchingInputException.class).hasMessageContaining("project Q");
  }

  @Test
  void acceptabilityNeedsBothLists() {
    SpaInstance in = SpaInstance.of(List.of(student("a", "P"), student("b", "P"), student("c")),
        List.of(project("P", 1, "L")), List.of(supervisor("L", 1, "a", "c")));
    assertThat(in.acceptable("a", "P")).isTrue();
    assertThat(in.acceptable("b", "P")).isFalse(); // the supervisor does not rank b
    assertThat(in.acceptable("c", "P")).isFalse(); // c does not list P
    assertThat(in.acceptable("zed", "P")).isFalse();
    assertThat(in.toString()).isEqualTo("SpaInstance[students=3, projects=1, supervisors=1]");
  }
}
