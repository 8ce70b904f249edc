package org.alumnisdk.jdbc;

import javax.sql.DataSource;

/** Every contract on a real PostgreSQL (embedded, started by the test), migrated with Flyway. */
class PostgresContractsTest extends JdbcContracts {
  private static final DataSource DB = Databases.pool(Databases.newPostgresDatabase(false), 8);

  @Override
  DataSource dataSource() {
    return DB;
  }
}
