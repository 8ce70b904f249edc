package org.alumnisdk.metrics.kpi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * A KPI value with its definition.
 *
 * @param name the KPI name, e.g. {@code pct-engaged.any}
 * @param kind ratio, growth, count or amount
 * @param value the figure (a fraction for ratios, not a percentage)
 * @param numerator the numerator (ratio, growth, count) or 0 (amount)
 * @param denominator the denominator (ratio, growth) or 0 (count, amount)
 * @param flags warnings
 * @param definition formula, window, numerator, denominator, exclusions and notes
 * @since 0.1.0
 */
public record Kpi(
    String name, KpiKind kind, double value, long numerator, long denominator, Set<KpiFlag> flags,
    KpiDefinition definition) {
  /**
   * Validates the KPI; a ratio must satisfy the cohort rule {@code 0 <= numerator <= denominator}.
   *
   * @param name the KPI name, e.g. {@code pct-engaged.any}
   * @param kind ratio, growth, count or amount
   * @param value the figure (a fraction for ratios, not a percentage)
   * @param numerator the numerator (ratio, growth, count) or 0 (amount)
   * @param denominator the denominator (ratio, growth) or 0 (count, amount)
   * @param flags warnings
   * @param definition formula, window, numerator, denominator, exclusions and notes
   * @throws InvalidValueException if a field is missing, the value is not finite, or a ratio
   *     breaks the cohort rule
   */
  public Kpi {
    name = Checks.notBlank(name, "kpi.name");
    Checks.notNull(kind, "kpi.kind");
    Checks.notNull(definition, "kpi.definition");
    flags = flags == null || flags.isEmpty()
        ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    if (!Double.isFinite(value)) {
      throw new InvalidValueException("kpi.value[" + name + "]", "must be finite");
    }
    if (kind == KpiKind.RATIO && (numerator < 0 || numerator > denominator)) {
      throw new InvalidValueException("kpi.numerator[" + name + "]",
          "cohort rule broken: numerator " + numerator + " outside 0.." + denominator);
    }
  }

  /**
   * A ratio {@code numerator / denominator} (0 and flagged when the denominator is 0).
   *
   * @param name the name
   * @param numerator the numerator, a subset of the denominator
   * @param denominator the denominator
   * @param definition the definition
   * @param extra extra flags
   * @return the KPI
   */
  public static Kpi ratio(String name, long numerator, long denominator, KpiDefinition definition, KpiFlag... extra) {
    EnumSet<KpiFlag> f = EnumSet.noneOf(KpiFlag.class);
    Collections.addAll(f, extra);
    if (denominator == 0) {
      f.add(KpiFlag.EMPTY_DENOMINATOR);
    }
    double v = denominator == 0 ? 0.0 : (double) numerator / denominator;
    return new Kpi(name, KpiKind.RATIO, v, numerator, denominator, f, definition);
  }

  /**
   * A growth figure {@code change / base}.
   *
   * @param name the name
   * @param change the signed change
   * @param base the base
   * @param definition the definition
   * @return the KPI
   */
  public static Kpi growth(String name, long change, long base, KpiDefinition definition) {
    Set<KpiFlag> f = base == 0 ? EnumSet.of(KpiFlag.EMPTY_DENOMINATOR) : Set.of();
    return new Kpi(name, KpiKind.GROWTH, base == 0 ? 0.0 : (double) change / base, change, base, f, definition);
  }

  /**
   * A count.
   *
   * @param name the name
   * @param count the count
   * @param definition the definition
   * @return the KPI
   */
  public static Kpi count(String name, long count, KpiDefinition definition) {
    return new Kpi(name, KpiKind.COUNT, count, count, 0, Set.of(), definition);
  }

  /**
   * A money amount.
   *
   * @param name the name
   * @param amount the amount
   * @param definition the definition
   * @return the KPI
   */
  public static Kpi amount(String name, double amount, KpiDefinition definition) {
    return new Kpi(name, KpiKind.AMOUNT, amount, 0, 0, Set.of(), definition);
  }

  /**
   * The value as a percentage for ratios and growth, else the value.
   *
   * @return the percentage
   */
  public double percent() {
    return kind == KpiKind.RATIO || kind == KpiKind.GROWTH ? value * 100.0 : value;
  }

  /**
   * A one-line summary such as {@code pct-engaged.any = 42.0% (42/100) FY2026}.
   *
   * @return the summary
   */
  public String summary() {
    String fig = switch (kind) {
      case RATIO, GROWTH -> String.format(java.util.Locale.ROOT, "%.1f%% (%d/%d)", percent(), numerator, denominator);
      case COUNT -> Long.toString(numerator);
      case AMOUNT -> String.format(java.util.Locale.ROOT, "%.0f", value);
    };
    return name + " = " + fig + " " + definition.window().label() + (flags.isEmpty() ? "" : " " + flags);
  }
}
