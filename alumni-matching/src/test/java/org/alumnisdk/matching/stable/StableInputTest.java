package org.alumnisdk.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InputProblem.Kind;
import org.alumnisdk.matching.InvalidMatchingInputException;
import org.junit.jupiter.api.Test;

class StableInputTest {
  @Test
  void hospitalResidentInstanceListsEveryBadEntry() {
    int[][] residents = {{0, 0}, {5}};
    int[][] hospitals = {{0, 7}};
    assertThatThrownBy(() -> HrInstance.of(residents, hospitals, new int[] {-1}))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.problems())
            .extracting(InputProblem::kind)
            .containsExactly(Kind.BAD_CAPACITY, Kind.DUPLICATE, Kind.UNKNOWN_PARTICIPANT, Kind.UNKNOWN_PARTICIPANT));
    assertThatThrownBy(() -> HrInstance.of(new int[0][], new int[0][], new int[0]))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class,
            e -> assertThat(e.problems().get(0).kind()).isEqualTo(Kind.EMPTY));
  }

  @Test
  void nonReciprocatedEntriesAreDroppedAndCounted() {
    HrInstance in = HrInstance.of(new int[][] {{0, 1}, {1}}, new int[][] {{0}, {0}}, new int[] {1, 0});
    assertThat(in.pairs()).isEqualTo(2);
    assertThat(in.droppedEntries()).isEqualTo(1);
    assertThat(in.residentList(0)).containsExactly(0, 1);
    assertThat(in.residentList(1)).isEmpty();
    // capacity 0 is allowed here (a mentor on leave): nobody is matched to hospital 1
    assertThat(DeferredAcceptance.solve(in, Side.MENTEES).residentToHospital()).containsExactly(0, -1);
  }

  @Test
  void roommatesRejectSelfUnknownAndDuplicateEntries() {
    assertThatThrownBy(() -> StableRoommates.solve(new int[][] {{0, 1, 1}, {9}}))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.problems())
            .extracting(InputProblem::kind).containsExactly(Kind.INCONSISTENT, Kind.DUPLICATE, Kind.UNKNOWN_PARTICIPANT));
    assertThatThrownBy(() -> NamedRoommates.solve(Map.of("a", List.of("ghost"))))
        .isInstanceOf(InvalidMatchingInputException.class).hasMessageContaining("ghost");
  }

  @Test
  void longProblemListsAreShortenedInTheMessageButKeptInFull() {
    int[][] residents = new int[30][];
    for (int i = 0; i < 30; i++) {
      residents[i] = new int[] {99};
    }
    assertThatThrownBy(() -> HrInstance.of(residents, new int[][] {{}}, new int[] {1}))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> {
          assertThat(e.problems()).hasSize(30);
          assertThat(e.getMessage()).contains("30 problems").contains("10 more (see problems())");
        });
  }
}
