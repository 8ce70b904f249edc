package org.alumnisdk.matching.internal;

import java.util.Arrays;

/** A binary min-heap of (double key, int value) pairs on primitive arrays; lazy deletion by callers. */
public final class DoubleIntHeap {
  private double[] keys;
  private int[] vals;
  private int size;

  /**
   * Creates a heap.
   *
   * @param capacity initial capacity
   */
  public DoubleIntHeap(int capacity) {
    keys = new double[Math.max(4, capacity)];
    vals = new int[keys.length];
  }

  /** Empties the heap. */
  public void clear() {
    size = 0;
  }

  /**
   * Whether the heap is empty.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Adds a pair.
   *
   * @param key the key
   * @param val the value
   */
  public void push(double key, int val) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      vals = Arrays.copyOf(vals, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (keys[p] <= key) {
        break;
      }
      keys[i] = keys[p];
      vals[i] = vals[p];
      i = p;
    }
    keys[i] = key;
    vals[i] = val;
  }

  /**
   * The smallest key.
   *
   * @return the key
   */
  public double peekKey() {
    return keys[0];
  }

  /**
   * Removes the smallest pair and returns its value.
   *
   * @return the value
   */
  public int pop() {
    int top = vals[0];
    size--;
    if (size > 0) {
      double key = keys[size];
      int val = vals[size];
      int i = 0;
      int half = size >>> 1;
      while (i < half) {
        int c = 2 * i + 1;
        int r = c + 1;
        if (r < size && keys[r] < keys[c]) {
          c = r;
        }
        if (key <= keys[c]) {
          break;
        }
        keys[i] = keys[c];
        vals[i] = vals[c];
        i = c;
      }
      keys[i] = key;
      vals[i] = val;
    }
    return top;
  }
}
