package org.alumnisdk.matching.stable.spa;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.alumnisdk.core.Checks;

/**
 * Algorithm SPA-student of Abraham, Irving &amp; Manlove (2007): the student-optimal stable
 * matching of a {@link SpaInstance}.
 *
 * <p>Free students apply to the first project left on their list. The project is provisionally
 * assigned; if it is then over capacity, its supervisor's worst student on it is rejected, else if
 * the supervisor is over capacity, the supervisor's worst student overall is rejected from their
 * project. Whenever a project is full, every student its supervisor ranks below the project's worst
 * assigned student loses that project; whenever a supervisor is full, every student they rank below
 * their worst assigned student loses all of the supervisor's projects. Deleted pairs belong to no
 * stable matching, so the result is stable and every student gets the best project they have in any
 * stable matching (Abraham, Irving &amp; Manlove 2007). Deletions are kept as the lowest
 * "cut" rank each project and supervisor has had, so a run takes O(L log c) for total list length L
 * and largest capacity c. The result does not depend on the order of the students. Deterministic.
 *
 * @since 0.1.0
 */
public final class SpaStudent {
  private SpaStudent() {}

  /**
   * Computes the student-optimal stable matching.
   *
   * @param instance the instance (already checked when it was built)
   * @return the matching
   * @throws NullPointerException if {@code instance} is null
   */
  public static SpaMatching solve(SpaInstance instance) {
    Checks.notNull(instance, "instance");
    SpaIndex x = SpaIndex.of(instance);
    int[] match = run(x);
    Map<String, String> assignment = new LinkedHashMap<>();
    for (int s = 0; s < x.ns; s++) {
      if (match[s] >= 0) {
        assignment.put(instance.students().get(s).id(), instance.projects().get(match[s]).id());
      }
    }
    return new SpaMatching(instance, assignment);
  }

  /** Runs SPA-student on indexes; returns the project of each student or -1. */
  static int[] run(SpaIndex x) {
    int[] match = new int[x.ns];
    Arrays.fill(match, -1);
    int[] matchKey = new int[x.ns];
    // supervisor's ranks of the students on each project and with each supervisor (ranks are unique)
    List<TreeSet<Integer>> onProject = new ArrayList<>(x.np);
    for (int p = 0; p < x.np; p++) {
      onProject.add(new TreeSet<>());
    }
    List<TreeSet<Integer>> onSupervisor = new ArrayList<>(x.nl);
    for (int l = 0; l < x.nl; l++) {
      onSupervisor.add(new TreeSet<>());
    }
    // (s, p) is deleted iff the supervisor's rank of s exceeds the lowest cut p or its supervisor had
    int[] cutProject = new int[x.np];
    int[] cutSupervisor = new int[x.nl];
    Arrays.fill(cutProject, Integer.MAX_VALUE);
    Arrays.fill(cutSupervisor, Integer.MAX_VALUE);
    int[] next = new int[x.ns];
    Deque<Integer> free = new ArrayDeque<>();
    for (int s = x.ns - 1; s >= 0; s--) {
      free.push(s);
    }
    while (!free.isEmpty()) {
      int s = free.pop();
      int[] list = x.studentList[s];
      int[] keys = x.studentKey[s];
      int k = next[s];
      while (k < list.length && (keys[k] < 0 || keys[k] > cutProject[list[k]]
          || keys[k] > cutSupervisor[x.projectSupervisor[list[k]]])) {
        k++;
      }
      if (k == list.length) {
        next[s] = k;
        continue; // list exhausted: s stays unmatched
      }
      // a rejected student always has this pair deleted (below), so the pointer can move past it
      next[s] = k + 1;
      int p = list[k];
      int l = x.projectSupervisor[p];
      int key = keys[k];
      match[s] = p;
      matchKey[s] = key;
      onProject.get(p).add(key);
      onSupervisor.get(l).add(key);
      if (onProject.get(p).size() > x.projectCapacity[p]) {
        int worst = x.supervisorList[l][onProject.get(p).last()];
        unassign(worst, match, matchKey, onProject, onSupervisor, x);
        free.push(worst);
      } else if (onSupervisor.get(l).size() > x.supervisorCapacity[l]) {
        int worst = x.supervisorList[l][onSupervisor.get(l).last()];
        unassign(worst, match, matchKey, onProject, onSupervisor, x);
        free.push(worst);
      }
      if (onProject.get(p).size() == x.projectCapacity[p]) {
        cutProject[p] = Math.min(cutProject[p], onProject.get(p).last());
      }
      if (onSupervisor.get(l).size() == x.supervisorCapacity[l]) {
        cutSupervisor[l] = Math.min(cutSupervisor[l], onSupervisor.get(l).last());
      }
    }
    return match;
  }

  private static void unassign(int s, int[] match, int[] matchKey, List<TreeSet<Integer>> onProject,
      List<TreeSet<Integer>> onSupervisor, SpaIndex x) {
    int p = match[s];
    onProject.get(p).remove(matchKey[s]);
    onSupervisor.get(x.projectSupervisor[p]).remove(matchKey[s]);
    match[s] = -1;
  }
}
