package org.alumnisdk.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.spi.ActivityLog;
import org.alumnisdk.core.spi.CodePointOrder;

/**
 * The engagement log in {@code alumni_activity}: primary key {@code (tenant, id)} makes appends
 * idempotent across instances; {@code at_s}/{@code at_n} keep the instant to the nanosecond. An
 * erasure keeps only the erased activity ids (in {@code alumni_activity_erased}, no personal
 * data), so that appending the same id again is still ignored.
 */
public final class ActivityTable implements ActivityLog {
  private static final Comparator<Activity> ORDER = Comparator.comparing(Activity::at)
      .thenComparing(a -> a.id().value(), CodePointOrder.STRINGS);

  private final Sql sql;

  /**
   * Creates the log.
   *
   * @param sql the runner
   */
  public ActivityTable(Sql sql) {
    this.sql = sql;
  }

  @Override
  public boolean append(Activity activity) {
    Checks.notNull(activity, "activity");
    String doc = DocumentCodec.write(activity, AggregateTable.FORMAT);
    try {
      return sql.tx("ActivityLog.append", c -> {
        // an erased activity's id stays seen, so a replay cannot bring it back
        try (PreparedStatement seen = sql.prepare(c, "SELECT 1 FROM alumni_activity_erased WHERE tenant = ? AND id = ?")) {
          seen.setString(1, activity.tenant().value());
          seen.setString(2, activity.id().value());
          try (ResultSet rs = seen.executeQuery()) {
            if (rs.next()) {
              return false;
            }
          }
        }
        try (PreparedStatement ps = sql.prepare(c, "INSERT INTO alumni_activity"
            + " (tenant, id, alumnus_id, at_s, at_n, format, doc) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, activity.tenant().value());
          ps.setString(2, activity.id().value());
          ps.setString(3, activity.alumnus().value());
          ps.setLong(4, activity.at().getEpochSecond());
          ps.setInt(5, activity.at().getNano());
          ps.setInt(6, AggregateTable.FORMAT);
          ps.setString(7, doc);
          return ps.executeUpdate() == 1;
        }
      });
    } catch (Sql.UniqueViolation seen) {
      return false;
    }
  }

  @Override
  public List<Activity> findByAlumnus(TenantId tenant, AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    return query("ActivityLog.findByAlumnus", tenant, "alumnus_id = ?", List.of(alumnus.value()), a -> true);
  }

  @Override
  public List<Activity> findBetween(TenantId tenant, Instant from, Instant to) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", "must not precede from");
    }
    return query("ActivityLog.findBetween", tenant, "at_s >= ? AND at_s <= ?",
        List.of(from.getEpochSecond(), to.getEpochSecond()),
        a -> !a.at().isBefore(from) && a.at().isBefore(to));
  }

  private List<Activity> query(String op, TenantId tenant, String where, List<?> params,
      java.util.function.Predicate<Activity> exact) {
    Checks.notNull(tenant, "tenant");
    List<Activity> out = new ArrayList<>();
    sql.tx(op, c -> {
      try (PreparedStatement ps = sql.prepare(c, "SELECT doc FROM alumni_activity WHERE tenant = ? AND (" + where + ")")) {
        ps.setString(1, tenant.value());
        for (int k = 0; k < params.size(); k++) {
          ps.setObject(k + 2, params.get(k));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Activity a = decode(op, tenant, rs.getString(1));
            if (exact.test(a)) {
              out.add(a);
            }
          }
        }
      }
      return null;
    });
    out.sort(ORDER);
    return List.copyOf(out);
  }

  @Override
  public void forEach(TenantId tenant, Consumer<Activity> consumer) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(consumer, "consumer");
    String op = "ActivityLog.forEach";
    sql.tx(op, c -> {
      try (PreparedStatement ps = sql.prepare(c, "SELECT doc FROM alumni_activity WHERE tenant = ?")) {
        ps.setFetchSize(1_000); // streams on PostgreSQL inside a transaction
        ps.setString(1, tenant.value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            consumer.accept(decode(op, tenant, rs.getString(1)));
          }
        }
      }
      return null;
    });
  }

  @Override
  public int deleteByAlumnus(TenantId tenant, AlumnusId alumnus) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(alumnus, "alumnus");
    return sql.tx("ActivityLog.deleteByAlumnus", c -> {
      try (PreparedStatement keep = sql.prepare(c, "INSERT INTO alumni_activity_erased (tenant, id)"
          + " SELECT tenant, id FROM alumni_activity WHERE tenant = ? AND alumnus_id = ?")) {
        keep.setString(1, tenant.value());
        keep.setString(2, alumnus.value());
        keep.executeUpdate();
      }
      try (PreparedStatement ps = sql.prepare(c, "DELETE FROM alumni_activity WHERE tenant = ? AND alumnus_id = ?")) {
        ps.setString(1, tenant.value());
        ps.setString(2, alumnus.value());
        return ps.executeUpdate();
      }
    });
  }

  private static Activity decode(String op, TenantId tenant, String doc) {
    Activity a;
    try {
      a = DocumentCodec.read(doc, Activity.class, AggregateTable.FORMAT);
    } catch (RuntimeException e) {
      throw AggregateTable.corrupt(op, e);
    }
    if (!a.tenant().equals(tenant)) {
      throw new org.alumnisdk.jdbc.JdbcStoreException(op, org.alumnisdk.jdbc.JdbcStoreException.Code.CORRUPT_DOCUMENT,
          null, 0, "an activity document disagrees with its row's tenant");
    }
    return a;
  }

  @Override
  public String toString() {
    return "JdbcActivityLog[alumni_activity]";
  }
}
