package org.alumnisdk.jdbc;

import javax.sql.DataSource;

/** Every contract on H2 2.x, migrated with Flyway. */
class H2ContractsTest extends JdbcContracts {
  private static final DataSource DB = Databases.h2();

  @Override
  DataSource dataSource() {
    return DB;
  }
}
