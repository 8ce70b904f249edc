package org.alumnisdk.consent.research;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * How to anonymise: which columns are quasi-identifiers, the k of k-anonymity, optional
 * generalisations per column (birth year to a five-year band, say) and which attribute columns to
 * keep.
 *
 * @param quasiIdentifiers the quasi-identifier columns
 * @param k every combination of quasi-identifier values must be shared by at least k people
 * @param generalisations per column, a function applied to the value before the check
 * @param keptAttributes the attribute columns exported (others are dropped)
 * @since 0.1.0
 */
public record AnonymisationSpec(List<String> quasiIdentifiers, int k, Map<String, UnaryOperator<String>> generalisations,
    List<String> keptAttributes) {
  /**
   * Validates and copies.
   *
   * @param quasiIdentifiers the quasi-identifier columns
   * @param k every combination of quasi-identifier values must be shared by at least k people
   * @param generalisations per column, a function applied to the value before the check
   * @param keptAttributes the attribute columns exported (others are dropped)
   * @throws InvalidValueException if k is below 1 or a list is empty or repeats a column
   */
  public AnonymisationSpec {
    quasiIdentifiers = Checks.copyOf(quasiIdentifiers, "quasiIdentifiers");
    if (quasiIdentifiers.isEmpty()) {
      throw new InvalidValueException("quasiIdentifiers", "name at least one column");
    }
    if (quasiIdentifiers.stream().distinct().count() != quasiIdentifiers.size()) {
      throw new InvalidValueException("quasiIdentifiers", "repeats a column");
    }
    if (k < 1) {
      throw new InvalidValueException("k", "must be at least 1, was " + k);
    }
    generalisations = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(generalisations, "generalisations")));
    keptAttributes = Checks.copyOf(keptAttributes, "keptAttributes");
  }

  /**
   * Creates a spec without generalisations.
   *
   * @param k the k
   * @param quasiIdentifiers the quasi-identifier columns
   * @return the spec, keeping no attributes
   */
  public static AnonymisationSpec of(int k, String... quasiIdentifiers) {
    return new AnonymisationSpec(List.of(quasiIdentifiers), k, Map.of(), List.of());
  }

  /**
   * Returns a copy with a generalisation for one column.
   *
   * @param column the column
   * @param f the generalisation
   * @return the new spec
   */
  public AnonymisationSpec generalise(String column, UnaryOperator<String> f) {
    Map<String, UnaryOperator<String>> g = new LinkedHashMap<>(generalisations);
    g.put(Checks.notBlank(column, "column"), Checks.notNull(f, "generalisation"));
    return new AnonymisationSpec(quasiIdentifiers, k, g, keptAttributes);
  }

  /**
   * Returns a copy keeping these attribute columns.
   *
   * @param columns the columns
   * @return the new spec
   */
  public AnonymisationSpec keeping(String... columns) {
    return new AnonymisationSpec(quasiIdentifiers, k, generalisations, List.of(columns));
  }

  /**
   * A generalisation of years to bands of the given width ({@code 1987} with width 5 becomes
   * {@code 1985-1989}); blank stays blank.
   *
   * @param width the band width
   * @return the generalisation
   * @throws InvalidValueException if the width is below 1
   */
  public static UnaryOperator<String> yearBand(int width) {
    if (width < 1) {
      throw new InvalidValueException("width", "must be at least 1");
    }
    return v -> {
      if (v.isBlank()) {
        return v;
      }
      int y = Integer.parseInt(v.strip());
      int lo = Math.floorDiv(y, width) * width;
      return lo + "-" + (lo + width - 1);
    };
  }
}
