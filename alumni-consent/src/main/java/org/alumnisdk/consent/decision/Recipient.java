package org.alumnisdk.consent.decision;

import java.util.Locale;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * The recipient of a provision: an id, how it stands to the operator, and the country it is in
 * (possibly unknown, which fails closed).
 *
 * @param id the recipient's id (a company or system id, not a person's name)
 * @param relation how it stands to the operator
 * @param country the ISO 3166-1 alpha-2 country, or unknown
 * @since 0.1.0
 */
public record Recipient(String id, RecipientRelation relation, Fact<String> country) {
  /**
   * Validates the recipient.
   *
   * @param id the recipient's id (a company or system id, not a person's name)
   * @param relation how it stands to the operator
   * @param country the ISO 3166-1 alpha-2 country, or unknown
   * @throws InvalidValueException if a part is missing or the country is not a two-letter code
   */
  public Recipient {
    id = Checks.notBlank(id, "recipient.id");
    Checks.notNull(relation, "recipient.relation");
    Checks.notNull(country, "recipient.country");
    if (country instanceof Fact.Known<String> k) {
      String c = k.value().strip().toUpperCase(Locale.ROOT);
      if (!c.matches("[A-Z]{2}")) {
        throw new InvalidValueException("recipient.country", "must be an ISO 3166-1 alpha-2 code");
      }
      country = Fact.known(c);
    }
  }

  /**
   * Creates a recipient in a known country.
   *
   * @param id the id
   * @param relation the relation
   * @param country the country code
   * @return the recipient
   * @throws InvalidValueException if a part is invalid
   */
  public static Recipient of(String id, RecipientRelation relation, String country) {
    return new Recipient(id, relation, Fact.known(Checks.notNull(country, "recipient.country")));
  }

  /**
   * Creates a recipient whose country is unknown.
   *
   * @param id the id
   * @param relation the relation
   * @return the recipient
   * @throws InvalidValueException if a part is invalid
   */
  public static Recipient inUnknownCountry(String id, RecipientRelation relation) {
    return new Recipient(id, relation, Fact.unknown());
  }
}
