/**
 * Alumni SDK core: the domain model, its validation, the storage ports (SPI) with in-memory
 * implementations, and roster import. Exports every API and SPI package; {@code
 * org.alumnisdk.core.internal} is not exported and may change in any release.
 */
module org.alumnisdk.core {
  requires transitive jakarta.validation;
  requires static com.fasterxml.jackson.annotation;
  requires static transitive org.jspecify;

  exports org.alumnisdk.core;
  exports org.alumnisdk.core.activity;
  exports org.alumnisdk.core.alumnus;
  exports org.alumnisdk.core.content;
  exports org.alumnisdk.core.event;
  exports org.alumnisdk.core.group;
  exports org.alumnisdk.core.inmemory;
  exports org.alumnisdk.core.mentoring;
  exports org.alumnisdk.core.offboarding;
  exports org.alumnisdk.core.opening;
  exports org.alumnisdk.core.referral;
  exports org.alumnisdk.core.rehire;
  exports org.alumnisdk.core.roster;
  exports org.alumnisdk.core.spi;
  exports org.alumnisdk.core.text;
  exports org.alumnisdk.core.validation;
}
