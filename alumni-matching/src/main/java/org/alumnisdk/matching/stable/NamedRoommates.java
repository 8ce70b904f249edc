package org.alumnisdk.matching.stable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alumnisdk.core.Checks;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;

/**
 * Stable roommates on names rather than indexes, for notebooks and tests: wraps {@link
 * StableRoommates} and reads the outcome back in names.
 *
 * @param people the people, in the order of the input map (index {@code i} = {@code people.get(i)})
 * @param outcome the outcome on indexes
 * @since 0.1.0
 */
public record NamedRoommates(List<String> people, RoommatesOutcome outcome) {
  /**
   * Copies the list.
   *
   * @param people the people, in the order of the input map (index {@code i} = {@code people.get(i)})
   * @param outcome the outcome on indexes
   */
  public NamedRoommates {
    people = List.copyOf(people);
    Checks.notNull(outcome, "outcome");
  }

  /**
   * Solves an instance given as {@code name -> ranked names}.
   *
   * @param prefs each person's list, most preferred first; iteration order fixes the indexes
   * @return the named outcome
   * @throws InvalidMatchingInputException if a list names someone without a list of their own, or
   *     the lists are bad in any way {@link StableRoommates#solve(int[][])} rejects
   */
  public static NamedRoommates solve(Map<String, List<String>> prefs) {
    Checks.notNull(prefs, "prefs");
    List<String> people = new ArrayList<>(prefs.keySet());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      index.put(people.get(i), i);
    }
    List<InputProblem> problems = new ArrayList<>();
    int[][] lists = new int[people.size()][];
    for (int i = 0; i < people.size(); i++) {
      List<String> l = prefs.get(people.get(i));
      lists[i] = new int[l.size()];
      for (int k = 0; k < l.size(); k++) {
        Integer j = index.get(l.get(k));
        if (j == null) {
          problems.add(InputProblem.of("person " + people.get(i), InputProblem.Kind.UNKNOWN_PARTICIPANT,
              "lists " + l.get(k) + ", who has no list of their own"));
          j = -1;
        }
        lists[i][k] = j;
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("stable roommates", problems);
    }
    return new NamedRoommates(people, StableRoommates.solve(lists));
  }

  /**
   * The pairs, each once, keyed by the person who comes first in input order.
   *
   * @return the pairs; empty when no stable matching exists
   */
  public Map<String, String> pairs() {
    Map<String, String> out = new LinkedHashMap<>();
    if (outcome instanceof RoommatesOutcome.Stable s) {
      for (int i = 0; i < people.size(); i++) {
        int j = s.partnerOf(i);
        if (j > i) {
          out.put(people.get(i), people.get(j));
        }
      }
    }
    return out;
  }

  /**
   * A sentence describing the outcome in names.
   *
   * @return the explanation
   */
  public String explanation() {
    if (outcome instanceof RoommatesOutcome.NoStableMatching n) {
      String s = "no stable matching exists: the reduced list of " + people.get(n.person())
          + " became empty while eliminating rotations";
      if (!n.rejectedByAll().isEmpty()) {
        s += "; rejected by everyone they listed: " + n.rejectedByAll().stream().map(people::get).toList();
      }
      return s;
    }
    return "stable matching: " + pairs();
  }
}
