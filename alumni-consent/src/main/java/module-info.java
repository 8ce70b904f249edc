/**
 * Alumni SDK consent: APPI purposes and notices, the hash-chained consent ledger, the composed
 * purpose gate, decisions citing articles, statutory records, rights requests, breaches and
 * visibility. Entry point: {@link org.alumnisdk.consent.Consent}.
 */
module org.alumnisdk.consent {
  requires transitive org.alumnisdk.core;
  requires static transitive org.jspecify;

  exports org.alumnisdk.consent;
  exports org.alumnisdk.consent.breach;
  exports org.alumnisdk.consent.decision;
  exports org.alumnisdk.consent.gate;
  exports org.alumnisdk.consent.ledger;
  exports org.alumnisdk.consent.notice;
  exports org.alumnisdk.consent.purpose;
  exports org.alumnisdk.consent.records;
  exports org.alumnisdk.consent.research;
  exports org.alumnisdk.consent.retention;
  exports org.alumnisdk.consent.rights;
  exports org.alumnisdk.consent.spi;
  exports org.alumnisdk.consent.visibility;
}
