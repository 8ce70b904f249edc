package org.alumnisdk.metrics.internal;

import java.util.function.IntPredicate;

/**
 * A set of (owner, id) pairs, where the owner is a dense index such as a {@link KeyIndex} index:
 * one open-addressing table for all owners instead of one small set per owner, so remembering
 * millions of activity ids costs one large array and no objects for the collector to copy or trace.
 *
 * <p>An id is remembered by its {@link String#hashCode() hash} and a second, independent 64-bit
 * {@linkplain #fingerprint fingerprint}, not by reference: the set keeps no id strings alive and a
 * slot is two {@code long}s in one array, so an insert usually touches one cache line. Two different
 * ids of the same owner are taken for each other only if both the 32-bit hash and the 64-bit
 * fingerprint collide: about 2<sup>-96</sup> per pair for ids that are not crafted to collide,
 * 2<sup>-64</sup> when the hashes are equal by construction ("Aa" and "BB"). Ids of different
 * owners never collide.
 *
 * <p>Slots are found by linear probing from a home taken from the fingerprint (Fibonacci hashing),
 * so homes are uniform whatever the ids look like: ids issued in sequence, whose
 * {@code String} hashes are nearly consecutive, would otherwise pile up into long probe runs. The
 * load stays at most three quarters. Not thread-safe. Not API.
 */
public final class OwnedIdSet {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private long[] slots; // per slot i: [2i] = (owner + 1) << 32 | hash, [2i + 1] = fingerprint; [2i] == 0: empty
  private int mask;
  private int shift;
  private int size;

  /**
   * An empty set with room for about {@code expected} pairs before it grows.
   *
   * @param expected the expected number of pairs, {@code >= 0}
   */
  public OwnedIdSet(int expected) {
    allocate(Integer.highestOneBit((int) Math.min(1L << 28, Math.max(8L, expected * 4L / 3))) << 1);
  }

  private void allocate(int cap) {
    slots = new long[cap * 2];
    mask = cap - 1;
    shift = 64 - Integer.numberOfTrailingZeros(cap);
  }

  /**
   * A 64-bit fingerprint of a string, independent of {@link String#hashCode()}: MurmurHash3's
   * x64 block mixing over blocks of four chars, then its fmix64 avalanche. Every block step is a
   * bijection, so two strings of equal length that differ in a single block never collide.
   *
   * @param s the string
   * @return the fingerprint
   */
  public static long fingerprint(String s) {
    int n = s.length();
    long h = GOLDEN ^ n;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long k = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
          | (long) s.charAt(i + 3) << 48;
      h ^= mixBlock(k);
      h = Long.rotateLeft(h, 27) * 5 + 0x52DCE729;
    }
    if (i < n) {
      long k = 0;
      for (int shift = 0; i < n; i++, shift += 16) {
        k |= (long) s.charAt(i) << shift;
      }
      h ^= mixBlock(k);
    }
    h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
    h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return h ^ (h >>> 33);
  }

  private static long mixBlock(long k) {
    return Long.rotateLeft(k * 0x87C37B91114253D5L, 31) * 0x4CF5AD432745937FL;
  }

  private int home(long fp) {
    return (int) ((fp * GOLDEN) >>> shift);
  }

  /**
   * Adds a pair.
   *
   * @param owner the owner, {@code >= 0}
   * @param id the id
   * @return true if the pair was not there
   */
  public boolean add(int owner, String id) {
    return add(owner, id.hashCode(), fingerprint(id));
  }

  /**
   * Adds a pair given the id's hash and {@link #fingerprint}, computed earlier.
   *
   * @param owner the owner, {@code >= 0}
   * @param hash the id's {@link String#hashCode()}
   * @param fp the id's fingerprint
   * @return true if the pair was not there
   * @throws IllegalStateException if the table would need more than 2<sup>29</sup> slots
   */
  public boolean add(int owner, int hash, long fp) {
    long tag = ((owner + 1L) << 32) | (hash & 0xffffffffL);
    long[] s = slots;
    int i = home(fp);
    long t;
    while ((t = s[2 * i]) != 0) {
      if (t == tag && s[2 * i + 1] == fp) {
        return false;
      }
      i = (i + 1) & mask;
    }
    s[2 * i] = tag;
    s[2 * i + 1] = fp;
    size++;
    if (size * 4L > (mask + 1L) * 3) {
      if (mask + 1 >= 1 << 29) {
        throw new IllegalStateException("more than 400 million remembered ids");
      }
      rebuild(slots.length, o -> true);
    }
    return true;
  }

  /**
   * Reads the home slot of a fingerprint and returns it, so a caller can start the memory load of
   * many upcoming inserts before doing them (the loads then overlap instead of queueing). The
   * value is meaningless; use it (for example fold it into a field) so the load is not dropped.
   *
   * @param fp a fingerprint
   * @return the slot's first word
   */
  public long peek(long fp) {
    return slots[2 * home(fp)];
  }

  /**
   * Removes every pair whose owner matches (consent withdrawn, data-subject deletion). Rebuilds the
   * table: O(capacity).
   *
   * @param owner which owners to remove
   * @return the number of pairs removed
   */
  public int removeOwners(IntPredicate owner) {
    int before = size;
    rebuild(mask + 1, o -> !owner.test(o));
    return before - size;
  }

  private void rebuild(int cap, IntPredicate keep) {
    long[] old = slots;
    allocate(cap);
    size = 0;
    for (int j = 0; j < old.length; j += 2) {
      long tag = old[j];
      if (tag != 0 && keep.test((int) (tag >>> 32) - 1)) {
        int i = home(old[j + 1]);
        while (slots[2 * i] != 0) {
          i = (i + 1) & mask;
        }
        slots[2 * i] = tag;
        slots[2 * i + 1] = old[j + 1];
        size++;
      }
    }
  }

  /**
   * The number of pairs.
   *
   * @return the size
   */
  public int size() {
    return size;
  }
}
