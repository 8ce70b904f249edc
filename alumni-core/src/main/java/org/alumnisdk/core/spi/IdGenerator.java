package org.alumnisdk.core.spi;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Port: makes new identifiers. Injected wherever the SDK creates aggregates, so tests, samples
 * and notebooks are deterministic.
 *
 * <p>Hosts must return a value never returned before within a tenant; implementations must be
 * thread-safe. Experimental SPI until 1.0.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface IdGenerator {
  /**
   * Returns a new identifier text.
   *
   * @return a non-blank identifier not returned before
   */
  String next();

  /**
   * A generator of {@code prefix-1}, {@code prefix-2}, ...; thread-safe.
   *
   * @param prefix the prefix
   * @return the generator
   */
  static IdGenerator sequential(String prefix) {
    AtomicLong counter = new AtomicLong();
    return () -> prefix + "-" + counter.incrementAndGet();
  }

  /**
   * A generator of version-4-shaped UUID texts from a seeded random stream; the same seed gives
   * the same sequence. Thread-safe.
   *
   * @param seed the seed
   * @return the generator
   */
  static IdGenerator seededUuids(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return () -> {
      long hi;
      long lo;
      synchronized (random) {
        hi = random.nextLong();
        lo = random.nextLong();
      }
      hi = (hi & 0xffffffffffff0fffL) | 0x0000000000004000L;
      lo = (lo & 0x3fffffffffffffffL) | 0x8000000000000000L;
      return new java.util.UUID(hi, lo).toString();
    };
  }
}
