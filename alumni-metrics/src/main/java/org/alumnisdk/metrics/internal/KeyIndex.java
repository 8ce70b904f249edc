package org.alumnisdk.metrics.internal;

import java.util.function.ObjIntConsumer;

/**
 * An open-addressing map from keys to dense indexes handed out in insertion order (0, 1, 2, ...).
 * A removed key's index is never handed out again, so arrays indexed by it stay unambiguous.
 *
 * <p>One {@code long} per slot holds the key's hash and its index, so a lookup reads the slot
 * array and, only when the hash matches, the key array: about two cache lines per lookup. Linear
 * probing with a maximum load of one half; removal shifts entries back instead of leaving
 * tombstones. Not thread-safe. Not API.
 */
public final class KeyIndex {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private long[] slots; // (hash << 32) | (index + 1); 0 = empty
  private Object[] keys;
  private int shift;
  private int size;
  private int next;

  /**
   * An empty index with room for about {@code expected} keys before it grows.
   *
   * @param expected the expected number of keys, {@code >= 0}
   */
  public KeyIndex(int expected) {
    int cap = Integer.highestOneBit(Math.min(1 << 29, Math.max(8, expected)) * 2 - 1) << 1;
    slots = new long[cap];
    keys = new Object[cap];
    shift = 64 - Integer.numberOfTrailingZeros(cap);
  }

  /**
   * Indexes distinct keys by position: key {@code i} gets index {@code i}.
   *
   * @param keys distinct, non-null keys
   * @return the index
   * @throws IllegalArgumentException if a key appears twice
   */
  public static KeyIndex of(Object[] keys) {
    KeyIndex index = new KeyIndex(keys.length);
    for (Object key : keys) {
      if (index.indexOf(key) >= 0) {
        throw new IllegalArgumentException("duplicate key at position " + index.next);
      }
      index.add(key);
    }
    return index;
  }

  private int home(int hash) {
    return (int) ((hash * GOLDEN) >>> shift);
  }

  /**
   * The index of a key.
   *
   * @param key the key (non-null, with consistent equals/hashCode)
   * @return the index, or -1 if absent
   */
  public int indexOf(Object key) {
    int slot = find(key);
    return slot < 0 ? -1 : (int) slots[slot] - 1;
  }

  /** The slot holding the key, or -1. */
  private int find(Object key) {
    int h = key.hashCode();
    int mask = slots.length - 1;
    int i = home(h);
    long s;
    while ((s = slots[i]) != 0) {
      if ((int) (s >>> 32) == h) {
        Object k = keys[i];
        if (k == key || k.equals(key)) {
          return i;
        }
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /**
   * Reads the home slot of a key (both arrays) and returns a meaningless value, so a caller can
   * start the memory loads of many upcoming lookups before doing them; fold the value into a field
   * so the loads are not dropped.
   *
   * @param key the key
   * @return a value to fold away
   */
  public long peek(Object key) {
    int i = home(key.hashCode());
    return slots[i] ^ (keys[i] == null ? 0 : 1);
  }

  /**
   * Adds a key that is not present (check with {@link #indexOf} first) and returns its new index.
   *
   * @param key the key
   * @return the index, one more than the last one handed out
   * @throws IllegalStateException if two billion indexes have been handed out
   */
  public int add(Object key) {
    if (next == Integer.MAX_VALUE - 1) {
      throw new IllegalStateException("index space exhausted");
    }
    if ((size + 1) * 2 > slots.length) {
      resize(slots.length * 2);
    }
    int index = next++;
    insert(((long) key.hashCode() << 32) | (index + 1L), key);
    size++;
    return index;
  }

  private void insert(long slot, Object key) {
    int mask = slots.length - 1;
    int i = home((int) (slot >>> 32));
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = slot;
    keys[i] = key;
  }

  private void resize(int cap) {
    long[] os = slots;
    Object[] ok = keys;
    slots = new long[cap];
    keys = new Object[cap];
    shift = 64 - Integer.numberOfTrailingZeros(cap);
    for (int j = 0; j < os.length; j++) {
      if (os[j] != 0) {
        insert(os[j], ok[j]);
      }
    }
  }

  /**
   * Removes a key.
   *
   * @param key the key
   * @return its index, or -1 if it was absent
   */
  public int remove(Object key) {
    int i = find(key);
    if (i < 0) {
      return -1;
    }
    int mask = slots.length - 1;
    long s = slots[i];
    // backward-shift deletion: pull later entries of the probe run into the hole when their home
    // does not lie cyclically between the hole and their slot
    int hole = i;
    int j = i;
    while (true) {
      j = (j + 1) & mask;
      long t = slots[j];
      if (t == 0) {
        break;
      }
      int home = home((int) (t >>> 32));
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        slots[hole] = t;
        keys[hole] = keys[j];
        hole = j;
      }
    }
    slots[hole] = 0;
    keys[hole] = null;
    size--;
    return (int) s - 1;
  }

  /**
   * The number of keys.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * One more than the largest index handed out so far (the length arrays indexed by it need).
   *
   * @return the bound
   */
  public int indexBound() {
    return next;
  }

  /**
   * Calls the action with every key and its index, in no particular order.
   *
   * @param action the action
   */
  public void forEach(ObjIntConsumer<Object> action) {
    for (int j = 0; j < slots.length; j++) {
      if (slots[j] != 0) {
        action.accept(keys[j], (int) slots[j] - 1);
      }
    }
  }
}
