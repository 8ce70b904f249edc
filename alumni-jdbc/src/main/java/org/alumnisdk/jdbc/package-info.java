/**
 * The reference JDBC adapter: {@link org.alumnisdk.jdbc.JdbcStores} gives every storage port of
 * the core and consent modules over a host-supplied {@link javax.sql.DataSource}, and {@link
 * org.alumnisdk.jdbc.JdbcStoreException} names the operation of any database failure.
 */
@NullMarked
package org.alumnisdk.jdbc;

import org.jspecify.annotations.NullMarked;
