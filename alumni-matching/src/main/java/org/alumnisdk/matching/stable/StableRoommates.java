package org.alumnisdk.matching.stable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;

/**
 * Irving's algorithm (1985) for stable roommates with incomplete lists (Gusfield &amp; Irving 1989,
 * ch. 4): pairs people of one population, for peer or buddy pairing.
 *
 * <p>Phase 1: everyone proposes down their list; a person holding a proposal deletes everyone they
 * like less. People rejected by everyone are unmatched in every stable matching. Phase 2: rotations
 * are found and eliminated until every list has one entry (the stable matching) or some list
 * becomes empty (no stable matching exists, returned as {@link RoommatesOutcome.NoStableMatching}).
 * Entries not reciprocated are ignored. O(n²) time and memory for n people. Deterministic.
 *
 * @since 0.1.0
 */
public final class StableRoommates {
  private StableRoommates() {}

  /**
   * Solves an instance given as preference lists on indexes {@code 0..n-1}.
   *
   * @param prefs for each person, the others they accept, most preferred first
   * @return a stable matching or the proof that none exists
   * @throws InvalidMatchingInputException listing every out-of-range, self or duplicate entry, or
   *     an empty instance
   */
  public static RoommatesOutcome solve(int[][] prefs) {
    Checks.notNull(prefs, "prefs");
    int n = prefs.length;
    List<InputProblem> problems = new ArrayList<>();
    if (n == 0) {
      problems.add(InputProblem.of("instance", InputProblem.Kind.EMPTY, "no people to pair"));
    }
    int[][] rank = new int[n][];
    for (int i = 0; i < n; i++) {
      rank[i] = new int[n];
      Arrays.fill(rank[i], -1);
      if (prefs[i] == null) {
        problems.add(InputProblem.of("person " + i, InputProblem.Kind.INCONSISTENT, "list is null; use an empty list"));
        continue;
      }
      for (int k = 0; k < prefs[i].length; k++) {
        int j = prefs[i][k];
        if (j < 0 || j >= n) {
          problems.add(InputProblem.of("person " + i, InputProblem.Kind.UNKNOWN_PARTICIPANT, "lists " + j + ", which does not exist"));
        } else if (j == i) {
          problems.add(InputProblem.of("person " + i, InputProblem.Kind.INCONSISTENT, "lists themself"));
        } else if (rank[i][j] >= 0) {
          problems.add(InputProblem.of("person " + i, InputProblem.Kind.DUPLICATE, "lists " + j + " twice"));
        } else {
          rank[i][j] = k;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("stable roommates", problems);
    }
    // keep mutual entries only, re-ranked 0..len-1
    int[][] list = new int[n][];
    for (int i = 0; i < n; i++) {
      int[] tmp = new int[prefs[i].length];
      int len = 0;
      for (int j : prefs[i]) {
        if (rank[j][i] >= 0) {
          tmp[len++] = j;
        }
      }
      list[i] = Arrays.copyOf(tmp, len);
    }
    for (int i = 0; i < n; i++) {
      Arrays.fill(rank[i], -1);
      for (int k = 0; k < list[i].length; k++) {
        rank[i][list[i][k]] = k;
      }
    }
    return new Irving(n, list, rank).run();
  }

  /** The algorithm state: pair (i, j) is present iff rank[i][j] <= hi[i] and rank[j][i] <= hi[j]. */
  private static final class Irving {
    final int n;
    final int[][] list;
    final int[][] rank;
    final int[] hi;
    final int[] lo;
    final int[] top;

    Irving(int n, int[][] list, int[][] rank) {
      this.n = n;
      this.list = list;
      this.rank = rank;
      hi = new int[n];
      lo = new int[n];
      top = new int[n];
      for (int i = 0; i < n; i++) {
        hi[i] = list[i].length - 1;
        top[i] = list[i].length - 1;
      }
    }

    boolean present(int i, int j) {
      return rank[i][j] >= 0 && rank[i][j] <= hi[i] && rank[j][i] <= hi[j];
    }

    int first(int i) {
      while (lo[i] < list[i].length && !present(i, list[i][lo[i]])) {
        lo[i]++;
      }
      return lo[i] < list[i].length ? list[i][lo[i]] : -1;
    }

    int second(int i) {
      first(i);
      for (int k = lo[i] + 1; k < list[i].length; k++) {
        if (present(i, list[i][k])) {
          return list[i][k];
        }
      }
      return -1;
    }

    int last(int i) {
      if (top[i] > hi[i]) {
        top[i] = hi[i];
      }
      while (top[i] >= 0 && !present(i, list[i][top[i]])) {
        top[i]--;
      }
      return top[i] >= 0 ? list[i][top[i]] : -1;
    }

    RoommatesOutcome run() {
      // phase 1
      int[] holds = new int[n];
      Arrays.fill(holds, -1);
      int[] stack = new int[n];
      int sp = 0;
      for (int i = n - 1; i >= 0; i--) {
        stack[sp++] = i;
      }
      while (sp > 0) {
        int p = stack[--sp];
        while (true) {
          int q = first(p);
          if (q < 0) {
            break;
          }
          int h = holds[q];
          if (h < 0 || rank[q][p] < rank[q][h]) {
            holds[q] = p;
            hi[q] = rank[q][p];
            if (h >= 0) {
              stack[sp++] = h;
            }
            break;
          }
          // q holds someone better: p is already absent from q's list, so first(p) moves on
          hi[p] = Math.min(hi[p], rank[p][q] - 1);
        }
      }
      List<Integer> rejected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (first(i) < 0 && list[i].length > 0) {
          rejected.add(i);
        }
      }
      // phase 2
      int[] seenAt = new int[n];
      Arrays.fill(seenAt, -1);
      int[] seq = new int[n + 1];
      int start = 0;
      while (true) {
        int x = -1;
        for (int i = start; i < n; i++) {
          int f = first(i);
          if (f >= 0 && last(i) != f) {
            x = i;
            break;
          }
        }
        if (x < 0) {
          break;
        }
        start = x;
        int len = 0;
        int p = x;
        while (seenAt[p] < 0) {
          seenAt[p] = len;
          seq[len++] = p;
          int q = second(p);
          p = q < 0 ? -1 : last(q);
          if (p < 0) {
            // cannot happen for a stable table; kept so that a defect can never loop or crash
            return new RoommatesOutcome.NoStableMatching(seq[len - 1], rejected, message(seq[len - 1], rejected));
          }
        }
        int from = seenAt[p];
        for (int k = 0; k < len; k++) {
          seenAt[seq[k]] = -1;
        }
        int r = len - from;
        int[] xs = Arrays.copyOfRange(seq, from, len);
        int[] ys = new int[r];
        for (int k = 0; k < r; k++) {
          ys[k] = second(xs[k]);
        }
        for (int k = 0; k < r; k++) {
          int y = ys[k];
          int old = hi[y];
          hi[y] = rank[y][xs[k]];
          for (int t = hi[y] + 1; t <= old; t++) {
            int z = list[y][t];
            if (rank[z][y] <= hi[z] && first(z) < 0) {
              return new RoommatesOutcome.NoStableMatching(z, rejected, message(z, rejected));
            }
          }
        }
        // a list may also empty on the rotation side
        for (int k = 0; k < r; k++) {
          if (first(xs[k]) < 0) {
            return new RoommatesOutcome.NoStableMatching(xs[k], rejected, message(xs[k], rejected));
          }
        }
      }
      int[] partner = new int[n];
      for (int i = 0; i < n; i++) {
        partner[i] = first(i);
      }
      for (int i = 0; i < n; i++) {
        if (partner[i] >= 0 && partner[partner[i]] != i) {
          // an odd set of people left with lists that do not pair up: no stable matching
          return new RoommatesOutcome.NoStableMatching(i, rejected, message(i, rejected));
        }
      }
      return new RoommatesOutcome.Stable(partner);
    }

    private static String message(int person, List<Integer> rejected) {
      String s = "no stable matching exists: the reduced preference list of person " + person
          + " became empty while eliminating rotations";
      if (!rejected.isEmpty()) {
        s += "; rejected by everyone they listed: " + rejected;
      }
      return s;
    }
  }
}
