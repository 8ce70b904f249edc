package org.alumnisdk.metrics.internal;

/**
 * A small open-addressing set (linear probing, stored hashes) used to remember activity ids per
 * alumnus: duplicates are detected next to the alumnus's other state, without one global
 * million-entry hash set. Not thread-safe. Not API.
 */
public final class IdSet {
  private int[] hashes;
  private Object[] keys;
  private int size;

  /** An empty set with room for a few ids. */
  public IdSet() {
    hashes = new int[4];
    keys = new Object[4];
  }

  /**
   * Adds a key.
   *
   * @param key the key (non-null, with consistent equals/hashCode)
   * @return true if it was not there
   */
  public boolean add(Object key) {
    int h = key.hashCode();
    if (h == 0) {
      h = 1; // 0 marks an empty slot, so a new key is found by reading the hash array only
    }
    int mask = hashes.length - 1;
    int i = (h ^ (h >>> 16)) & mask;
    int stored;
    while ((stored = hashes[i]) != 0) {
      if (stored == h && keys[i].equals(key)) {
        return false;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = h;
    if (++size * 4 > keys.length * 3) {
      grow();
    }
    return true;
  }

  /**
   * The number of keys.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  private void grow() {
    int[] oh = hashes;
    Object[] ok = keys;
    hashes = new int[ok.length * 2];
    keys = new Object[ok.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < ok.length; j++) {
      if (oh[j] != 0) {
        int h = oh[j];
        int i = (h ^ (h >>> 16)) & mask;
        while (hashes[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = ok[j];
        hashes[i] = h;
      }
    }
  }
}
