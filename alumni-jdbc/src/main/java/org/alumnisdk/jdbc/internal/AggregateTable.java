package org.alumnisdk.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.VersionedRepository;
import org.alumnisdk.jdbc.JdbcStoreException;
import org.jspecify.annotations.Nullable;

/**
 * One aggregate kind in one table: {@code (tenant, id)} is the primary key, {@code id_key} (the
 * id's UTF-8 bytes) orders it in code-point order, {@code version} is the optimistic version,
 * {@code doc} the JSON document with its {@code format}; query fields are further columns, and
 * multi-valued query fields a child table written in the same transaction.
 *
 * @param <I> the id type
 * @param <T> the aggregate
 */
public class AggregateTable<I extends Comparable<? super I>, T extends Record & Aggregate<I, T>>
    implements VersionedRepository<I, T> {
  /** The document format this release writes and reads. */
  public static final int FORMAT = 1;

  /**
   * A query column.
   *
   * @param <T> the aggregate
   * @param name the column name
   * @param sqlType the {@link Types} code, for nulls
   * @param value the column value of an aggregate (String, Long, Integer or null)
   */
  public record Column<T>(String name, int sqlType, Function<T, @Nullable Object> value) {
    /**
     * A text column.
     *
     * @param <T> the aggregate
     * @param name the name
     * @param value the value
     * @return the column
     */
    public static <T> Column<T> text(String name, Function<T, @Nullable Object> value) {
      return new Column<>(name, Types.VARCHAR, value);
    }

    /**
     * A number column.
     *
     * @param <T> the aggregate
     * @param name the name
     * @param value the value
     * @return the column
     */
    public static <T> Column<T> number(String name, Function<T, @Nullable Object> value) {
      return new Column<>(name, Types.BIGINT, value);
    }
  }

  /**
   * A child table holding one multi-valued query field.
   *
   * @param <T> the aggregate
   * @param table the table, keyed by {@code (tenant, owner_id, item)}
   * @param values the values of an aggregate
   */
  public record Child<T>(String table, Function<T, Collection<String>> values) {}

  private final Sql sql;
  private final String kind;
  private final String table;
  private final Class<T> type;
  private final Function<I, String> idText;
  private final List<Column<T>> columns;
  private final @Nullable Child<T> child;
  private final @Nullable String uniqueField;

  /**
   * Creates the table mapping.
   *
   * @param sql the runner
   * @param kind the aggregate kind, for errors
   * @param table the table
   * @param type the record type
   * @param idText the id's text
   * @param columns the query columns
   * @param child a child table, or null
   * @param uniqueField the field name of a unique query column (for errors), or null
   */
  public AggregateTable(Sql sql, String kind, String table, Class<T> type, Function<I, String> idText,
      List<Column<T>> columns, @Nullable Child<T> child, @Nullable String uniqueField) {
    this.sql = sql;
    this.kind = kind;
    this.table = table;
    this.type = type;
    this.idText = idText;
    this.columns = List.copyOf(columns);
    this.child = child;
    this.uniqueField = uniqueField;
  }

  /**
   * The runner.
   *
   * @return the runner
   */
  protected final Sql sql() {
    return sql;
  }

  /**
   * The table name.
   *
   * @return the table
   */
  protected final String table() {
    return table;
  }

  /**
   * The aggregate kind, as operations name it.
   *
   * @return the kind
   */
  protected final String kind() {
    return kind;
  }

  @Override
  public Optional<T> findById(TenantId tenant, I id) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(id, "id");
    List<T> found = select(kind + ".findById", tenant, "id = ?", List.of(idText.apply(id)), t -> true);
    return found.stream().findFirst();
  }

  @Override
  public Page<T> findAll(TenantId tenant, PageRequest page) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(page, "page");
    String op = kind + ".findAll";
    return sql.tx(op, c -> {
      List<T> items = new ArrayList<>();
      try (PreparedStatement ps = sql.prepare(c, "SELECT version, doc FROM " + table
          + " WHERE tenant = ? ORDER BY id_key LIMIT ? OFFSET ?")) {
        ps.setString(1, tenant.value());
        ps.setInt(2, page.size());
        ps.setLong(3, (long) page.page() * page.size());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            items.add(decode(op, tenant, rs.getLong(1), rs.getString(2)));
          }
        }
      }
      return new Page<>(items, page, count(c, tenant));
    });
  }

  /**
   * A tenant's aggregates whose columns match a condition, filtered exactly in Java, in id order.
   *
   * @param operation the operation
   * @param tenant the tenant
   * @param where the SQL condition on columns (ANDed with the tenant)
   * @param params its parameters
   * @param exact the exact predicate (the condition may only narrow the candidates)
   * @return the aggregates
   */
  protected final List<T> select(String operation, TenantId tenant, String where, List<?> params,
      Predicate<? super T> exact) {
    Checks.notNull(tenant, "tenant");
    return sql.tx(operation, c -> {
      List<T> out = new ArrayList<>();
      try (PreparedStatement ps = sql.prepare(c, "SELECT version, doc FROM " + table
          + " WHERE tenant = ? AND (" + where + ") ORDER BY id_key")) {
        ps.setString(1, tenant.value());
        for (int k = 0; k < params.size(); k++) {
          ps.setObject(k + 2, params.get(k));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            T t = decode(operation, tenant, rs.getLong(1), rs.getString(2));
            if (exact.test(t)) {
              out.add(t);
            }
          }
        }
      }
      return List.copyOf(out);
    });
  }

  /**
   * The condition selecting aggregates whose child table holds a value.
   *
   * @return the SQL condition with one parameter, the tenant and value following
   */
  protected final String childCondition() {
    if (child == null) {
      throw new IllegalStateException(kind + " has no child table");
    }
    return "id IN (SELECT owner_id FROM " + child.table() + " WHERE tenant = ? AND item = ?)";
  }

  @Override
  public T save(T aggregate) {
    Checks.notNull(aggregate, kind);
    String op = kind + ".save";
    long expected = aggregate.version();
    T saved = aggregate.withVersion(expected + 1);
    String id = idText.apply(aggregate.id());
    String doc = DocumentCodec.write(saved, FORMAT);
    try {
      boolean done = sql.tx(op, c -> {
        if (expected == 0) {
          insert(c, saved, id, doc);
        } else if (!update(c, saved, id, doc, expected)) {
          return false;
        }
        writeChild(c, saved, id);
        return true;
      });
      if (!done) {
        throw new ConcurrentUpdateException(kind + " " + id, expected, storedVersion(op, aggregate.tenant(), id));
      }
      return saved;
    } catch (Sql.UniqueViolation duplicate) {
      long stored = storedVersion(op, aggregate.tenant(), id);
      if (expected == 0 && stored > 0) {
        throw new ConcurrentUpdateException(kind + " " + id, 0, stored);
      }
      if (expected == 0) {
        throw new ConcurrentUpdateException(kind + " with this " + uniqueField, 0, 1);
      }
      throw new InvalidValueException(uniqueField == null ? "id" : uniqueField,
          "already used by another " + kind + " of this tenant");
    }
  }

  /** A stale version inside a batch, thrown to roll the batch back. */
  private static final class Stale extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String id;
    final long expected;

    Stale(String id, long expected) {
      super(null, null, false, false);
      this.id = id;
      this.expected = expected;
    }
  }

  /**
   * Saves aggregates of one tenant in one transaction: all are stored or none is.
   *
   * @param aggregates the aggregates
   * @return the stored aggregates with their new versions, in order
   * @throws ConcurrentUpdateException if any version is stale or any id or unique key is taken
   */
  public List<T> saveAll(List<T> aggregates) {
    List<T> batch = Checks.copyOf(aggregates, kind + "s");
    if (batch.isEmpty()) {
      return List.of();
    }
    TenantId tenant = batch.get(0).tenant();
    List<T> saved = new ArrayList<>(batch.size());
    List<String> ids = new ArrayList<>(batch.size());
    List<String> docs = new ArrayList<>(batch.size());
    for (T a : batch) {
      Checks.sameTenant(tenant, a.tenant(), kind + "s.tenant");
      T next = a.withVersion(a.version() + 1);
      saved.add(next);
      ids.add(idText.apply(a.id()));
      docs.add(DocumentCodec.write(next, FORMAT));
    }
    String op = kind + ".saveAll";
    try {
      sql.tx(op, c -> {
        try (PreparedStatement ins = sql.prepare(c, insertSql()); PreparedStatement upd = sql.prepare(c, updateSql())) {
          List<Integer> updated = new ArrayList<>();
          for (int k = 0; k < saved.size(); k++) {
            T next = saved.get(k);
            if (next.version() == 1) {
              bindInsert(ins, next, ids.get(k), docs.get(k));
              ins.addBatch();
            } else {
              bindUpdate(upd, next, ids.get(k), docs.get(k), next.version() - 1);
              upd.addBatch();
              updated.add(k);
            }
          }
          ins.executeBatch();
          int[] counts = upd.executeBatch();
          for (int j = 0; j < counts.length; j++) {
            if (counts[j] == 0) {
              int k = updated.get(j);
              throw new Stale(ids.get(k), saved.get(k).version() - 1);
            }
          }
        }
        for (int k = 0; k < saved.size(); k++) {
          writeChild(c, saved.get(k), ids.get(k));
        }
        return null;
      });
      return List.copyOf(saved);
    } catch (Stale stale) {
      throw new ConcurrentUpdateException(kind + " " + stale.id, stale.expected, storedVersion(op, tenant, stale.id));
    } catch (Sql.UniqueViolation duplicate) {
      for (int k = 0; k < saved.size(); k++) {
        long stored = saved.get(k).version() == 1 ? storedVersion(op, tenant, ids.get(k)) : 0;
        if (stored > 0) {
          throw new ConcurrentUpdateException(kind + " " + ids.get(k), 0, stored);
        }
      }
      throw new ConcurrentUpdateException(kind + "s of one batch: a " + (uniqueField == null ? "key" : uniqueField)
          + " is already stored for another " + kind, 0, 1);
    }
  }

  private String insertSql() {
    StringBuilder names = new StringBuilder("tenant, id, id_key, version, format, doc");
    StringBuilder marks = new StringBuilder("?, ?, ?, ?, ?, ?");
    for (Column<T> col : columns) {
      names.append(", ").append(col.name());
      marks.append(", ?");
    }
    return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")";
  }

  private void bindInsert(PreparedStatement ps, T saved, String id, String doc) throws SQLException {
    ps.setString(1, saved.tenant().value());
    ps.setString(2, id);
    ps.setBytes(3, Sql.sortKey(id));
    ps.setLong(4, saved.version());
    ps.setInt(5, FORMAT);
    ps.setString(6, doc);
    bindColumns(ps, 7, saved);
  }

  private String updateSql() {
    StringBuilder set = new StringBuilder("version = ?, format = ?, doc = ?");
    for (Column<T> col : columns) {
      set.append(", ").append(col.name()).append(" = ?");
    }
    return "UPDATE " + table + " SET " + set + " WHERE tenant = ? AND id = ? AND version = ?";
  }

  private void bindUpdate(PreparedStatement ps, T saved, String id, String doc, long expected) throws SQLException {
    ps.setLong(1, saved.version());
    ps.setInt(2, FORMAT);
    ps.setString(3, doc);
    int next = bindColumns(ps, 4, saved);
    ps.setString(next, saved.tenant().value());
    ps.setString(next + 1, id);
    ps.setLong(next + 2, expected);
  }

  private void insert(Connection c, T saved, String id, String doc) throws SQLException {
    try (PreparedStatement ps = sql.prepare(c, insertSql())) {
      bindInsert(ps, saved, id, doc);
      ps.executeUpdate();
    }
  }

  private boolean update(Connection c, T saved, String id, String doc, long expected) throws SQLException {
    try (PreparedStatement ps = sql.prepare(c, updateSql())) {
      bindUpdate(ps, saved, id, doc, expected);
      return ps.executeUpdate() == 1;
    }
  }

  private int bindColumns(PreparedStatement ps, int from, T t) throws SQLException {
    int k = from;
    for (Column<T> col : columns) {
      Object v = col.value().apply(t);
      if (v == null) {
        ps.setNull(k++, col.sqlType());
      } else {
        ps.setObject(k++, v);
      }
    }
    return k;
  }

  private void writeChild(Connection c, T saved, String id) throws SQLException {
    if (child == null) {
      return;
    }
    deleteChild(c, saved.tenant(), id);
    try (PreparedStatement ps = sql.prepare(c, "INSERT INTO " + child.table() + " (tenant, owner_id, item) VALUES (?, ?, ?)")) {
      for (String v : new java.util.TreeSet<>(child.values().apply(saved))) {
        ps.setString(1, saved.tenant().value());
        ps.setString(2, id);
        ps.setString(3, v);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void deleteChild(Connection c, TenantId tenant, String id) throws SQLException {
    if (child == null) {
      return;
    }
    try (PreparedStatement ps = sql.prepare(c, "DELETE FROM " + child.table() + " WHERE tenant = ? AND owner_id = ?")) {
      ps.setString(1, tenant.value());
      ps.setString(2, id);
      ps.executeUpdate();
    }
  }

  private long storedVersion(String op, TenantId tenant, String id) {
    return sql.tx(op, c -> storedVersion(c, tenant, id));
  }

  private long storedVersion(Connection c, TenantId tenant, String id) throws SQLException {
    try (PreparedStatement ps = sql.prepare(c, "SELECT version FROM " + table + " WHERE tenant = ? AND id = ?")) {
      ps.setString(1, tenant.value());
      ps.setString(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  @Override
  public boolean delete(TenantId tenant, I id, long expectedVersion) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(id, "id");
    String text = idText.apply(id);
    long actual = sql.tx(kind + ".delete", c -> {
      try (PreparedStatement ps = sql.prepare(c, "DELETE FROM " + table + " WHERE tenant = ? AND id = ? AND version = ?")) {
        ps.setString(1, tenant.value());
        ps.setString(2, text);
        ps.setLong(3, expectedVersion);
        if (ps.executeUpdate() == 1) {
          deleteChild(c, tenant, text);
          return -1L;
        }
      }
      return storedVersion(c, tenant, text);
    });
    if (actual == -1L) {
      return true;
    }
    if (actual == 0) {
      return false;
    }
    throw new ConcurrentUpdateException(kind + " " + text, expectedVersion, actual);
  }

  @Override
  public long count(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    return sql.tx(kind + ".count", c -> count(c, tenant));
  }

  private long count(Connection c, TenantId tenant) throws SQLException {
    try (PreparedStatement ps = sql.prepare(c, "SELECT COUNT(*) FROM " + table + " WHERE tenant = ?")) {
      ps.setString(1, tenant.value());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Reads a stored document, checking its tenant and version against the row.
   *
   * @param operation the operation
   * @param tenant the row's tenant
   * @param version the row's version
   * @param doc the document
   * @return the aggregate
   * @throws JdbcStoreException with {@code CORRUPT_DOCUMENT} if it cannot be read back
   */
  protected final T decode(String operation, TenantId tenant, long version, String doc) {
    T t;
    try {
      t = DocumentCodec.read(doc, type, FORMAT);
    } catch (RuntimeException e) {
      throw corrupt(operation, e);
    }
    if (!t.tenant().equals(tenant) || t.version() != version) {
      throw new JdbcStoreException(operation, JdbcStoreException.Code.CORRUPT_DOCUMENT, null, 0,
          "a " + kind + " document disagrees with its row's tenant or version");
    }
    return t;
  }

  static JdbcStoreException corrupt(String operation, RuntimeException e) {
    String what = e instanceof InvalidValueException iv ? "the model refuses field " + iv.field()
        : e.getMessage() != null && e.getMessage().startsWith("stored") ? e.getMessage()
        : "the document cannot be read (" + e.getClass().getSimpleName() + ")";
    return new JdbcStoreException(operation, JdbcStoreException.Code.CORRUPT_DOCUMENT, null, 0, what);
  }

  @Override
  public String toString() {
    return "Jdbc" + kind + "Repository[" + table + "]";
  }
}
