package org.alumnisdk.matching.mentor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.GroupId;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InputProblem.Kind;

/**
 * Checks a mentor problem in one pass; in repair mode fixes each problem and records a {@link
 * Repair} instead. Problems that cannot be repaired (an empty side) are reported in both modes.
 */
final class ProblemCheck {
  private final boolean repair;
  private final List<InputProblem> problems = new ArrayList<>();
  final List<Repair> repairs = new ArrayList<>();
  final List<Mentor> mentors = new ArrayList<>();
  final List<Mentee> mentees = new ArrayList<>();
  final List<Preference> menteePrefs = new ArrayList<>();
  final List<Preference> mentorPrefs = new ArrayList<>();
  final List<ScoredPair> scores = new ArrayList<>();
  final List<ForbiddenPair> forbidden = new ArrayList<>();
  final List<PinnedPair> pinned = new ArrayList<>();
  final List<GroupQuota> quotas = new ArrayList<>();

  ProblemCheck(boolean repair, List<Mentor> mentorsIn, List<Mentee> menteesIn,
      List<Preference> menteePrefsIn, List<Preference> mentorPrefsIn, List<ScoredPair> scoresIn,
      List<ForbiddenPair> forbiddenIn, List<PinnedPair> pinnedIn, List<GroupQuota> quotasIn) {
    this.repair = repair;
    Map<AlumnusId, Integer> capacity = new HashMap<>();
    for (Mentor m : mentorsIn) {
      String item = "mentor " + m.id();
      if (capacity.containsKey(m.id())) {
        issue(item, Kind.DUPLICATE, "mentor id given twice; give each mentor once", "dropped the later entry");
        continue;
      }
      if (m.capacity() < 1) {
        issue(item, Kind.BAD_CAPACITY, "capacity must be at least 1, was " + m.capacity()
            + "; leave a mentor on leave out of the problem", "mentor left out of the problem");
        if (repair) {
          capacity.put(m.id(), -1); // known, but not matchable
          continue;
        }
      }
      capacity.put(m.id(), m.capacity());
      mentors.add(m);
    }
    Set<AlumnusId> menteeIds = new HashSet<>();
    for (Mentee e : menteesIn) {
      String item = "mentee " + e.id();
      if (capacity.containsKey(e.id())) {
        issue(item, Kind.DUPLICATE, "id is also a mentor; one alumnus plays one role per problem", "dropped the mentee entry");
        continue;
      }
      if (!menteeIds.add(e.id())) {
        issue(item, Kind.DUPLICATE, "mentee id given twice; give each mentee once", "dropped the later entry");
        continue;
      }
      mentees.add(e);
    }
    Set<AlumnusId> mentorIds = new HashSet<>();
    for (Mentor m : mentors) {
      mentorIds.add(m.id());
    }
    if (mentors.isEmpty()) {
      problems.add(InputProblem.of("mentors", Kind.EMPTY, "the problem has no (usable) mentor"));
    }
    if (mentees.isEmpty()) {
      problems.add(InputProblem.of("mentees", Kind.EMPTY, "the problem has no mentee"));
    }
    lists("mentee", menteePrefsIn, menteeIds, mentorIds, "mentor", menteePrefs);
    lists("mentor", mentorPrefsIn, mentorIds, menteeIds, "mentee", mentorPrefs);
    Set<String> seenPairs = new HashSet<>();
    for (ScoredPair s : scoresIn) {
      String item = "score (" + s.mentee() + ", " + s.mentor() + ")";
      if (!known(item, s.mentee(), s.mentor(), menteeIds, mentorIds, "score dropped")) {
        continue;
      }
      if (!Double.isFinite(s.score())) {
        issue(item, Kind.NOT_FINITE, "score must be finite, was " + s.score(), "score dropped");
        continue;
      }
      if (!seenPairs.add(s.mentee().value() + "\u0000" + s.mentor().value())) {
        issue(item, Kind.DUPLICATE, "pair scored twice; give one score per pair", "dropped the later score");
        continue;
      }
      scores.add(s);
    }
    Set<String> forbiddenPairs = new HashSet<>();
    for (ForbiddenPair f : forbiddenIn) {
      String item = "forbidden (" + f.mentee() + ", " + f.mentor() + ")";
      if (!known(item, f.mentee(), f.mentor(), menteeIds, mentorIds, "forbidden pair dropped")) {
        continue;
      }
      forbiddenPairs.add(f.mentee().value() + "\u0000" + f.mentor().value());
      forbidden.add(f);
    }
    Set<AlumnusId> pinnedMentees = new HashSet<>();
    Map<AlumnusId, Integer> pinsPerMentor = new HashMap<>();
    for (PinnedPair p : pinnedIn) {
      String item = "pinned (" + p.mentee() + ", " + p.mentor() + ")";
      if (!known(item, p.mentee(), p.mentor(), menteeIds, mentorIds, "pin dropped")) {
        continue;
      }
      if (forbiddenPairs.contains(p.mentee().value() + "\u0000" + p.mentor().value())) {
        issue(item, Kind.INCONSISTENT, "pair is both pinned and forbidden; remove one", "pin dropped");
        continue;
      }
      if (pinnedMentees.contains(p.mentee())) {
        issue(item, Kind.INCONSISTENT, "mentee pinned twice; a mentee has one mentor", "dropped the later pin");
        continue;
      }
      int used = pinsPerMentor.getOrDefault(p.mentor(), 0);
      if (used >= capacity.get(p.mentor())) {
        issue(item, Kind.INCONSISTENT, "more pins than the mentor's capacity " + capacity.get(p.mentor()),
            "pin dropped");
        continue;
      }
      pinnedMentees.add(p.mentee());
      pinsPerMentor.put(p.mentor(), used + 1);
      pinned.add(p);
    }
    Set<GroupId> quotaGroups = new HashSet<>();
    for (GroupQuota q : quotasIn) {
      String item = "quota " + q.group();
      if (q.maxPerMentor() < 0) {
        issue(item, Kind.BAD_CAPACITY, "maxPerMentor must be >= 0, was " + q.maxPerMentor(), "quota dropped");
        continue;
      }
      if (!quotaGroups.add(q.group())) {
        issue(item, Kind.DUPLICATE, "group has two quotas; give one", "dropped the later quota");
        continue;
      }
      quotas.add(q);
    }
  }

  private void lists(String side, List<Preference> in, Set<AlumnusId> owners, Set<AlumnusId> others,
      String otherSide, List<Preference> out) {
    Set<AlumnusId> seenOwners = new HashSet<>();
    for (Preference p : in) {
      String item = side + " list of " + p.owner();
      if (!owners.contains(p.owner())) {
        issue(item, Kind.UNKNOWN_PARTICIPANT, "owner is not a " + side + " of the problem", "list dropped");
        continue;
      }
      if (!seenOwners.add(p.owner())) {
        issue(item, Kind.DUPLICATE, "a second list for the same " + side + "; give one list", "dropped the later list");
        continue;
      }
      Set<AlumnusId> kept = new LinkedHashSet<>();
      for (AlumnusId x : p.ranked()) {
        if (!others.contains(x)) {
          issue(item, owners.contains(x) ? Kind.INCONSISTENT : Kind.UNKNOWN_PARTICIPANT,
              "entry " + x + " is not a " + otherSide + " of the problem", "entry dropped");
        } else if (!kept.add(x)) {
          issue(item, Kind.INCONSISTENT, "entry " + x + " listed twice; a list ranks each " + otherSide
              + " once", "dropped the later entry");
        }
      }
      out.add(new Preference(p.owner(), List.copyOf(kept)));
    }
  }

  private boolean known(String item, AlumnusId mentee, AlumnusId mentor, Set<AlumnusId> menteeIds,
      Set<AlumnusId> mentorIds, String change) {
    boolean ok = true;
    if (!menteeIds.contains(mentee)) {
      issue(item, Kind.UNKNOWN_PARTICIPANT, mentee + " is not a mentee of the problem", change);
      ok = false;
    }
    if (!mentorIds.contains(mentor)) {
      issue(item, Kind.UNKNOWN_PARTICIPANT, mentor + " is not a mentor of the problem", change);
      ok = false;
    }
    return ok;
  }

  private void issue(String item, Kind kind, String detail, String change) {
    InputProblem p = InputProblem.of(item, kind, detail);
    if (repair) {
      repairs.add(new Repair(p, change));
    } else {
      problems.add(p);
    }
  }

  /** Problems left: in strict mode every problem, in repair mode only the unrepairable ones. */
  List<InputProblem> problems() {
    return problems;
  }
}
