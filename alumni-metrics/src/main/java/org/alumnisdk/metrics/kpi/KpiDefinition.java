package org.alumnisdk.metrics.kpi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alumnisdk.core.Checks;

/**
 * How a KPI was computed, so a report can be audited.
 *
 * @param formula the formula in words and symbols
 * @param window the reporting window
 * @param numerator what the numerator counts
 * @param denominator what the denominator counts
 * @param excluded people or records left out, by reason (insertion order kept)
 * @param notes assumptions and parameters (look-back, fee rate, ...)
 * @since 0.1.0
 */
public record KpiDefinition(
    String formula, Window window, String numerator, String denominator,
    Map<String, Long> excluded, List<String> notes) {
  /**
   * Validates and copies.
   *
   * @param formula the formula in words and symbols
   * @param window the reporting window
   * @param numerator what the numerator counts
   * @param denominator what the denominator counts
   * @param excluded people or records left out, by reason (insertion order kept)
   * @param notes assumptions and parameters (look-back, fee rate, ...)
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public KpiDefinition {
    formula = Checks.notBlank(formula, "formula");
    Checks.notNull(window, "window");
    numerator = Checks.notNull(numerator, "numerator");
    denominator = Checks.notNull(denominator, "denominator");
    excluded = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(excluded, "excluded")));
    notes = Checks.copyOf(notes, "notes");
  }
}
