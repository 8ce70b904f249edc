package org.alumnisdk.consent.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * The rule sets known to an engine, chosen by the date of the processing: the one with the latest
 * effective date on or before that date applies.
 *
 * @param all the rule sets, kept sorted by effective date
 * @since 0.1.0
 */
public record RuleSets(List<RuleSet> all) {
  /**
   * Validates, sorts and copies.
   *
   * @param all the rule sets, kept sorted by effective date
   * @throws InvalidValueException if the list is empty or two sets share an effective date
   */
  public RuleSets {
    List<RuleSet> sorted = new ArrayList<>(Checks.notNull(all, "ruleSets"));
    if (sorted.isEmpty()) {
      throw new InvalidValueException("ruleSets", "must hold at least one rule set");
    }
    sorted.sort(Comparator.comparing(RuleSet::effectiveFrom));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
        throw new InvalidValueException("ruleSets[" + i + "]", "two rule sets take effect on the same day");
      }
    }
    all = List.copyOf(sorted);
  }

  /**
   * Returns the standard rule sets: only {@code APPI@2022-04-01}. The promulgated 2026 amendment is
   * not in force and is not shipped as such.
   *
   * @return the rule sets
   */
  public static RuleSets standard() {
    return new RuleSets(List.of(RuleSet.appi2022()));
  }

  /**
   * Creates a registry of the given rule sets.
   *
   * @param sets the rule sets
   * @return the registry
   * @throws InvalidValueException if empty or ambiguous
   */
  public static RuleSets of(RuleSet... sets) {
    return new RuleSets(List.of(sets));
  }

  /**
   * Returns the rule set in force at an instant.
   *
   * @param at the instant of the processing
   * @return the rule set, or empty if none had taken effect
   */
  public Optional<RuleSet> inForceAt(Instant at) {
    Checks.notNull(at, "at");
    RuleSet found = null;
    for (RuleSet rs : all) {
      if (!rs.effectiveFrom().isAfter(at.atZone(rs.zone()).toLocalDate())) {
        found = rs;
      }
    }
    return Optional.ofNullable(found);
  }
}
