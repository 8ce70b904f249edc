package org.alumnisdk.matching.stable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;

/**
 * A many-to-one stable matching instance (hospitals/residents, here mentors/mentees) on int indexes,
 * stored as two aligned CSR tables of mutually acceptable pairs.
 *
 * <p>Residents (mentees) {@code 0..R-1} and hospitals (mentors) {@code 0..H-1} each rank some of the
 * other side, most preferred first; lists may be incomplete. A pair is acceptable only when each
 * lists the other: an entry that is not reciprocated is dropped (counted in {@link
 * #droppedEntries()}), following Gusfield &amp; Irving. Capacity 0 is allowed (a mentor on leave).
 * Immutable; the accessors return shared arrays that callers must not modify.
 *
 * @since 0.1.0
 */
public final class HrInstance {
  final int nr;
  final int nh;
  final int[] capacity;
  /** Resident side: start, hospital, hospital's rank of that resident. */
  final int[] rStart;
  final int[] rHosp;
  final int[] rKey;
  /** Hospital side: start, resident, resident's rank of that hospital. */
  final int[] hStart;
  final int[] hRes;
  final int[] hKey;
  private final long dropped;

  private HrInstance(int nr, int nh, int[] capacity, int[] rStart, int[] rHosp, int[] rKey,
      int[] hStart, int[] hRes, int[] hKey, long dropped) {
    this.nr = nr;
    this.nh = nh;
    this.capacity = capacity;
    this.rStart = rStart;
    this.rHosp = rHosp;
    this.rKey = rKey;
    this.hStart = hStart;
    this.hRes = hRes;
    this.hKey = hKey;
    this.dropped = dropped;
  }

  /**
   * Builds an instance from preference lists, checking every list at once.
   *
   * @param residentPrefs for each resident, hospital indexes, most preferred first
   * @param hospitalPrefs for each hospital, resident indexes, most preferred first
   * @param capacity places per hospital, each at least 0
   * @return the instance
   * @throws InvalidMatchingInputException listing every out-of-range index, duplicate entry,
   *     negative capacity or size mismatch
   */
  public static HrInstance of(int[][] residentPrefs, int[][] hospitalPrefs, int[] capacity) {
    Checks.notNull(residentPrefs, "residentPrefs");
    Checks.notNull(hospitalPrefs, "hospitalPrefs");
    Checks.notNull(capacity, "capacity");
    int nr = residentPrefs.length;
    int nh = hospitalPrefs.length;
    List<InputProblem> problems = new ArrayList<>();
    if (nr == 0 || nh == 0) {
      problems.add(InputProblem.of("instance", InputProblem.Kind.EMPTY,
          "need at least one resident and one hospital, was " + nr + " and " + nh));
    }
    if (capacity.length != nh) {
      problems.add(InputProblem.of("capacity", InputProblem.Kind.INCONSISTENT,
          capacity.length + " capacities for " + nh + " hospitals"));
    }
    for (int h = 0; h < Math.min(nh, capacity.length); h++) {
      if (capacity[h] < 0) {
        problems.add(InputProblem.of("hospital " + h, InputProblem.Kind.BAD_CAPACITY,
            "capacity must be >= 0, was " + capacity[h]));
      }
    }
    long totalR = checkLists("resident", residentPrefs, nh, "hospital", problems);
    long totalH = checkLists("hospital", hospitalPrefs, nr, "resident", problems);
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("stable matching instance", problems);
    }
    if (totalH > Integer.MAX_VALUE - 8 || totalR > Integer.MAX_VALUE - 8) {
      throw new InvalidMatchingInputException("stable matching instance", List.of(InputProblem.of(
          "instance", InputProblem.Kind.OUT_OF_RANGE, "more than 2^31 list entries")));
    }
    // hospital entries bucketed by resident, in increasing hospital order: (h, rank at h)
    int[] bStart = new int[nr + 1];
    for (int[] list : hospitalPrefs) {
      for (int r : list) {
        bStart[r + 1]++;
      }
    }
    for (int r = 0; r < nr; r++) {
      bStart[r + 1] += bStart[r];
    }
    int[] bFill = Arrays.copyOf(bStart, nr);
    int[] bHosp = new int[(int) totalH];
    int[] bRank = new int[(int) totalH];
    for (int h = 0; h < nh; h++) {
      int[] list = hospitalPrefs[h];
      for (int b = 0; b < list.length; b++) {
        int p = bFill[list[b]]++;
        bHosp[p] = h;
        bRank[p] = b;
      }
    }
    // offsets of the hospitals' original lists, to mark which entries survive
    int[] hOff = new int[nh + 1];
    for (int h = 0; h < nh; h++) {
      hOff[h + 1] = hOff[h] + hospitalPrefs[h].length;
    }
    int[] keptAt = new int[(int) totalH]; // resident's rank of h, or -1 if not mutual
    Arrays.fill(keptAt, -1);
    int[] rStart = new int[nr + 1];
    int[] rHospTmp = new int[(int) Math.min(totalR, totalH)];
    int[] rKeyTmp = new int[rHospTmp.length];
    int k = 0;
    long[] sortBuf = new long[16];
    int[] rankBuf = new int[16];
    int[] hospBuf = new int[16];
    for (int r = 0; r < nr; r++) {
      int[] list = residentPrefs[r];
      int len = list.length;
      if (sortBuf.length < len) {
        sortBuf = new long[len * 2];
        rankBuf = new int[len * 2];
        hospBuf = new int[len * 2];
      }
      for (int a = 0; a < len; a++) {
        sortBuf[a] = ((long) list[a] << 32) | a;
      }
      Arrays.sort(sortBuf, 0, len);
      // merge with bucket r (sorted by hospital) to get the hospital's rank for each mutual entry
      Arrays.fill(rankBuf, 0, len, -1);
      int p = bStart[r];
      int pe = bStart[r + 1];
      for (int q = 0; q < len && p < pe; ) {
        int h = (int) (sortBuf[q] >>> 32);
        if (bHosp[p] < h) {
          p++;
        } else if (bHosp[p] > h) {
          q++;
        } else {
          int a = (int) sortBuf[q];
          rankBuf[a] = bRank[p];
          keptAt[hOff[h] + bRank[p]] = a;
          p++;
          q++;
        }
      }
      for (int a = 0; a < len; a++) {
        if (rankBuf[a] >= 0) {
          rHospTmp[k] = list[a];
          rKeyTmp[k] = rankBuf[a];
          k++;
        }
      }
      rStart[r + 1] = k;
    }
    int[] rHosp = k == rHospTmp.length ? rHospTmp : Arrays.copyOf(rHospTmp, k);
    int[] rKey = k == rKeyTmp.length ? rKeyTmp : Arrays.copyOf(rKeyTmp, k);
    bHosp = null; // let the join buffers go before the hospital side is allocated
    bRank = null;
    int[] hStart = new int[nh + 1];
    int[] hRes = new int[k];
    int[] hKey = new int[k];
    int q = 0;
    for (int h = 0; h < nh; h++) {
      int[] list = hospitalPrefs[h];
      for (int b = 0; b < list.length; b++) {
        int a = keptAt[hOff[h] + b];
        if (a >= 0) {
          hRes[q] = list[b];
          hKey[q] = a;
          q++;
        }
      }
      hStart[h + 1] = q;
    }
    long dropped = totalR + totalH - 2L * k;
    return new HrInstance(nr, nh, capacity.clone(), rStart, rHosp, rKey, hStart, hRes, hKey, dropped);
  }

  private static long checkLists(String side, int[][] lists, int other, String otherSide,
      List<InputProblem> problems) {
    long total = 0;
    int[] stamp = new int[Math.max(other, 1)];
    Arrays.fill(stamp, -1);
    for (int i = 0; i < lists.length; i++) {
      int[] list = lists[i];
      if (list == null) {
        problems.add(InputProblem.of(side + " " + i, InputProblem.Kind.INCONSISTENT, "preference list is null; use an empty list"));
        continue;
      }
      total += list.length;
      for (int x : list) {
        if (x < 0 || x >= other) {
          problems.add(InputProblem.of(side + " " + i, InputProblem.Kind.UNKNOWN_PARTICIPANT,
              "lists " + otherSide + " " + x + ", which does not exist"));
        } else if (stamp[x] == i) {
          problems.add(InputProblem.of(side + " " + i, InputProblem.Kind.DUPLICATE,
              "lists " + otherSide + " " + x + " twice"));
        } else {
          stamp[x] = i;
        }
      }
    }
    return total;
  }

  /**
   * Number of residents (mentees).
   *
   * @return the count
   */
  public int residents() {
    return nr;
  }

  /**
   * Number of hospitals (mentors).
   *
   * @return the count
   */
  public int hospitals() {
    return nh;
  }

  /**
   * Capacity of a hospital.
   *
   * @param hospital the hospital
   * @return its capacity
   */
  public int capacity(int hospital) {
    return capacity[hospital];
  }

  /**
   * Number of mutually acceptable pairs.
   *
   * @return the count
   */
  public int pairs() {
    return rHosp.length;
  }

  /**
   * Entries that were listed by one side only and dropped.
   *
   * @return the count
   */
  public long droppedEntries() {
    return dropped;
  }

  /**
   * The resident's reduced list (mutually acceptable hospitals, most preferred first).
   *
   * @param resident the resident
   * @return a copy of the list
   */
  public int[] residentList(int resident) {
    return Arrays.copyOfRange(rHosp, rStart[resident], rStart[resident + 1]);
  }

  /**
   * The hospital's reduced list (mutually acceptable residents, most preferred first).
   *
   * @param hospital the hospital
   * @return a copy of the list
   */
  public int[] hospitalList(int hospital) {
    return Arrays.copyOfRange(hRes, hStart[hospital], hStart[hospital + 1]);
  }

  /**
   * The hospital's rank of a resident (0 = best), or -1 when the pair is not mutually acceptable.
   *
   * @param resident the resident
   * @param hospital the hospital
   * @return the rank
   */
  public int hospitalRankOf(int resident, int hospital) {
    for (int k = rStart[resident]; k < rStart[resident + 1]; k++) {
      if (rHosp[k] == hospital) {
        return rKey[k];
      }
    }
    return -1;
  }

  /**
   * The resident's rank of a hospital in its original list (0 = best), or -1 when the pair is not
   * mutually acceptable.
   *
   * @param resident the resident
   * @param hospital the hospital
   * @return the rank
   */
  public int residentRankOf(int resident, int hospital) {
    for (int k = hStart[hospital]; k < hStart[hospital + 1]; k++) {
      if (hRes[k] == resident) {
        return hKey[k];
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "HrInstance[residents=" + nr + ", hospitals=" + nh + ", pairs=" + rHosp.length
        + ", dropped=" + dropped + "]";
  }
}
