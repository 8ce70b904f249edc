package org.alumnisdk.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.consent.notice.NoticeShown;
import org.alumnisdk.consent.records.KeptRecord;
import org.alumnisdk.consent.rights.SubjectRequest;
import org.alumnisdk.consent.spi.ConsentLedgerStore;
import org.alumnisdk.consent.spi.LedgerRecord;
import org.alumnisdk.consent.spi.NoticeShownStore;
import org.alumnisdk.consent.spi.NoticeStore;
import org.alumnisdk.consent.spi.PurposeStore;
import org.alumnisdk.consent.spi.RightsStore;
import org.alumnisdk.consent.spi.StatutoryRecordStore;
import org.alumnisdk.consent.spi.StoredPurpose;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.CodePointOrder;
import org.alumnisdk.jdbc.JdbcStoreException;

/** The JDBC stores of the consent module (see V2__consent.sql). */
public final class ConsentTables {
  private static final int FORMAT = AggregateTable.FORMAT;

  private ConsentTables() {}

  private static <R extends Record> R decode(String op, String doc, Class<R> type) {
    try {
      return DocumentCodec.read(doc, type, FORMAT);
    } catch (RuntimeException e) {
      throw AggregateTable.corrupt(op, e);
    }
  }

  private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
    for (int k = 0; k < params.size(); k++) {
      ps.setObject(k + 1, params.get(k));
    }
  }

  private static <R extends Record> List<R> docs(Sql sql, String op, String query, List<?> params, Class<R> type) {
    return sql.tx(op, c -> {
      List<R> out = new ArrayList<>();
      try (PreparedStatement ps = sql.prepare(c, query)) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(decode(op, rs.getString(1), type));
          }
        }
      }
      return List.copyOf(out);
    });
  }

  private static int execute(Sql sql, Connection c, String statement, List<?> params) throws SQLException {
    try (PreparedStatement ps = sql.prepare(c, statement)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  // ------------------------------------------------------------------ ledger

  /**
   * The consent hash chain in {@code alumni_consent_ledger}, keyed by {@code (tenant, position)}:
   * of two instances appending at one position the database lets exactly one win, and an append
   * is accepted only right after the stored last link, so the stored chain has no gaps.
   */
  public static final class Ledger implements ConsentLedgerStore {
    private final Sql sql;

    /**
     * Creates the store.
     *
     * @param sql the runner
     */
    public Ledger(Sql sql) {
      this.sql = sql;
    }

    @Override
    public void append(LedgerRecord record) {
      Checks.notNull(record, "record");
      String op = "ConsentLedger.append";
      try {
        long size = sql.tx(op, c -> {
          long current = size(c, record.tenant());
          if (current != record.position()) {
            return current;
          }
          execute(sql, c, "INSERT INTO alumni_consent_ledger (tenant, position, payload, previous_hash, hash)"
              + " VALUES (?, ?, ?, ?, ?)", List.of(record.tenant().value(), record.position(),
              record.payload(), record.previousHash(), record.hash()));
          return -1L;
        });
        if (size >= 0) {
          throw new ConcurrentUpdateException("consent ledger of " + record.tenant(), record.position(), size);
        }
      } catch (Sql.UniqueViolation lost) {
        throw new ConcurrentUpdateException("consent ledger of " + record.tenant(), record.position(),
            size(record.tenant()));
      }
    }

    private long size(Connection c, TenantId tenant) throws SQLException {
      try (PreparedStatement ps = sql.prepare(c, "SELECT MAX(position) FROM alumni_consent_ledger WHERE tenant = ?")) {
        ps.setString(1, tenant.value());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          long max = rs.getLong(1);
          return rs.wasNull() ? 0 : max + 1;
        }
      }
    }

    @Override
    public long size(TenantId tenant) {
      Checks.notNull(tenant, "tenant");
      return sql.tx("ConsentLedger.size", c -> size(c, tenant));
    }

    @Override
    public List<LedgerRecord> read(TenantId tenant, long fromPosition, int limit) {
      Checks.notNull(tenant, "tenant");
      Checks.notNegative(fromPosition, "fromPosition");
      Checks.notNegative(limit, "limit");
      if (limit == 0) {
        return List.of();
      }
      return sql.tx("ConsentLedger.read", c -> {
        List<LedgerRecord> out = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c, "SELECT position, payload, previous_hash, hash"
            + " FROM alumni_consent_ledger WHERE tenant = ? AND position >= ? ORDER BY position LIMIT ?")) {
          ps.setString(1, tenant.value());
          ps.setLong(2, fromPosition);
          ps.setInt(3, limit);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(LedgerRecord.of(tenant, rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(4)));
            }
          }
        }
        return List.copyOf(out);
      });
    }

    @Override
    public Set<TenantId> tenants() {
      return sql.tx("ConsentLedger.tenants", c -> {
        Set<TenantId> out = new LinkedHashSet<>();
        try (PreparedStatement ps = sql.prepare(c, "SELECT DISTINCT tenant FROM alumni_consent_ledger");
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(TenantId.of(rs.getString(1)));
          }
        }
        return Set.copyOf(out);
      });
    }

    @Override
    public String toString() {
      return "JdbcConsentLedgerStore[alumni_consent_ledger]";
    }
  }

  // ------------------------------------------------------------------ purposes

  /** The purpose catalogue in {@code alumni_consent_purpose}, compare-and-set on the revision. */
  public static final class Purposes implements PurposeStore {
    private final Sql sql;

    /**
     * Creates the store.
     *
     * @param sql the runner
     */
    public Purposes(Sql sql) {
      this.sql = sql;
    }

    @Override
    public Optional<StoredPurpose> find(TenantId tenant, PurposeId id) {
      Checks.notNull(tenant, "tenant");
      Checks.notNull(id, "id");
      return docs(sql, "PurposeStore.find", "SELECT doc FROM alumni_consent_purpose WHERE tenant = ? AND id = ?",
          List.of(tenant.value(), id.value()), StoredPurpose.class).stream().findFirst();
    }

    @Override
    public List<PurposeId> ids(TenantId tenant) {
      Checks.notNull(tenant, "tenant");
      return sql.tx("PurposeStore.ids", c -> {
        List<PurposeId> out = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c, "SELECT id FROM alumni_consent_purpose WHERE tenant = ? ORDER BY id_key")) {
          ps.setString(1, tenant.value());
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(PurposeId.of(rs.getString(1)));
            }
          }
        }
        return List.copyOf(out);
      });
    }

    @Override
    public void insert(StoredPurpose purpose) {
      Checks.notNull(purpose, "purpose");
      try {
        sql.tx("PurposeStore.insert", c -> execute(sql, c, "INSERT INTO alumni_consent_purpose"
            + " (tenant, id, id_key, revision, format, doc) VALUES (?, ?, ?, ?, ?, ?)",
            List.of(purpose.tenant().value(), purpose.id().value(), Sql.sortKey(purpose.id().value()),
                purpose.revision(), FORMAT, DocumentCodec.write(purpose, FORMAT))));
      } catch (Sql.UniqueViolation exists) {
        throw new ConcurrentUpdateException("purpose " + purpose.id(), 0,
            find(purpose.tenant(), purpose.id()).map(StoredPurpose::revision).orElse(0L));
      }
    }

    @Override
    public void update(StoredPurpose next) {
      Checks.notNull(next, "next");
      int n = sql.tx("PurposeStore.update", c -> execute(sql, c, "UPDATE alumni_consent_purpose"
          + " SET revision = ?, format = ?, doc = ? WHERE tenant = ? AND id = ? AND revision = ?",
          List.of(next.revision(), FORMAT, DocumentCodec.write(next, FORMAT), next.tenant().value(),
              next.id().value(), next.revision() - 1)));
      if (n != 1) {
        throw new ConcurrentUpdateException("purpose " + next.id(), next.revision() - 1,
            find(next.tenant(), next.id()).map(StoredPurpose::revision).orElse(0L));
      }
    }

    @Override
    public String toString() {
      return "JdbcPurposeStore[alumni_consent_purpose]";
    }
  }

  // ------------------------------------------------------------------ notices

  /** Published notices in {@code alumni_consent_notice}, immutable per (tenant, id, version, language). */
  public static final class Notices implements NoticeStore {
    private static final Comparator<Notice> ORDER =
        Comparator.comparingInt(Notice::version).thenComparing(Notice::language, CodePointOrder.STRINGS);
    private final Sql sql;

    /**
     * Creates the store.
     *
     * @param sql the runner
     */
    public Notices(Sql sql) {
      this.sql = sql;
    }

    @Override
    public void insert(Notice notice) {
      Checks.notNull(notice, "notice");
      try {
        sql.tx("NoticeStore.insert", c -> execute(sql, c, "INSERT INTO alumni_consent_notice"
            + " (tenant, id, version, language, format, doc) VALUES (?, ?, ?, ?, ?, ?)",
            List.of(notice.tenant().value(), notice.id().value(), notice.version(), notice.language(), FORMAT,
                DocumentCodec.write(notice, FORMAT))));
      } catch (Sql.UniqueViolation exists) {
        throw new ConcurrentUpdateException(
            "notice " + notice.id() + " v" + notice.version() + " (" + notice.language() + ")", 0, 1);
      }
    }

    @Override
    public Optional<Notice> find(TenantId tenant, NoticeId id, int version, String language) {
      Checks.notNull(tenant, "tenant");
      Checks.notNull(id, "id");
      Checks.notNull(language, "language");
      return docs(sql, "NoticeStore.find", "SELECT doc FROM alumni_consent_notice"
          + " WHERE tenant = ? AND id = ? AND version = ? AND language = ?",
          List.of(tenant.value(), id.value(), version, language), Notice.class).stream().findFirst();
    }

    @Override
    public List<Notice> versions(TenantId tenant, NoticeId id) {
      Checks.notNull(tenant, "tenant");
      Checks.notNull(id, "id");
      List<Notice> all = new ArrayList<>(docs(sql, "NoticeStore.versions",
          "SELECT doc FROM alumni_consent_notice WHERE tenant = ? AND id = ?",
          List.of(tenant.value(), id.value()), Notice.class));
      all.sort(ORDER);
      return List.copyOf(all);
    }

    @Override
    public String toString() {
      return "JdbcNoticeStore[alumni_consent_notice]";
    }
  }

  /** Notice-shown evidence in {@code alumni_consent_notice_shown}, append-only. */
  public static final class NoticesShown implements NoticeShownStore {
    private static final Comparator<NoticeShown> ORDER = Comparator.comparing(NoticeShown::shownAt)
        .thenComparing(s -> s.notice().value(), CodePointOrder.STRINGS)
        .thenComparingInt(NoticeShown::version);
    private final Sql sql;

    /**
     * Creates the store.
     *
     * @param sql the runner
     */
    public NoticesShown(Sql sql) {
      this.sql = sql;
    }

    @Override
    public void append(NoticeShown shown) {
      Checks.notNull(shown, "shown");
      sql.tx("NoticeShownStore.append", c -> execute(sql, c, "INSERT INTO alumni_consent_notice_shown"
          + " (tenant, alumnus_id, notice_id, version, shown_s, shown_n, format, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          List.of(shown.tenant().value(), shown.alumnus().value(), shown.notice().value(), shown.version(),
              shown.shownAt().getEpochSecond(), shown.shownAt().getNano(), FORMAT, DocumentCodec.write(shown, FORMAT))));
    }

    @Override
    public int highestVersionShown(TenantId tenant, AlumnusId alumnus, NoticeId notice, Instant at) {
      Checks.notNull(tenant, "tenant");
      Checks.notNull(alumnus, "alumnus");
      Checks.notNull(notice, "notice");
      Checks.notNull(at, "at");
      return sql.tx("NoticeShownStore.highestVersionShown", c -> {
        // the highest version among rows up to the second of 'at', exact to the nanosecond
        try (PreparedStatement ps = sql.prepare(c, "SELECT MAX(version) FROM alumni_consent_notice_shown"
            + " WHERE tenant = ? AND alumnus_id = ? AND notice_id = ?"
            + " AND (shown_s < ? OR (shown_s = ? AND shown_n <= ?))")) {
          bind(ps, List.of(tenant.value(), alumnus.value(), notice.value(), at.getEpochSecond(),
              at.getEpochSecond(), at.getNano()));
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
          }
        }
      });
    }

    @Override
    public List<NoticeShown> shownTo(TenantId tenant, AlumnusId alumnus) {
      Checks.notNull(tenant, "tenant");
      Checks.notNull(alumnus, "alumnus");
      List<NoticeShown> all = new ArrayList<>(docs(sql, "NoticeShownStore.shownTo",
          "SELECT doc FROM alumni_consent_notice_shown WHERE tenant = ? AND alumnus_id = ?",
          List.of(tenant.value(), alumnus.value()), NoticeShown.class));
      all.sort(ORDER);
      return List.copyOf(all);
    }

    @Override
    public String toString() {
      return "JdbcNoticeShownStore[alumni_consent_notice_shown]";
    }
  }

  // ------------------------------------------------------------------ rights

  /** Data-subject requests ({@code alumni_consent_request}) and stops ({@code alumni_consent_stop}). */
  public static final class Rights implements RightsStore {
    private final Sql sql;

    /**
     * Creates the store.
     *
     * @param sql the runner
     */
    public Rights(Sql sql) {
      this.sql = sql;
    }

    @Override
    public boolean insert(SubjectRequest request) {
      Checks.notNull(request, "request");
      try {
        sql.tx("RightsStore.insert", c -> execute(sql, c, "INSERT INTO alumni_consent_request"
            + " (tenant, id, id_key, format, doc) VALUES (?, ?, ?, ?, ?)",
            List.of(request.tenant().value(), request.id(), Sql.sortKey(request.id()), FORMAT,
                DocumentCodec.write(request, FORMAT))));
        return true;
      } catch (Sql.UniqueViolation exists) {
        return false;
      }
    }

    @Override
    public void update(SubjectRequest request) {
      Checks.notNull(request, "request");
      int n = sql.tx("RightsStore.update", c -> execute(sql, c, "UPDATE alumni_consent_request"
          + " SET format = ?, doc = ? WHERE tenant = ? AND id = ?",
          List.of(FORMAT, DocumentCodec.write(request, FORMAT), request.tenant().value(), request.id())));
      if (n != 1) {
        throw new InvalidValueException("requestId", "no request '" + request.id() + "' to update");
      }
    }

    @Override
    public Optional<SubjectRequest> find(TenantId tenant, String requestId) {
      Checks.notNull(tenant, "tenant");
      Checks.notBlank(requestId, "requestId");
      return docs(sql, "RightsStore.find", "SELECT doc FROM alumni_consent_request WHERE tenant = ? AND id = ?",
          List.of(tenant.value(), requestId), SubjectRequest.class).stream().findFirst();
    }

    @Override
    public List<SubjectRequest> all(TenantId tenant) {
      Checks.notNull(tenant, "tenant");
      return docs(sql, "RightsStore.all", "SELECT doc FROM alumni_consent_request WHERE tenant = ? ORDER BY id_key",
          List.of(tenant.value()), SubjectRequest.class);
    }

    private static String scope(String scope) {
      return scope == null ? "" : scope.strip();
    }

    @Override
    public void addStop(TenantId tenant, StopKind kind, AlumnusId alumnus, String scope, Instant since) {
      Checks.notNull(tenant, "tenant");
      Checks.notNull(kind, "kind");
      Checks.notNull(alumnus, "alumnus");
      Checks.notNull(since, "since");
      List<Object> key = List.of(tenant.value(), kind.name(), alumnus.value(), scope(scope));
      try {
        sql.tx("RightsStore.addStop", c -> execute(sql, c, "INSERT INTO alumni_consent_stop"
            + " (tenant, kind, alumnus_id, scope, since_s, since_n) VALUES (?, ?, ?, ?, ?, ?)",
            List.of(key.get(0), key.get(1), key.get(2), key.get(3), since.getEpochSecond(), since.getNano())));
      } catch (Sql.UniqueViolation exists) {
        // keep the earliest instant: one atomic conditional update, whatever other instances do
        long s = since.getEpochSecond();
        int n = since.getNano();
        sql.tx("RightsStore.addStop", c -> execute(sql, c, "UPDATE alumni_consent_stop SET since_s = ?, since_n = ?"
            + " WHERE tenant = ? AND kind = ? AND alumnus_id = ? AND scope = ?"
            + " AND (since_s > ? OR (since_s = ? AND since_n > ?))",
            List.of(s, n, key.get(0), key.get(1), key.get(2), key.get(3), s, s, n)));
      }
    }

    @Override
    public boolean stopped(TenantId tenant, StopKind kind, AlumnusId alumnus, String scope, Instant at) {
      Checks.notNull(tenant, "tenant");
      Checks.notNull(kind, "kind");
      Checks.notNull(alumnus, "alumnus");
      Checks.notNull(at, "at");
      return sql.tx("RightsStore.stopped", c -> {
        try (PreparedStatement ps = sql.prepare(c, "SELECT COUNT(*) FROM alumni_consent_stop"
            + " WHERE tenant = ? AND kind = ? AND alumnus_id = ? AND scope IN (?, '')"
            + " AND (since_s < ? OR (since_s = ? AND since_n <= ?))")) {
          bind(ps, List.of(tenant.value(), kind.name(), alumnus.value(), scope(scope), at.getEpochSecond(),
              at.getEpochSecond(), at.getNano()));
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
          }
        }
      });
    }

    @Override
    public String toString() {
      return "JdbcRightsStore[alumni_consent_request, alumni_consent_stop]";
    }
  }

  // ------------------------------------------------------------------ statutory records

  /**
   * Art. 29/30 records in {@code alumni_consent_record} with their retention date as a column;
   * {@code seq} keeps the order of first put.
   */
  public static final class Records implements StatutoryRecordStore {
    private final Sql sql;

    /**
     * Creates the store.
     *
     * @param sql the runner
     */
    public Records(Sql sql) {
      this.sql = sql;
    }

    @Override
    public void put(KeptRecord record) {
      Checks.notNull(record, "record");
      TenantId tenant = record.record().tenant();
      String id = record.record().recordId();
      String doc = DocumentCodec.write(record, FORMAT);
      List<Object> values = List.of(record.retainUntil().getEpochSecond(), record.retainUntil().getNano(), FORMAT, doc,
          tenant.value(), id);
      String replace = "UPDATE alumni_consent_record SET retain_until_s = ?, retain_until_n = ?, format = ?, doc = ?"
          + " WHERE tenant = ? AND id = ?";
      String insert = "INSERT INTO alumni_consent_record (retain_until_s, retain_until_n, format, doc, tenant, id)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
      try {
        sql.tx("StatutoryRecordStore.put", c -> execute(sql, c, replace, values) == 1 ? 1 : execute(sql, c, insert, values));
      } catch (Sql.UniqueViolation raced) {
        // another instance inserted the same record id between our update and insert: replace it
        sql.tx("StatutoryRecordStore.put", c -> execute(sql, c, replace, values));
      }
    }

    @Override
    public Optional<KeptRecord> find(TenantId tenant, String recordId) {
      Checks.notNull(tenant, "tenant");
      Checks.notNull(recordId, "recordId");
      return docs(sql, "StatutoryRecordStore.find", "SELECT doc FROM alumni_consent_record WHERE tenant = ? AND id = ?",
          List.of(tenant.value(), recordId), KeptRecord.class).stream().findFirst();
    }

    @Override
    public List<KeptRecord> all(TenantId tenant) {
      Checks.notNull(tenant, "tenant");
      return docs(sql, "StatutoryRecordStore.all", "SELECT doc FROM alumni_consent_record WHERE tenant = ? ORDER BY seq",
          List.of(tenant.value()), KeptRecord.class);
    }

    @Override
    public boolean delete(TenantId tenant, String recordId) {
      Checks.notNull(tenant, "tenant");
      Checks.notNull(recordId, "recordId");
      return sql.tx("StatutoryRecordStore.delete", c -> execute(sql, c,
          "DELETE FROM alumni_consent_record WHERE tenant = ? AND id = ?", List.of(tenant.value(), recordId))) == 1;
    }

    /**
     * Deletes a tenant's records whose retention has ended at an instant ({@code retainUntil <=
     * now}, as {@link KeptRecord#retentionEndedAt} says), in one statement.
     *
     * @param tenant the tenant
     * @param now the instant (from the host's clock)
     * @return how many were deleted
     */
    public int purgeExpired(TenantId tenant, Instant now) {
      Checks.notNull(tenant, "tenant");
      Checks.notNull(now, "now");
      return sql.tx("StatutoryRecordStore.purgeExpired", c -> execute(sql, c,
          "DELETE FROM alumni_consent_record WHERE tenant = ?"
              + " AND (retain_until_s < ? OR (retain_until_s = ? AND retain_until_n <= ?))",
          List.of(tenant.value(), now.getEpochSecond(), now.getEpochSecond(), now.getNano())));
    }

    @Override
    public String toString() {
      return "JdbcStatutoryRecordStore[alumni_consent_record]";
    }
  }
}
