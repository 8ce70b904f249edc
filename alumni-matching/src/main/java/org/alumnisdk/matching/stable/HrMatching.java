package org.alumnisdk.matching.stable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alumnisdk.matching.Verification;

/**
 * A many-to-one matching on indexes: the mentor (hospital) of each mentee (resident), or -1.
 *
 * @param residentToHospital the hospital of each resident, {@code -1} when unmatched
 * @param proposer the side that proposed, or null when the matching came from elsewhere
 * @since 0.1.0
 */
public record HrMatching(int[] residentToHospital, Side proposer) {
  /**
   * Copies the array.
   *
   * @param residentToHospital the hospital of each resident, {@code -1} when unmatched
   * @param proposer the side that proposed, or null when the matching came from elsewhere
   */
  public HrMatching {
    residentToHospital = residentToHospital.clone();
  }

  /**
   * The hospital of each resident.
   *
   * @return a copy
   */
  @Override
  public int[] residentToHospital() {
    return residentToHospital.clone();
  }

  /**
   * The hospital of one resident.
   *
   * @param resident the resident
   * @return the hospital, or -1
   */
  public int hospitalOf(int resident) {
    return residentToHospital[resident];
  }

  /**
   * How many residents are matched.
   *
   * @return the count
   */
  public int matchedCount() {
    int c = 0;
    for (int h : residentToHospital) {
      if (h >= 0) {
        c++;
      }
    }
    return c;
  }

  /**
   * Finds blocking pairs in O(total list length), using rank arrays.
   *
   * @param instance the instance the matching is for
   * @param limit the most pairs to return (the count is exact only up to it)
   * @return up to {@code limit} blocking pairs, in resident order
   */
  public List<HrBlockingPair> blockingPairs(HrInstance instance, int limit) {
    List<HrBlockingPair> out = new ArrayList<>();
    scan(instance, limit, out);
    return out;
  }

  /**
   * Counts blocking pairs in O(total list length), without allocating pair records.
   *
   * @param instance the instance the matching is for
   * @return the number of blocking pairs
   */
  public long countBlockingPairs(HrInstance instance) {
    return scan(instance, 0, null);
  }

  private long scan(HrInstance in, int limit, List<HrBlockingPair> out) {
    int[] load = new int[in.nh];
    int[] worst = new int[in.nh];
    Arrays.fill(worst, -1);
    int[] pos = new int[in.nr];
    for (int r = 0; r < in.nr; r++) {
      int h = residentToHospital[r];
      pos[r] = in.rStart[r + 1];
      if (h < 0) {
        continue;
      }
      for (int k = in.rStart[r]; k < in.rStart[r + 1]; k++) {
        if (in.rHosp[k] == h) {
          pos[r] = k;
          load[h]++;
          worst[h] = Math.max(worst[h], in.rKey[k]);
          break;
        }
      }
    }
    long count = 0;
    for (int r = 0; r < in.nr; r++) {
      boolean unmatched = residentToHospital[r] < 0;
      for (int k = in.rStart[r]; k < pos[r]; k++) {
        int h = in.rHosp[k];
        int cap = in.capacity[h];
        if (cap == 0) {
          continue;
        }
        boolean room = load[h] < cap;
        if (room || in.rKey[k] < worst[h]) {
          count++;
          if (out != null && out.size() < limit) {
            out.add(new HrBlockingPair(r, h, unmatched, room));
          }
        }
      }
    }
    return count;
  }

  /**
   * Checks validity (only mutually acceptable pairs, capacities respected) and stability.
   *
   * @param instance the instance the matching is for
   * @return the verification
   */
  public Verification verify(HrInstance instance) {
    List<String> v = new ArrayList<>();
    int total = 0;
    if (residentToHospital.length != instance.nr) {
      return new Verification(List.of("matching has " + residentToHospital.length + " residents, instance "
          + instance.nr));
    }
    int[] load = new int[instance.nh];
    for (int r = 0; r < instance.nr; r++) {
      int h = residentToHospital[r];
      if (h < 0) {
        continue;
      }
      if (h >= instance.nh || instance.hospitalRankOf(r, h) < 0) {
        total++;
        v.add("resident " + r + " is matched to " + h + ", which is not mutually acceptable");
        continue;
      }
      load[h]++;
    }
    for (int h = 0; h < instance.nh; h++) {
      if (load[h] > instance.capacity[h]) {
        total++;
        v.add("hospital " + h + " holds " + load[h] + " over capacity " + instance.capacity[h]);
      }
    }
    if (total == 0) {
      for (HrBlockingPair b : blockingPairs(instance, Verification.limit())) {
        v.add("blocking pair (" + b.resident() + ", " + b.hospital() + "): " + b.reason());
      }
      total += (int) Math.min(Integer.MAX_VALUE, countBlockingPairs(instance));
    }
    return Verification.of(v, total);
  }

  @Override
  public String toString() {
    return "HrMatching[proposer=" + proposer + ", matched=" + matchedCount() + "/" + residentToHospital.length
        + (residentToHospital.length <= 20 ? ", " + Arrays.toString(residentToHospital) : "") + "]";
  }
}
