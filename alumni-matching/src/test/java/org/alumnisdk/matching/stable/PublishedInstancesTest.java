package org.alumnisdk.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alumnisdk.matching.Matching;
import org.alumnisdk.matching.mentor.MentorMatching;
import org.alumnisdk.matching.mentor.MentorProblem;
import org.junit.jupiter.api.Test;

/** The published instances of matching.md §5.3 (daffidwilde/matching v1.4.3 test examples). */
class PublishedInstancesTest {

  /** Builds a two-sided problem; mentees = suitors/residents, mentors = reviewers/hospitals. */
  private static MentorProblem twoSided(Map<String, String> mentees, Map<String, String> mentors, int capacity) {
    MentorProblem.Builder b = Matching.mentorProblem("t");
    mentors.forEach((m, list) -> b.mentor(m, capacity).mentorPrefers(m, split(list)));
    mentees.forEach((e, list) -> b.mentee(e).menteePrefers(e, split(list)));
    return b.build();
  }

  private static String[] split(String s) {
    return s.isBlank() ? new String[0] : s.trim().split("\\s+");
  }

  private static Map<String, String> map(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void sm1ReadmeSuitorOptimal() {
    MentorProblem p = twoSided(map("A", "D E F", "B", "D F E", "C", "F D E"),
        map("D", "B C A", "E", "A C B", "F", "C B A"), 1);
    MentorMatching m = Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p);
    assertThat(m.asMap()).containsExactlyInAnyOrderEntriesOf(map("A", "E", "B", "D", "C", "F"));
    assertThat(m.stable()).isTrue();
    assertThat(m.verify().violations()).isEmpty();
  }

  @Test
  void sm2PrideAndPrejudiceSuitorOptimal() {
    MentorProblem p = twoSided(
        map("Bingley", "Jane Elizabeth Lydia Charlotte", "Collins", "Jane Elizabeth Lydia Charlotte",
            "Darcy", "Elizabeth Jane Charlotte Lydia", "Wickham", "Lydia Jane Elizabeth Charlotte"),
        map("Charlotte", "Bingley Darcy Collins Wickham", "Elizabeth", "Wickham Darcy Bingley Collins",
            "Jane", "Bingley Wickham Darcy Collins", "Lydia", "Bingley Wickham Darcy Collins"), 1);
    assertThat(Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p).asMap()).containsExactlyInAnyOrderEntriesOf(
        map("Bingley", "Jane", "Collins", "Charlotte", "Darcy", "Elizabeth", "Wickham", "Lydia"));
  }

  @Test
  void hr1ReadmeResidentOptimal() {
    MentorProblem p = twoSided(map("A", "C", "S", "C M", "D", "C M G", "J", "C G M", "L", "M C G"),
        map("M", "D L S J", "C", "D A S L J", "G", "D J L"), 2);
    MentorMatching m = Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p);
    assertThat(m.asMap()).containsExactlyInAnyOrderEntriesOf(
        map("L", "M", "S", "M", "D", "C", "A", "C", "J", "G"));
    assertThat(m.verify().ok()).isTrue();
  }

  @Test
  void hr2StableIsNotMaximumCoverage() {
    MentorProblem p = twoSided(map("G1", "IP Privacy", "G2", "Privacy Fairness", "G3", "Privacy SocialMedia"),
        map("Fairness", "G2", "IP", "G1", "Privacy", "G3 G2 G1", "SocialMedia", "G3"), 2);
    MentorMatching m = Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p);
    assertThat(m.asMap()).containsExactlyInAnyOrderEntriesOf(map("G1", "IP", "G3", "Privacy", "G2", "Privacy"));
    assertThat(m.menteesOf(org.alumnisdk.core.AlumnusId.of("Fairness"))).isEmpty();
    assertThat(m.unmatched()).extracting(u -> u.id().value()).containsExactlyInAnyOrder("Fairness", "SocialMedia");
  }

  @Test
  void hr3ResidentLosesAllPreferences() {
    MentorProblem p = Matching.mentorProblem("t").mentor("X", 1).mentor("Y", 1).mentee("A").mentee("B")
        .menteePrefers("A", "X").menteePrefers("B", "X", "Y")
        .mentorPrefers("X", "B", "A").mentorPrefers("Y", "B").build();
    MentorMatching m = Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p);
    assertThat(m.asMap()).containsExactlyEntriesOf(map("B", "X"));
    assertThat(m.unmatched()).anySatisfy(u -> {
      assertThat(u.id().value()).isEqualTo("A");
      assertThat(u.reason()).isEqualTo(org.alumnisdk.matching.mentor.UnmatchedReason.REJECTED_BY_ALL);
    });
  }

  private static Map<String, List<String>> sr(String... lines) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String l : lines) {
      String[] parts = l.split(":");
      m.put(parts[0].trim(), List.of(split(parts[1])));
    }
    return m;
  }

  @Test
  void sr1Irving1985() {
    NamedRoommates r = NamedRoommates.solve(sr("A: D F B E C", "B: F C E A D", "C: D E A F B",
        "D: B F E A C", "E: D B C F A", "F: E A D B C"));
    assertThat(r.pairs()).containsExactlyInAnyOrderEntriesOf(map("A", "F", "B", "C", "D", "E"));
  }

  @Test
  void sr2GaleShapleyHasNoStableMatchingForEveryOrderOfPlayer4() {
    List<String> others = List.of("1", "2", "3");
    int[][] perms = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    for (int[] perm : perms) {
      String four = others.get(perm[0]) + " " + others.get(perm[1]) + " " + others.get(perm[2]);
      NamedRoommates r = NamedRoommates.solve(sr("1: 2 3 4", "2: 3 1 4", "3: 1 2 4", "4: " + four));
      assertThat(r.outcome()).isInstanceOf(RoommatesOutcome.NoStableMatching.class);
      assertThat(r.explanation()).contains("[4]");
    }
  }

  @Test
  void sr3GusfieldIrvingSize10() {
    NamedRoommates r = NamedRoommates.solve(sr(
        "1: 8 2 9 3 6 4 5 7 10", "2: 4 3 8 9 5 1 10 6 7", "3: 5 6 8 2 1 7 10 4 9",
        "4: 10 7 9 3 1 6 2 5 8", "5: 7 4 10 8 2 6 3 1 9", "6: 2 8 7 3 4 10 1 5 9",
        "7: 2 1 8 3 5 10 4 6 9", "8: 10 4 2 5 6 7 1 3 9", "9: 6 7 2 5 10 3 4 8 1",
        "10: 3 1 6 5 2 9 8 4 7"));
    assertThat(r.pairs()).containsExactlyInAnyOrderEntriesOf(map("1", "7", "2", "8", "3", "6", "4", "9", "5", "10"));
  }

  @Test
  void sr4Issue64() {
    NamedRoommates r = NamedRoommates.solve(sr("charlie: peter paul sam kelly elise",
        "peter: kelly elise sam paul charlie", "elise: peter sam kelly charlie paul",
        "paul: elise charlie sam peter kelly", "kelly: peter charlie sam elise paul",
        "sam: charlie paul kelly elise peter"));
    assertThat(r.pairs()).containsExactlyInAnyOrderEntriesOf(map("charlie", "sam", "peter", "kelly", "elise", "paul"));
  }

  @Test
  void sr5Issue124BothInstances() {
    assertThat(NamedRoommates.solve(sr("a: b c d", "b: a c d", "c: a b d", "d: a b c")).pairs())
        .containsExactlyInAnyOrderEntriesOf(map("a", "b", "c", "d"));
    assertThat(NamedRoommates.solve(sr("a: b c d", "b: a c d", "c: d b a", "d: c b a")).pairs())
        .containsExactlyInAnyOrderEntriesOf(map("a", "b", "c", "d"));
  }

  @Test
  void sr6Trivial() {
    assertThat(NamedRoommates.solve(sr("1: 2", "2: 1")).pairs()).containsExactlyEntriesOf(map("1", "2"));
  }
}
