package org.alumnisdk.consent.research;

import java.util.List;
import java.util.Map;
import org.alumnisdk.core.Checks;

/**
 * The result of an anonymised export: the dataset, or a refusal naming the quasi-identifier value
 * combinations shared by fewer than k people.
 *
 * @since 0.1.0
 */
public sealed interface AnonymisedExport permits AnonymisedExport.Exported, AnonymisedExport.Refused {

  /**
   * The dataset satisfied k-anonymity.
   *
   * @param columns the exported columns, quasi-identifiers first
   * @param rows the rows (no ids), in a content order that does not follow the input order
   * @param k the k applied
   * @param smallestClass the size of the smallest group of rows sharing their quasi-identifiers
   * @param publishedCategories the categories to publish before provision (Art. 43(3))
   * @param recipientStatement the statement to give the recipient (Arts. 43(4), 44)
   */
  record Exported(List<String> columns, List<List<String>> rows, int k, int smallestClass,
      List<String> publishedCategories, String recipientStatement) implements AnonymisedExport {
    /**
     * Copies.
     *
     * @param columns the exported columns, quasi-identifiers first
     * @param rows the rows (no ids), in a content order that does not follow the input order
     * @param k the k applied
     * @param smallestClass the size of the smallest group of rows sharing their quasi-identifiers
     * @param publishedCategories the categories to publish before provision (Art. 43(3))
     * @param recipientStatement the statement to give the recipient (Arts. 43(4), 44)
     */
    public Exported {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      publishedCategories = List.copyOf(publishedCategories);
      Checks.notBlank(recipientStatement, "recipientStatement");
    }

    @Override
    public String toString() {
      return "Exported[columns=" + columns + ", rows=" + rows.size() + ", k=" + k + ", smallestClass=" + smallestClass + "]";
    }
  }

  /**
   * The export was refused.
   *
   * @param k the k applied
   * @param violations each offending combination of (generalised) quasi-identifier values with the
   *     number of people sharing it
   */
  record Refused(int k, List<Violation> violations) implements AnonymisedExport {
    /**
     * Copies.
     *
     * @param k the k applied
     * @param violations each offending combination of (generalised) quasi-identifier values with the number of people sharing it
     */
    public Refused {
      violations = List.copyOf(violations);
    }
  }

  /**
   * A quasi-identifier combination shared by fewer than k people.
   *
   * @param values the values by column
   * @param count how many people share it
   */
  record Violation(Map<String, String> values, int count) {
    /**
     * Copies.
     *
     * @param values the values by column
     * @param count how many people share it
     */
    public Violation {
      values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
  }
}
