package org.alumnisdk.matching.stable;

import java.util.Arrays;
import org.alumnisdk.core.Checks;

/**
 * Gale–Shapley deferred acceptance for many-to-one matching with capacities (hospitals/residents,
 * Gusfield &amp; Irving 1989, §1.6), on an {@link HrInstance}.
 *
 * <p>{@link Side#MENTEES}: residents propose in index order down their lists; a hospital keeps its
 * best {@code capacity} proposals (a max-heap on its ranks) and rejects the rest. Result: the
 * resident-optimal stable matching. {@link Side#MENTORS}: hospitals with free places propose
 * down their lists; a resident keeps its best offer. Result: the hospital-optimal stable matching.
 * Both run in O(L log c) for total list length L and largest capacity c. The result does not
 * depend on the proposal order (the optimal stable matching is unique). Deterministic.
 *
 * @since 0.1.0
 */
public final class DeferredAcceptance {
  private DeferredAcceptance() {}

  /**
   * Computes the stable matching that is optimal for the proposing side.
   *
   * @param instance the instance
   * @param proposer who proposes
   * @return the matching
   */
  public static HrMatching solve(HrInstance instance, Side proposer) {
    Checks.notNull(instance, "instance");
    Checks.notNull(proposer, "proposer");
    int[] match = proposer == Side.MENTEES ? residentsPropose(instance) : hospitalsPropose(instance);
    return new HrMatching(match, proposer);
  }

  static int[] residentsPropose(HrInstance in) {
    int nr = in.nr;
    int nh = in.nh;
    int[] cap = in.capacity;
    int[] slotStart = new int[nh + 1];
    for (int h = 0; h < nh; h++) {
      slotStart[h + 1] = slotStart[h] + Math.min(cap[h], in.hStart[h + 1] - in.hStart[h]);
    }
    int[] heapKey = new int[slotStart[nh]];
    int[] heapRes = new int[slotStart[nh]];
    int[] count = new int[nh];
    int[] next = new int[nr];
    int[] match = new int[nr];
    Arrays.fill(match, -1);
    int[] stack = new int[nr];
    int top = 0;
    for (int r = nr - 1; r >= 0; r--) {
      stack[top++] = r;
      next[r] = in.rStart[r];
    }
    int[] rStart = in.rStart;
    int[] rHosp = in.rHosp;
    int[] rKey = in.rKey;
    while (top > 0) {
      int r = stack[--top];
      int end = rStart[r + 1];
      while (next[r] < end) {
        int k = next[r]++;
        int h = rHosp[k];
        int key = rKey[k];
        int base = slotStart[h];
        int size = count[h];
        int c = slotStart[h + 1] - base;
        if (size < c) {
          // sift up in a max-heap
          int i = size;
          while (i > 0) {
            int p = (i - 1) >>> 1;
            if (heapKey[base + p] >= key) {
              break;
            }
            heapKey[base + i] = heapKey[base + p];
            heapRes[base + i] = heapRes[base + p];
            i = p;
          }
          heapKey[base + i] = key;
          heapRes[base + i] = r;
          count[h] = size + 1;
          match[r] = h;
          break;
        }
        if (c > 0 && key < heapKey[base]) {
          int evicted = heapRes[base];
          match[evicted] = -1;
          stack[top++] = evicted;
          // replace the root and sift down
          int i = 0;
          while (true) {
            int l = 2 * i + 1;
            if (l >= c) {
              break;
            }
            int rr = l + 1;
            int m = rr < c && heapKey[base + rr] > heapKey[base + l] ? rr : l;
            if (heapKey[base + m] <= key) {
              break;
            }
            heapKey[base + i] = heapKey[base + m];
            heapRes[base + i] = heapRes[base + m];
            i = m;
          }
          heapKey[base + i] = key;
          heapRes[base + i] = r;
          match[r] = h;
          break;
        }
      }
    }
    return match;
  }

  static int[] hospitalsPropose(HrInstance in) {
    int nr = in.nr;
    int nh = in.nh;
    int[] match = new int[nr];
    Arrays.fill(match, -1);
    int[] matchKey = new int[nr];
    int[] assigned = new int[nh];
    int[] next = new int[nh];
    boolean[] queued = new boolean[nh];
    int[] stack = new int[nh];
    int top = 0;
    for (int h = nh - 1; h >= 0; h--) {
      next[h] = in.hStart[h];
      if (in.capacity[h] > 0) {
        stack[top++] = h;
        queued[h] = true;
      }
    }
    int[] hStart = in.hStart;
    int[] hRes = in.hRes;
    int[] hKey = in.hKey;
    while (top > 0) {
      int h = stack[--top];
      queued[h] = false;
      int end = hStart[h + 1];
      int cap = in.capacity[h];
      while (assigned[h] < cap && next[h] < end) {
        int k = next[h]++;
        int r = hRes[k];
        int key = hKey[k];
        int cur = match[r];
        if (cur < 0) {
          match[r] = h;
          matchKey[r] = key;
          assigned[h]++;
        } else if (key < matchKey[r]) {
          match[r] = h;
          matchKey[r] = key;
          assigned[h]++;
          assigned[cur]--;
          if (!queued[cur]) {
            queued[cur] = true;
            stack[top++] = cur;
          }
        }
      }
    }
    return match;
  }
}
