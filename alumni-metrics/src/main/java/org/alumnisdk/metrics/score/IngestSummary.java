package org.alumnisdk.metrics.score;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.alumnisdk.core.Checks;

/**
 * How many activities the streaming scorer accepted or ignored, by outcome.
 *
 * @param counts activities per outcome (every outcome present, zero when none)
 * @since 0.1.0
 */
public record IngestSummary(Map<Acceptance, Long> counts) {
  /**
   * Copies the counts and fills missing outcomes with zero.
   *
   * @param counts activities per outcome (every outcome present, zero when none)
   * @throws org.alumnisdk.core.InvalidValueException if the map is null
   */
  public IngestSummary {
    Checks.notNull(counts, "counts");
    EnumMap<Acceptance, Long> copy = new EnumMap<>(Acceptance.class);
    for (Acceptance a : Acceptance.values()) {
      copy.put(a, counts.getOrDefault(a, 0L));
    }
    counts = Collections.unmodifiableMap(copy);
  }

  /**
   * The count for one outcome.
   *
   * @param outcome the outcome
   * @return the count
   */
  public long count(Acceptance outcome) {
    return counts.get(outcome);
  }

  /**
   * All activities seen.
   *
   * @return the total
   */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
