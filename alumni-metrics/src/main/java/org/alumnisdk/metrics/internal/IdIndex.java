package org.alumnisdk.metrics.internal;

/**
 * An open-addressing map from keys to dense indexes 0..n-1, storing the hash and the index in one
 * long per slot so a lookup touches few cache lines. Built once, then read-only. Not API.
 */
public final class IdIndex {
  private final long[] slots;
  private final Object[] keys;
  private final int mask;

  /**
   * Indexes the keys by position.
   *
   * @param keys distinct keys; key {@code i} gets index {@code i}
   */
  public IdIndex(Object[] keys) {
    int cap = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
    slots = new long[cap];
    this.keys = new Object[cap];
    mask = cap - 1;
    for (int k = 0; k < keys.length; k++) {
      int h = keys[k].hashCode();
      int i = spread(h) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = ((long) h << 32) | (k + 1L);
      this.keys[i] = keys[k];
    }
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }

  /**
   * The index of a key.
   *
   * @param key the key
   * @return the index, or -1 if absent
   */
  public int indexOf(Object key) {
    int h = key.hashCode();
    int i = spread(h) & mask;
    long s;
    while ((s = slots[i]) != 0) {
      if ((int) (s >>> 32) == h) {
        Object k = keys[i];
        if (k == key || k.equals(key)) {
          return (int) s - 1;
        }
      }
      i = (i + 1) & mask;
    }
    return -1;
  }
}
