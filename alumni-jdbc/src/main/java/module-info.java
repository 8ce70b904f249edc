/**
 * Alumni SDK JDBC: the reference adapter for every storage port of {@code org.alumnisdk.core}
 * and {@code org.alumnisdk.consent}, in plain JDBC over a host-supplied {@link
 * javax.sql.DataSource}. Entry point: {@link org.alumnisdk.jdbc.JdbcStores}. The schema ships as
 * Flyway-named migrations under {@code db/migration/alumni}; {@code org.alumnisdk.jdbc.internal}
 * is not exported.
 */
module org.alumnisdk.jdbc {
  requires transitive java.sql;
  requires transitive org.alumnisdk.core;
  requires transitive org.alumnisdk.consent;
  requires static transitive org.jspecify;

  exports org.alumnisdk.jdbc;
  // the migrations, so that Flyway on the module path finds classpath:db/migration/alumni
  opens db.migration.alumni;
}
