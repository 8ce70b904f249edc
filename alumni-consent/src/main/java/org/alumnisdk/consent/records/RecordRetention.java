package org.alumnisdk.consent.records;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * Retention periods of statutory records by recording method. The numbers come from the PPC
 * Enforcement Rules (Arts. 14 and 18), not from the Act, so they are configuration: ship
 * {@link #appi2022()} as the default and override it when the Rules or counsel say otherwise.
 *
 * @param periods the period per method; every method must be present
 * @param ruleSet the rule-set label printed with each record, for example {@code APPI@2022-04-01}
 * @since 0.1.0
 */
public record RecordRetention(Map<RecordingMethod, Period> periods, String ruleSet) {
  /**
   * Validates the configuration and copies the map.
   *
   * @param periods the period per method; every method must be present
   * @param ruleSet the rule-set label printed with each record, for example {@code APPI@2022-04-01}
   * @throws InvalidValueException if a method is missing or a period is zero or negative
   */
  public RecordRetention {
    Checks.notNull(periods, "retention.periods");
    EnumMap<RecordingMethod, Period> copy = new EnumMap<>(RecordingMethod.class);
    for (RecordingMethod m : RecordingMethod.values()) {
      Period p = periods.get(m);
      if (p == null || p.isNegative() || p.isZero()) {
        throw new InvalidValueException("retention.periods." + m, "must be a positive period");
      }
      copy.put(m, p);
    }
    periods = Map.copyOf(copy);
    ruleSet = Checks.notBlank(ruleSet, "retention.ruleSet");
  }

  /**
   * The defaults for {@code APPI@2022-04-01}: 1 year for records kept in a contract with the
   * person, 3 years otherwise [M: Rules Arts. 14 and 18, to verify].
   *
   * @return the defaults
   */
  public static RecordRetention appi2022() {
    return new RecordRetention(
        Map.of(
            RecordingMethod.PER_EVENT, Period.ofYears(3),
            RecordingMethod.CONTINUOUS, Period.ofYears(3),
            RecordingMethod.CONTRACT_WITH_PERSON, Period.ofYears(1)),
        "APPI@2022-04-01");
  }

  /**
   * Until when a record must be kept: the period for its method, counted from when it was made
   * ({@link RecordingMethod#PER_EVENT}) or from the last provision or receipt it covers (other
   * methods), whichever is later. Periods are added in UTC.
   *
   * @param record the record
   * @return the first instant at which it may be deleted
   */
  public Instant retainUntil(StatutoryRecord record) {
    Checks.notNull(record, "record");
    Instant base =
        record.method() == RecordingMethod.PER_EVENT
            ? record.recordedAt()
            : max(record.recordedAt(), record.lastOccurredAt());
    return base.atOffset(ZoneOffset.UTC).plus(periods.get(record.method())).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
