package org.alumnisdk.consent.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.alumnisdk.consent.spi.ConsentLedgerStore;
import org.alumnisdk.consent.spi.LedgerRecord;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * The append-only, tamper-evident consent ledger.
 *
 * <p>Every event is encoded canonically ({@link EventCodec}), chained per tenant with SHA-256
 * ({@code hash = SHA-256(previousHash || position || payload)}) and written to a
 * {@link ConsentLedgerStore}. The state of a consent "as of T" is derived from the events only,
 * in O(log n) per query, from per-(alumnus, purpose) time-sorted arrays kept in memory. Events
 * may arrive out of time order (a paper consent entered later); they are folded in
 * {@link ConsentEvent#FOLD_ORDER}, so the state does not depend on storage order.
 *
 * <p>Withdrawal (APPI grants no general right to withdraw, but a {@code WITHDRAWN} event ends
 * future reliance on the consent) takes effect at its instant; what was done before stays
 * lawful. The ledger assumes it is the only writer of the store for its tenants (it keeps the
 * chain head in memory); a concurrent writer makes appends fail with
 * {@link ConcurrentUpdateException} rather than fork the chain. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ConsentLedger {
  private static final byte[] GENESIS = new byte[32];
  private static final int PAGE = 1024;

  private final ConsentLedgerStore store;
  private final Map<TenantId, TenantChain> chains = new ConcurrentHashMap<>();
  private final Map<Key, KeyHistory> index = new ConcurrentHashMap<>();
  private final Map<TenantId, Map<AlumnusId, List<LedgerEntry>>> byAlumnus =
      new ConcurrentHashMap<>();

  /**
   * Opens a ledger over a store, replaying what it already holds into the in-memory index.
   *
   * @param store the store
   * @throws LedgerIntegrityException if a stored record cannot be decoded
   */
  public ConsentLedger(ConsentLedgerStore store) {
    this.store = Checks.notNull(store, "store");
    for (TenantId tenant : store.tenants()) {
      replay(tenant);
    }
  }

  /**
   * A ledger over a fresh {@link InMemoryConsentLedgerStore}.
   *
   * @return the ledger
   */
  public static ConsentLedger inMemory() {
    return new ConsentLedger(new InMemoryConsentLedgerStore());
  }

  private void replay(TenantId tenant) {
    TenantChain chain = chain(tenant);
    synchronized (chain) {
      long pos = 0;
      while (true) {
        List<LedgerRecord> page = store.read(tenant, pos, PAGE);
        if (page.isEmpty()) {
          break;
        }
        for (LedgerRecord r : page) {
          ConsentEvent e;
          try {
            e = EventCodec.decode(r.payload());
          } catch (InvalidValueException ex) {
            throw new LedgerIntegrityException(tenant.value(), pos, ex.getMessage());
          }
          if (!e.tenant().equals(tenant)) {
            throw new LedgerIntegrityException(tenant.value(), pos, "event of another tenant");
          }
          byte[] hash = r.hash();
          chain.accept(e.eventId(), hash);
          indexEvent(
              new LedgerEntry(pos, e, HexFormat.of().formatHex(r.previousHash()), r.hashHex()));
          pos++;
        }
      }
    }
  }

  /**
   * Appends an event to its tenant's chain and indexes it.
   *
   * @param event the event
   * @return the entry with its position and hashes
   * @throws InvalidValueException if the event is null or its id is already in the ledger
   * @throws ConcurrentUpdateException if another writer appended to the store meanwhile
   */
  public LedgerEntry append(ConsentEvent event) {
    Checks.notNull(event, "event");
    TenantChain chain = chain(event.tenant());
    LedgerEntry entry;
    synchronized (chain) {
      if (chain.ids.contains(event.eventId())) {
        throw new InvalidValueException(
            "event.eventId", "'" + event.eventId() + "' is already in the ledger; events are append-only");
      }
      byte[] payload = EventCodec.encode(event);
      long position = chain.size;
      byte[] prev = chain.head;
      byte[] hash = chain.hash(prev, position, payload);
      store.append(LedgerRecord.of(event.tenant(), position, payload, prev, hash));
      String prevHex = chain.headHex;
      chain.accept(event.eventId(), hash);
      entry = new LedgerEntry(position, event, prevHex, chain.headHex);
      indexEvent(entry);
    }
    return entry;
  }

  private void indexEvent(LedgerEntry entry) {
    ConsentEvent e = entry.event();
    index.computeIfAbsent(new Key(e.tenant(), e.alumnus(), e.purpose()), k -> new KeyHistory()).add(e);
    List<LedgerEntry> list =
        byAlumnus
            .computeIfAbsent(e.tenant(), t -> new ConcurrentHashMap<>())
            .computeIfAbsent(e.alumnus(), a -> new ArrayList<>());
    synchronized (list) {
      list.add(entry);
    }
  }

  private TenantChain chain(TenantId tenant) {
    return chains.computeIfAbsent(tenant, t -> new TenantChain());
  }

  /**
   * The state of a consent at an instant, in O(log n). Unknown keys give
   * {@link ConsentState#UNKNOWN}.
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @param purpose the purpose
   * @param at the instant
   * @return the state
   */
  public ConsentState stateAt(TenantId tenant, AlumnusId alumnus, PurposeId purpose, Instant at) {
    KeyHistory h = index.get(new Key(tenant, alumnus, purpose));
    return h == null ? ConsentState.UNKNOWN : h.stateAt(at);
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
   */
  public ConsentStatus statusAt(TenantId tenant, AlumnusId alumnus, PurposeId purpose, Instant at) {
    Checks.notNull(at, "at");
    KeyHistory h = index.get(new Key(
        Checks.notNull(tenant, "tenant"), Checks.notNull(alumnus, "alumnus"),
        Checks.notNull(purpose, "purpose")));
    return h == null
        ? new ConsentStatus(ConsentState.UNKNOWN, at, java.util.Optional.empty(), java.util.Optional.empty())
        : h.statusAt(at);
  }

  /**
   * The events of one consent in fold order.
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @param purpose the purpose
   * @return the events (empty if none)
   */
  public List<ConsentEvent> history(TenantId tenant, AlumnusId alumnus, PurposeId purpose) {
    KeyHistory h = index.get(new Key(tenant, alumnus, purpose));
    return h == null ? List.of() : h.events();
  }

  /**
   * Every entry about an alumnus, in append order (for disclosure requests, Art. 33).
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @return the entries
   */
  public List<LedgerEntry> entriesOf(TenantId tenant, AlumnusId alumnus) {
    Map<AlumnusId, List<LedgerEntry>> m = byAlumnus.get(tenant);
    List<LedgerEntry> list = m == null ? null : m.get(alumnus);
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return List.copyOf(list);
    }
  }

  /**
   * The current head of a tenant's chain, to publish outside the store.
   *
   * @param tenant the tenant
   * @return the anchor
   */
  public ChainAnchor anchor(TenantId tenant) {
    TenantChain chain = chain(Checks.notNull(tenant, "tenant"));
    synchronized (chain) {
      return new ChainAnchor(chain.size, chain.headHex);
    }
  }

  /**
   * Verifies a tenant's chain as stored: every record must sit at its position, link to its
   * predecessor's hash and hash to its stored hash. Detects any edited, deleted, inserted or
   * reordered record, naming the first bad position. (Removing records from the very end
   * leaves a shorter valid chain; use {@link #verify(TenantId, ChainAnchor)} to catch that.)
   *
   * @param tenant the tenant
   * @return the outcome
   */
  public ChainVerification verify(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    MessageDigest md = sha256();
    byte[] expectedPrev = GENESIS;
    long pos = 0;
    while (true) {
      List<LedgerRecord> page = store.read(tenant, pos, PAGE);
      if (page.isEmpty()) {
        break;
      }
      for (LedgerRecord r : page) {
        if (r.position() != pos || !r.tenant().equals(tenant)) {
          return new ChainVerification.Broken(
              pos, "record found at position " + pos + " claims position " + r.position());
        }
        byte[] prev = r.previousHash();
        if (!Arrays.equals(prev, expectedPrev)) {
          return new ChainVerification.Broken(pos, "previous-hash link does not match the preceding record");
        }
        byte[] hash = r.hash();
        if (!Arrays.equals(hash, digest(md, prev, pos, r.payload()))) {
          return new ChainVerification.Broken(pos, "content does not match its hash (record edited)");
        }
        expectedPrev = hash;
        pos++;
      }
    }
    return new ChainVerification.Intact(pos, new ChainAnchor(pos, HexFormat.of().formatHex(expectedPrev)));
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

  private record Key(TenantId tenant, AlumnusId alumnus, PurposeId purpose) {}

  /** The head of one tenant's chain; guarded by its own monitor. */
  private static final class TenantChain {
    final MessageDigest md = sha256();
    final Set<String> ids = new HashSet<>();
    byte[] head = GENESIS;
    String headHex = HexFormat.of().formatHex(GENESIS);
    long size;

    byte[] hash(byte[] prev, long position, byte[] payload) {
      return digest(md, prev, position, payload);
    }

    void accept(String eventId, byte[] hash) {
      ids.add(eventId);
      head = hash;
      headHex = HexFormat.of().formatHex(hash);
      size++;
    }
  }
}
