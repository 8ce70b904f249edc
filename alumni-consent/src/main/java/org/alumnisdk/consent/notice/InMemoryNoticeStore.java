package org.alumnisdk.consent.notice;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.alumnisdk.consent.spi.NoticeStore;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.CodePointOrder;

/**
 * The in-memory reference implementation of {@link NoticeStore}. Thread-safe. For tests,
 * notebooks and single-process hosts; contents are lost on exit.
 *
 * @since 0.1.0
 */
public final class InMemoryNoticeStore implements NoticeStore {
  private static final Comparator<Notice> ORDER =
      Comparator.comparingInt(Notice::version).thenComparing(Notice::language, CodePointOrder.STRINGS);

  private final Map<Key, Notice> notices = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryNoticeStore() {}

  private record Key(TenantId tenant, NoticeId id, int version, String language) {}

  @Override
  public void insert(Notice notice) {
    Checks.notNull(notice, "notice");
    Key k = new Key(notice.tenant(), notice.id(), notice.version(), notice.language());
    if (notices.putIfAbsent(k, notice) != null) {
      throw new ConcurrentUpdateException(
          "notice " + notice.id() + " v" + notice.version() + " (" + notice.language() + ")", 0, 1);
    }
  }

  @Override
  public Optional<Notice> find(TenantId tenant, NoticeId id, int version, String language) {
    return Optional.ofNullable(notices.get(new Key(
        Checks.notNull(tenant, "tenant"), Checks.notNull(id, "id"), version,
        Checks.notNull(language, "language"))));
  }

  @Override
  public List<Notice> versions(TenantId tenant, NoticeId id) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(id, "id");
    return notices.values().stream()
        .filter(n -> n.tenant().equals(tenant) && n.id().equals(id))
        .sorted(ORDER)
        .toList();
  }

  @Override
  public String toString() {
    return "InMemoryNoticeStore[notices=" + notices.size() + "]";
  }
}
