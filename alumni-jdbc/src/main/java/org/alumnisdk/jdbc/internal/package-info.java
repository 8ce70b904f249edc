/**
 * Implementation of the JDBC adapter: the document codec, the transaction runner and the tables.
 * Not exported; may change in any release.
 */
@NullMarked
package org.alumnisdk.jdbc.internal;

import org.jspecify.annotations.NullMarked;
