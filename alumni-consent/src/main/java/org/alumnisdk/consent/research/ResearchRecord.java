package org.alumnisdk.consent.research;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.Tenure;

/**
 * One person's row for research, before pseudonymisation or anonymisation: the id (removed on
 * export), quasi-identifiers and analytic attributes. Names and contact details are never part of
 * it, and attribute keys that name direct identifiers are rejected.
 *
 * @param tenant the tenant
 * @param id the alumnus id
 * @param quasi quasi-identifier values by column (birthYear, prefecture, department, departureYear…)
 * @param attributes analytic attributes by column
 * @since 0.1.0
 */
public record ResearchRecord(TenantId tenant, AlumnusId id, Map<String, String> quasi, Map<String, String> attributes) {

  /** Column names that hold direct identifiers or contact details and may never be exported. */
  public static final Set<String> DIRECT_IDENTIFIER_KEYS = Set.of("name", "email", "phone", "contact",
      "address", "externalid", "alumnusid", "id");

  /** The standard quasi-identifier columns. */
  public static final String BIRTH_YEAR = "birthYear";
  /** Prefecture of the last work location. */
  public static final String PREFECTURE = "prefecture";
  /** Department of the last tenure. */
  public static final String DEPARTMENT = "department";
  /** Year of the last working day. */
  public static final String DEPARTURE_YEAR = "departureYear";
  /** Job family of the last tenure. */
  public static final String JOB_FAMILY = "jobFamily";

  /**

   * Validates and copies.

   *

   * @param tenant the tenant

   * @param id the alumnus id

   * @param quasi quasi-identifier values by column (birthYear, prefecture, department, departureYear…)

   * @param attributes analytic attributes by column

   * @throws InvalidValueException naming the column if a key is a direct identifier or overlaps

   */
  public ResearchRecord {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(id, "id");
    quasi = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(quasi, "quasi")));
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(attributes, "attributes")));
    for (String k : quasi.keySet()) {
      check(k, "quasi");
      Checks.notNull(quasi.get(k), "quasi." + k);
    }
    for (String k : attributes.keySet()) {
      check(k, "attributes");
      Checks.notNull(attributes.get(k), "attributes." + k);
      if (quasi.containsKey(k)) {
        throw new InvalidValueException("attributes." + k, "is also a quasi-identifier column");
      }
    }
  }

  private static void check(String key, String where) {
    Checks.notBlank(key, where);
    String lower = key.toLowerCase(Locale.ROOT);
    for (String d : DIRECT_IDENTIFIER_KEYS) {
      if (lower.equals(d) || lower.startsWith(d + ".") || lower.endsWith("." + d)) {
        throw new InvalidValueException(where + "." + key, "direct identifiers and contact details are never exported");
      }
    }
  }

  /**
   * Builds a row from a profile: prefecture, department, job family and departure year from the
   * profile, birth year from the host (the core profile does not hold it).
   *
   * @param alumnus the profile
   * @param birthYear the birth year, if known
   * @param attributes analytic attributes
   * @return the row
   * @throws InvalidValueException if an attribute key is a direct identifier
   */
  public static ResearchRecord from(Alumnus alumnus, OptionalInt birthYear, Map<String, String> attributes) {
    Checks.notNull(alumnus, "alumnus");
    Tenure last = alumnus.lastTenure();
    Map<String, String> q = new LinkedHashMap<>();
    q.put(BIRTH_YEAR, birthYear.isPresent() ? Integer.toString(birthYear.getAsInt()) : "");
    q.put(PREFECTURE, last.workLocation().region());
    q.put(DEPARTMENT, last.department());
    q.put(JOB_FAMILY, last.jobFamily());
    q.put(DEPARTURE_YEAR, Integer.toString(alumnus.departure().lastWorkingDay().getYear()));
    return new ResearchRecord(alumnus.tenant(), alumnus.id(), q, attributes);
  }

  @Override
  public String toString() {
    return "ResearchRecord[" + tenant + ", quasi=" + quasi.keySet() + ", attributes=" + attributes.keySet() + "]";
  }
}
