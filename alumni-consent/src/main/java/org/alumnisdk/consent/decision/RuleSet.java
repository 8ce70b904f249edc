package org.alumnisdk.consent.decision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.alumnisdk.core.Checks;

/**
 * A versioned set of rules: its version (e.g. {@code APPI@2022-04-01}), the date it takes effect,
 * the configurable values that come from sources not checked against the statute (the
 * equivalent-country list, marked [M] in the legal reference) and the policies applied.
 *
 * @param version the version, used in every article citation
 * @param effectiveFrom the first day (in {@code zone}) the rules apply
 * @param zone the zone used to turn instants into dates (Japan)
 * @param homeCountry the operator's country, ISO alpha-2
 * @param equivalentCountries countries the PPC recognises as having equivalent protection (Art. 28(1))
 * @param policies the statutory policies, in evaluation order
 * @param houseRules additional, stricter rules of the operator; they never widen what the statutory
 *     policies cover, so a request no statutory policy covers stays denied
 * @since 0.1.0
 */
public record RuleSet(
    String version,
    LocalDate effectiveFrom,
    ZoneId zone,
    String homeCountry,
    Set<String> equivalentCountries,
    List<DecisionPolicy> policies,
    List<DecisionPolicy> houseRules) {

  /** The version of the rules in force since 1 April 2022. */
  public static final String APPI_2022 = "APPI@2022-04-01";

  /**
   * Default equivalent countries: EU and EEA member states and the United Kingdom [M: from general
   * knowledge of the PPC Rules, configurable].
   */
  public static final Set<String> DEFAULT_EQUIVALENT_COUNTRIES = Set.of(
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
      "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "GB");

  /**

   * Validates and copies.

   *

   * @param version the version, used in every article citation

   * @param effectiveFrom the first day (in {@code zone}) the rules apply

   * @param zone the zone used to turn instants into dates (Japan)

   * @param homeCountry the operator's country, ISO alpha-2

   * @param equivalentCountries countries the PPC recognises as having equivalent protection (Art. 28(1))

   * @param policies the statutory policies, in evaluation order

   * @param houseRules additional, stricter rules of the operator; they never widen what the statutory policies cover, so a request no statutory policy covers stays denied

   * @throws org.alumnisdk.core.InvalidValueException naming the field if a part is missing

   */
  public RuleSet {
    version = Checks.notBlank(version, "ruleSet.version");
    Checks.notNull(effectiveFrom, "ruleSet.effectiveFrom");
    Checks.notNull(zone, "ruleSet.zone");
    homeCountry = Checks.notBlank(homeCountry, "ruleSet.homeCountry").toUpperCase(Locale.ROOT);
    Set<String> eq = new TreeSet<>();
    for (String c : Checks.notNull(equivalentCountries, "ruleSet.equivalentCountries")) {
      eq.add(Checks.notBlank(c, "ruleSet.equivalentCountries").toUpperCase(Locale.ROOT));
    }
    equivalentCountries = Set.copyOf(eq);
    policies = Checks.copyOf(policies, "ruleSet.policies");
    houseRules = Checks.copyOf(houseRules, "ruleSet.houseRules");
  }

  /**
   * Returns the rules in force since 1 April 2022 (Act No. 57 of 2003 as amended by Acts No. 44 of
   * 2020 and No. 37 of 2021). The amendment of 2026 (Act No. 56 of 2026) is not in force and not
   * included.
   *
   * @return the rule set
   */
  public static RuleSet appi2022() {
    return new RuleSet(APPI_2022, LocalDate.of(2022, 4, 1), ZoneId.of("Asia/Tokyo"), "JP",
        DEFAULT_EQUIVALENT_COUNTRIES, DecisionPolicy.appi2022(), List.of());
  }

  /**
   * Cites an article under this rule set's version.
   *
   * @param article e.g. {@code Art.27(1)}
   * @return the reference
   */
  public ArticleRef cite(String article) {
    return new ArticleRef(version, article);
  }

  /**
   * Says whether a country is on the equivalent-country list.
   *
   * @param country ISO alpha-2 code
   * @return true if listed
   */
  public boolean isEquivalent(String country) {
    return equivalentCountries.contains(country.toUpperCase(Locale.ROOT));
  }

  /**
   * Returns a copy with another equivalent-country list.
   *
   * @param countries the countries
   * @return the new rule set
   */
  public RuleSet withEquivalentCountries(Set<String> countries) {
    return new RuleSet(version, effectiveFrom, zone, homeCountry, countries, policies, houseRules);
  }

  /**
   * Returns a copy with one more house rule (a tenant's stricter rule, say). A house rule can only
   * make decisions stricter: its satisfied results add reasons, its unsatisfied results raise the
   * verdict, and it never makes a request covered that the statutory policies do not cover.
   *
   * @param policy the house rule
   * @return the new rule set
   */
  public RuleSet withAdditionalPolicy(DecisionPolicy policy) {
    List<DecisionPolicy> more = new ArrayList<>(houseRules);
    more.add(Checks.notNull(policy, "policy"));
    return new RuleSet(version, effectiveFrom, zone, homeCountry, equivalentCountries, policies, more);
  }

  @Override
  public String toString() {
    return "RuleSet[" + version + ", from " + effectiveFrom + ", policies=" + policies.size() + ", houseRules=" + houseRules.size() + "]";
  }
}
