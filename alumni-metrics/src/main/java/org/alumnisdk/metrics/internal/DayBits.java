package org.alumnisdk.metrics.internal;

/** Bit sets of active days (bit k = k days before a reference day), 6 words = 384 days. Not API. */
public final class DayBits {
  /** Words per alumnus. */
  public static final int WORDS = 6;

  private DayBits() {}

  /**
   * Counts set bits in {@code [from, to)}.
   *
   * @param bits the words (at least {@code ceil(to / 64)})
   * @param from inclusive start bit
   * @param to exclusive end bit
   * @return the count
   */
  public static int count(long[] bits, int from, int to) {
    return count(bits, 0, from, to);
  }

  /**
   * Counts set bits in {@code [from, to)} of the bit set stored at {@code offset} in a shared array.
   *
   * @param bits the shared words
   * @param offset the first word of this bit set
   * @param from inclusive start bit
   * @param to exclusive end bit
   * @return the count
   */
  public static int count(long[] bits, int offset, int from, int to) {
    int n = 0;
    int i = from;
    while (i < to) {
      int word = i >>> 6;
      int bit = i & 63;
      int span = Math.min(64 - bit, to - i);
      long mask = span == 64 ? -1L : ((1L << span) - 1) << bit;
      n += Long.bitCount(bits[offset + word] & mask);
      i += span;
    }
    return n;
  }
}
