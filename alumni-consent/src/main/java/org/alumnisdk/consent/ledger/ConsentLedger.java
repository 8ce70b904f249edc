package org.alumnisdk.consent.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.LockSupport;
import org.alumnisdk.consent.spi.ConsentLedgerStore;
import org.alumnisdk.consent.spi.LedgerRecord;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * The append-only, tamper-evident consent ledger, correct over a store that several instances
 * share.
 *
 * <p>Every event is encoded canonically ({@link EventCodec}), chained per tenant with SHA-256
 * ({@code hash = SHA-256(previousHash || position || payload)}) and written to a {@link
 * ConsentLedgerStore}. The store is the source of truth:
 *
 * <ul>
 *   <li><b>Fresh.</b> Every read first asks the store for the tenant's size. If another instance
 *       (or another ledger over the same store) appended meanwhile, the new records are read,
 *       verified and indexed before the answer, so an answer reflects every append committed
 *       before the call began. Nothing is replayed at construction; a tenant is loaded on its
 *       first use.
 *   <li><b>Verified.</b> A record is indexed only after its position, tenant, previous-hash link,
 *       hash and encoding have been checked against the chain read so far, and after its event id
 *       has been found new. A re-encoded, inserted, deleted or reordered record therefore never
 *       changes an answer: the tenant is marked broken at the first bad position and every read of
 *       that tenant throws {@link LedgerIntegrityException} (the gate turns that into a denial).
 *       Other tenants are unaffected. {@link #brokenAt} reports the break; {@link #reload}
 *       discards the tenant's index once the store has been restored. A store that holds fewer
 *       records than were already read (records removed at the end) is broken too.
 *   <li><b>Safe to write from many instances.</b> {@link #append} computes the record for the
 *       position it has read up to; the store accepts a record only at its current size, so when
 *       another instance won the position the ledger catches up and retries (at most {@value
 *       #MAX_ATTEMPTS} times), never forking the chain. An event is part of the answers once it is
 *       in the store: if indexing it fails after the store accepted it, the next read indexes it
 *       from the store.
 * </ul>
 *
 * <p>The state of a consent "as of T" is derived from the events only, in O(log n) per query and
 * O(n) memory, whatever order the events were appended in (a paper consent entered later, or
 * concurrent appenders whose timestamps interleave); events are folded in {@link
 * ConsentEvent#FOLD_ORDER}, so the state does not depend on storage order. Withdrawal (APPI grants
 * no general right to withdraw, but a {@code WITHDRAWN} event ends future reliance on the consent)
 * takes effect at its instant; what was done before stays lawful.
 *
 * <p>{@link #verify} re-reads and re-checks the whole stored chain, including records this
 * instance indexed earlier, and marks the tenant broken if they were changed since. Thread-safe;
 * reads of a tenant that is up to date take no lock.
 *
 * @since 0.1.0
 */
public final class ConsentLedger {
  /**
   * How often {@link #append} tries before it gives up to other writers. After each lost position
   * it re-reads the store and waits a little longer (exponential back-off from 2 µs, capped at
   * about 1 ms, so about 25 ms in all before giving up), since a writer on an instance that is
   * already caught up wins most races against one that must re-read first.
   */
  public static final int MAX_ATTEMPTS = 32;

  private static final byte[] GENESIS = new byte[32];
  private static final int PAGE = 1024;

  private final ConsentLedgerStore store;
  private final Map<TenantId, TenantView> views = new ConcurrentHashMap<>();

  /**
   * Opens a ledger over a store. Reads nothing yet: each tenant is loaded and verified on its
   * first use, so one damaged tenant cannot stop the others (or the host's start-up).
   *
   * @param store the store
   * @throws InvalidValueException if the store is null
   */
  public ConsentLedger(ConsentLedgerStore store) {
    this.store = Checks.notNull(store, "store");
  }

  /**
   * A ledger over a fresh {@link InMemoryConsentLedgerStore}.
   *
   * @return the ledger
   */
  public static ConsentLedger inMemory() {
    return new ConsentLedger(new InMemoryConsentLedgerStore());
  }

  /**
   * Appends an event to its tenant's chain and indexes it.
   *
   * @param event the event
   * @return the entry with its position and hashes
   * @throws InvalidValueException if the event is null or its id is already in the ledger
   * @throws LedgerIntegrityException if the tenant's stored chain is broken
   * @throws ConcurrentUpdateException if other writers won the next position {@value
   *     #MAX_ATTEMPTS} times in a row
   */
  public LedgerEntry append(ConsentEvent event) {
    Checks.notNull(event, "event");
    TenantView v = view(event.tenant());
    byte[] payload = EventCodec.encode(event);
    for (int attempt = 1; ; attempt++) {
      synchronized (v) {
        v.catchUp(store);
        v.throwIfBroken();
        if (v.positionOf(event.eventId()) >= 0) {
          throw new InvalidValueException(
              "event.eventId",
              "'" + event.eventId() + "' is already in the ledger; events are append-only");
        }
        long position = v.size;
        byte[] prev = v.head;
        byte[] hash = digest(v.md, prev, position, payload);
        try {
          store.append(LedgerRecord.of(event.tenant(), position, payload, prev, hash));
        } catch (ConcurrentUpdateException lost) {
          if (attempt >= MAX_ATTEMPTS) {
            throw lost;
          }
          LockSupport.parkNanos(Math.min(1L << attempt, 1024L) * 1_000L);
          continue;
        }
        return v.index(position, event, prev, hash);
      }
    }
  }

  /**
   * A consistent reader of one tenant for a batch of questions: it brings the tenant up to date
   * once, and its answers reflect every append committed before this call. Use it for one batch
   * (a population checked at one instant), not as a long-lived cache: it does not see later
   * appends.
   *
   * @param tenant the tenant
   * @return the reader
   * @throws LedgerIntegrityException if the tenant's stored chain is broken
   */
  public Reader reader(TenantId tenant) {
    return new Reader(fresh(Checks.notNull(tenant, "tenant")));
  }

  /**
   * The state of a consent at an instant, in O(log n). Unknown keys give {@link
   * ConsentState#UNKNOWN}.
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @param purpose the purpose
   * @param at the instant
   * @return the state
   * @throws LedgerIntegrityException if the tenant's stored chain is broken
   */
  public ConsentState stateAt(TenantId tenant, AlumnusId alumnus, PurposeId purpose, Instant at) {
    return statusAt(tenant, alumnus, purpose, at).state();
  }

  /**
   * The state of a consent at an instant with the event that decided it.
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @param purpose the purpose
   * @param at the instant
   * @return the status
   * @throws InvalidValueException if an argument is null
   * @throws LedgerIntegrityException if the tenant's stored chain is broken
   */
  public ConsentStatus statusAt(TenantId tenant, AlumnusId alumnus, PurposeId purpose, Instant at) {
    return reader(tenant).statusAt(alumnus, purpose, at);
  }

  /**
   * The events of one consent in fold order.
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @param purpose the purpose
   * @return the events (empty if none)
   * @throws LedgerIntegrityException if the tenant's stored chain is broken
   */
  public List<ConsentEvent> history(TenantId tenant, AlumnusId alumnus, PurposeId purpose) {
    return reader(tenant).history(alumnus, purpose);
  }

  /**
   * Every entry about an alumnus, in append order (for disclosure requests, Art. 33).
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @return the entries
   * @throws LedgerIntegrityException if the tenant's stored chain is broken
   */
  public List<LedgerEntry> entriesOf(TenantId tenant, AlumnusId alumnus) {
    return reader(tenant).entriesOf(alumnus);
  }

  /**
   * The current head of a tenant's chain, to publish outside the store.
   *
   * @param tenant the tenant
   * @return the anchor
   * @throws LedgerIntegrityException if the tenant's stored chain is broken
   */
  public ChainAnchor anchor(TenantId tenant) {
    TenantView v = fresh(Checks.notNull(tenant, "tenant"));
    synchronized (v) {
      return new ChainAnchor(v.size, HexFormat.of().formatHex(v.head));
    }
  }

  /**
   * Where the tenant's chain, as read by this ledger, is broken: brings the tenant up to date
   * (reading and verifying what other instances appended) and reports the first bad position, if
   * any. Never throws for a broken chain; use it for health checks.
   *
   * @param tenant the tenant
   * @return the break, or empty if every record read so far is intact
   */
  public Optional<ChainVerification.Broken> brokenAt(TenantId tenant) {
    TenantView v = view(Checks.notNull(tenant, "tenant"));
    synchronized (v) {
      v.catchUp(store);
      return Optional.ofNullable(v.broken);
    }
  }

  /**
   * The tenants this ledger has loaded and found broken, with where. Tenants not used since the
   * ledger was opened are not read; {@link #verify} checks any tenant on demand.
   *
   * @return the broken tenants (empty if none)
   */
  public Map<TenantId, ChainVerification.Broken> brokenTenants() {
    Map<TenantId, ChainVerification.Broken> out = new java.util.HashMap<>();
    views.forEach((t, v) -> {
      ChainVerification.Broken b = v.broken;
      if (b != null) {
        out.put(t, b);
      }
    });
    return Map.copyOf(out);
  }

  /**
   * Discards what this ledger has read of a tenant, so that the next use reads and verifies the
   * whole stored chain again (after the store was restored from a trusted copy).
   *
   * @param tenant the tenant
   */
  public void reload(TenantId tenant) {
    views.remove(Checks.notNull(tenant, "tenant"));
  }

  private TenantView view(TenantId tenant) {
    return views.computeIfAbsent(tenant, TenantView::new);
  }

  /** The tenant's view, up to date with the store and intact, or an exception. */
  private TenantView fresh(TenantId tenant) {
    TenantView v = view(tenant);
    if (v.broken == null && store.size(tenant) == v.size) {
      return v;
    }
    synchronized (v) {
      v.catchUp(store);
      v.throwIfBroken();
    }
    return v;
  }

  /**
   * Verifies a tenant's chain as stored: every record must sit at its position, link to its
   * predecessor's hash and hash to its stored hash. Detects any edited, deleted, inserted or
   * reordered record, naming the first bad position. (Removing records from the very end
   * leaves a shorter valid chain; use {@link #verify(TenantId, ChainAnchor)} to catch that.)
   * A break before what this ledger had already read marks the tenant broken here too: its
   * records were changed after they were read.
   *
   * @param tenant the tenant
   * @return the outcome
   */
  public ChainVerification verify(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    // What this ledger had read before the scan starts: the store is append-only, so the scan
    // must find at least these records unchanged. Records indexed while the scan runs are not
    // compared with it (it may have started before they were written).
    TenantView v = views.get(tenant);
    long readBefore = v == null ? 0 : v.size;
    MessageDigest md = sha256();
    byte[] expectedPrev = GENESIS;
    long pos = 0;
    ChainVerification result = null;
    outer:
    while (true) {
      List<LedgerRecord> page = store.read(tenant, pos, PAGE);
      if (page.isEmpty()) {
        break;
      }
      for (LedgerRecord r : page) {
        String problem = check(md, tenant, pos, expectedPrev, r);
        if (problem != null) {
          result = new ChainVerification.Broken(pos, problem);
          break outer;
        }
        expectedPrev = r.hash();
        pos++;
      }
    }
    if (result == null) {
      result = new ChainVerification.Intact(
          pos, new ChainAnchor(pos, HexFormat.of().formatHex(expectedPrev)));
    }
    if (v != null) {
      synchronized (v) {
        if (result instanceof ChainVerification.Broken b && b.position() < readBefore) {
          v.markBroken(b.position(), "changed after it was read: " + b.problem());
        } else if (result instanceof ChainVerification.Intact in && in.records() < readBefore) {
          v.markBroken(in.records(), "the store holds " + in.records()
              + " records, but " + readBefore + " were read from it before");
        }
      }
    }
    return result;
  }

  /**
   * Verifies a tenant's chain and that it still contains an earlier anchored head.
   *
   * @param tenant the tenant
   * @param anchor a head published earlier
   * @return the outcome; broken at {@code anchor.size() - 1} if the anchored record is gone or
   *     differs
   */
  public ChainVerification verify(TenantId tenant, ChainAnchor anchor) {
    Checks.notNull(anchor, "anchor");
    ChainVerification v = verify(tenant);
    if (v instanceof ChainVerification.Intact intact && anchor.size() > 0) {
      long at = anchor.size() - 1;
      if (intact.records() < anchor.size()) {
        return new ChainVerification.Broken(
            intact.records(), "chain has " + intact.records() + " records, anchor says " + anchor.size());
      }
      List<LedgerRecord> r = store.read(tenant, at, 1);
      if (r.isEmpty() || !r.get(0).hashHex().equals(anchor.headHash())) {
        return new ChainVerification.Broken(at, "record differs from the anchored head");
      }
    }
    return v;
  }

  /** The problem with a record read at {@code pos}, or null if it extends the chain. */
  private static String check(
      MessageDigest md, TenantId tenant, long pos, byte[] expectedPrev, LedgerRecord r) {
    if (r.position() != pos) {
      return "record found at position " + pos + " claims position " + r.position();
    }
    if (!r.tenant().equals(tenant)) {
      return "record of another tenant";
    }
    byte[] prev = r.previousHash();
    if (!Arrays.equals(prev, expectedPrev)) {
      return "previous-hash link does not match the preceding record";
    }
    if (!Arrays.equals(r.hash(), digest(md, prev, pos, r.payload()))) {
      return "content does not match its hash (record edited)";
    }
    return null;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static byte[] digest(MessageDigest md, byte[] prev, long position, byte[] payload) {
    md.reset();
    md.update(prev);
    for (int shift = 56; shift >= 0; shift -= 8) {
      md.update((byte) (position >>> shift));
    }
    md.update(payload);
    return md.digest();
  }

  /**
   * Answers about one tenant from one up-to-date view of the store; see {@link
   * ConsentLedger#reader}. Thread-safe.
   */
  public static final class Reader {
    private final TenantView view;

    private Reader(TenantView view) {
      this.view = view;
    }

    /**
     * The tenant read.
     *
     * @return the tenant
     */
    public TenantId tenant() {
      return view.tenant;
    }

    /**
     * The state of a consent at an instant with the event that decided it.
     *
     * @param alumnus the alumnus
     * @param purpose the purpose
     * @param at the instant
     * @return the status
     * @throws InvalidValueException if an argument is null
     */
    public ConsentStatus statusAt(AlumnusId alumnus, PurposeId purpose, Instant at) {
      Checks.notNull(alumnus, "alumnus");
      Checks.notNull(purpose, "purpose");
      Checks.notNull(at, "at");
      KeyHistory h = view.histories.get(new Key(alumnus, purpose));
      return h == null
          ? new ConsentStatus(ConsentState.UNKNOWN, at, Optional.empty(), Optional.empty())
          : h.statusAt(at);
    }

    /**
     * The state of a consent at an instant.
     *
     * @param alumnus the alumnus
     * @param purpose the purpose
     * @param at the instant
     * @return the state
     */
    public ConsentState stateAt(AlumnusId alumnus, PurposeId purpose, Instant at) {
      return statusAt(alumnus, purpose, at).state();
    }

    /**
     * The events of one consent in fold order.
     *
     * @param alumnus the alumnus
     * @param purpose the purpose
     * @return the events (empty if none)
     */
    public List<ConsentEvent> history(AlumnusId alumnus, PurposeId purpose) {
      KeyHistory h = view.histories.get(
          new Key(Checks.notNull(alumnus, "alumnus"), Checks.notNull(purpose, "purpose")));
      return h == null ? List.of() : h.events();
    }

    /**
     * Every entry about an alumnus, in append order.
     *
     * @param alumnus the alumnus
     * @return the entries
     */
    public List<LedgerEntry> entriesOf(AlumnusId alumnus) {
      ConcurrentSkipListMap<Long, Indexed> m = view.byAlumnus.get(Checks.notNull(alumnus, "alumnus"));
      if (m == null) {
        return List.of();
      }
      List<LedgerEntry> out = new ArrayList<>(m.size());
      HexFormat hex = HexFormat.of();
      for (Indexed i : m.values()) {
        out.add(new LedgerEntry(i.position, i.event, hex.formatHex(i.previousHash), hex.formatHex(i.hash)));
      }
      return List.copyOf(out);
    }
  }

  private record Key(AlumnusId alumnus, PurposeId purpose) {}

  /** An indexed record; {@code previousHash} is shared with the preceding record's hash. */
  private record Indexed(long position, ConsentEvent event, byte[] previousHash, byte[] hash) {}

  /**
   * What this ledger has read and verified of one tenant's chain. Writes (catch-up, append,
   * marking broken) hold the view's monitor; readers use the concurrent maps without it.
   */
  private static final class TenantView {
    final TenantId tenant;
    final MessageDigest md = sha256();
    final Map<String, Long> ids = new ConcurrentHashMap<>();
    final Map<Key, KeyHistory> histories = new ConcurrentHashMap<>();
    final Map<AlumnusId, ConcurrentSkipListMap<Long, Indexed>> byAlumnus = new ConcurrentHashMap<>();
    /** Records read and indexed; only ever grows while the view lives. */
    volatile long size;
    volatile ChainVerification.Broken broken;
    byte[] head = GENESIS;

    TenantView(TenantId tenant) {
      this.tenant = tenant;
    }

    long positionOf(String eventId) {
      Long p = ids.get(eventId);
      return p == null ? -1 : p;
    }

    void throwIfBroken() {
      ChainVerification.Broken b = broken;
      if (b != null) {
        throw new LedgerIntegrityException(tenant.value(), b.position(), b.problem());
      }
    }

    void markBroken(long position, String problem) {
      if (broken == null || position < broken.position()) {
        broken = new ChainVerification.Broken(position, problem);
      }
    }

    /** Reads, verifies and indexes every record past {@link #size}. Caller holds the monitor. */
    void catchUp(ConsentLedgerStore store) {
      if (broken != null) {
        return;
      }
      long stored = store.size(tenant);
      if (stored < size) {
        markBroken(stored, "the store holds " + stored + " records, but " + size
            + " were read from it before (records removed)");
        return;
      }
      while (size < stored) {
        List<LedgerRecord> page = store.read(tenant, size, PAGE);
        if (page.isEmpty()) {
          markBroken(size, "the store reports " + stored + " records but returns none from "
              + size);
          return;
        }
        for (LedgerRecord r : page) {
          long pos = size;
          String problem = check(md, tenant, pos, head, r);
          ConsentEvent e = null;
          if (problem == null) {
            try {
              e = EventCodec.decode(r.payload());
              if (!e.tenant().equals(tenant)) {
                problem = "event of another tenant";
              } else {
                long earlier = positionOf(e.eventId());
                if (earlier >= 0 && earlier != pos) {
                  problem = "event id repeats the record at position " + earlier;
                }
              }
            } catch (InvalidValueException ex) {
              problem = "undecodable event: " + ex.getMessage();
            }
          }
          if (problem != null) {
            markBroken(pos, problem);
            return;
          }
          index(pos, e, head, r.hash());
        }
      }
    }

    /**
     * Indexes the record at {@code position} (which the store holds) and advances the view.
     * Idempotent per record, so a failure part-way leaves a view the next catch-up completes.
     */
    LedgerEntry index(long position, ConsentEvent e, byte[] prev, byte[] hash) {
      Indexed i = new Indexed(position, e, prev, hash);
      histories.computeIfAbsent(new Key(e.alumnus(), e.purpose()), k -> new KeyHistory()).add(e);
      byAlumnus.computeIfAbsent(e.alumnus(), a -> new ConcurrentSkipListMap<>()).put(position, i);
      ids.put(e.eventId(), position);
      head = hash;
      size = position + 1;
      HexFormat hex = HexFormat.of();
      return new LedgerEntry(position, e, hex.formatHex(prev), hex.formatHex(hash));
    }
  }
}
