package org.alumnisdk.testkit.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.consent.spi.ConsentLedgerStore;
import org.alumnisdk.consent.spi.LedgerRecord;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ConsentLedgerStore}: append only at the end, bytes unchanged, position order,
 * tenant scoping, exactly one winner when writers race for a position, and every append seen by a
 * second instance over the same storage.
 *
 * @since 0.1.0
 */
public abstract class ConsentLedgerStoreContract {
  private static final TenantId A = TenantId.of("tenant-a");
  private static final TenantId B = TenantId.of("テナント-b");

  /** Creates the contract. */
  protected ConsentLedgerStoreContract() {}

  /**
   * Creates a new, empty store under test.
   *
   * @return the store
   */
  protected abstract ConsentLedgerStore create();

  /**
   * A second instance over the same storage as {@code store}, as a second application instance
   * over one database would have. The default returns {@code store} itself, which suits stores
   * that are one object in memory.
   *
   * @param store a store made by {@link #create()}
   * @return another instance reading and writing the same records
   */
  protected ConsentLedgerStore sameStorage(ConsentLedgerStore store) {
    return store;
  }

  /**
   * A record with distinctive payload and hashes.
   *
   * @param tenant the tenant
   * @param position the position
   * @param fill the byte the hashes are filled with
   * @return the record
   */
  protected static LedgerRecord record(TenantId tenant, long position, int fill) {
    byte[] payload = ("{\"n\":" + position + ",\"名\":\"同意\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return LedgerRecord.of(tenant, position, payload, filled(fill - 1), filled(fill));
  }

  private static byte[] filled(int v) {
    byte[] b = new byte[32];
    java.util.Arrays.fill(b, (byte) v);
    return b;
  }

  @Test
  void appendsInPositionOrderAndReadsBackUnchanged() {
    ConsentLedgerStore s = create();
    s.append(record(A, 0, 1));
    s.append(record(A, 1, 2));
    s.append(record(A, 2, 3));
    assertThat(s.size(A)).isEqualTo(3);
    assertThat(s.read(A, 1, 10)).containsExactly(record(A, 1, 2), record(A, 2, 3));
    assertThat(s.read(A, 0, 1)).containsExactly(record(A, 0, 1));
    assertThat(s.read(A, 3, 10)).isEmpty();
    assertThat(s.tenants()).containsExactly(A);
  }

  @Test
  void everyByteValueRoundTrips() {
    ConsentLedgerStore s = create();
    byte[] payload = new byte[256];
    for (int i = 0; i < 256; i++) {
      payload[i] = (byte) i;
    }
    byte[] prev = filled(0);
    byte[] hash = new byte[32];
    for (int i = 0; i < 32; i++) {
      hash[i] = (byte) (255 - i * 7);
    }
    LedgerRecord r = LedgerRecord.of(A, 0, payload, prev, hash);
    s.append(r);
    assertThat(s.read(A, 0, 1)).containsExactly(r);
  }

  @Test
  void rejectsAGapOrADuplicatePositionAndStoresNothing() {
    ConsentLedgerStore s = create();
    s.append(record(A, 0, 1));
    assertThatThrownBy(() -> s.append(record(A, 2, 9))).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> s.append(record(A, 0, 9))).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(s.size(A)).isEqualTo(1);
    assertThat(s.read(A, 0, 10)).containsExactly(record(A, 0, 1));
  }

  @Test
  void keepsTenantsApart() {
    ConsentLedgerStore s = create();
    s.append(record(A, 0, 1));
    assertThat(s.size(B)).isZero();
    assertThat(s.read(B, 0, 10)).isEmpty();
    s.append(record(B, 0, 7));
    assertThat(s.read(A, 0, 10)).containsExactly(record(A, 0, 1));
    assertThat(s.read(B, 0, 10)).containsExactly(record(B, 0, 7));
    assertThat(s.tenants()).containsExactlyInAnyOrder(A, B);
  }

  @Test
  void readsLongChainsInPagesOfTheRequestedSize() {
    ConsentLedgerStore s = create();
    for (int i = 0; i < 300; i++) {
      s.append(record(A, i, i % 250 + 2));
    }
    List<LedgerRecord> all = new ArrayList<>();
    for (long from = 0; ; from += 64) {
      List<LedgerRecord> page = s.read(A, from, 64);
      assertThat(page.size()).isLessThanOrEqualTo(64);
      if (page.isEmpty()) {
        break;
      }
      all.addAll(page);
    }
    assertThat(all).hasSize(300);
    for (int i = 0; i < 300; i++) {
      assertThat(all.get(i)).isEqualTo(record(A, i, i % 250 + 2));
    }
  }

  @Test
  void aSecondInstanceSeesEveryAppendAndConflictsOnAStalePosition() {
    ConsentLedgerStore one = create();
    ConsentLedgerStore two = sameStorage(one);
    one.append(record(A, 0, 1));
    assertThat(two.size(A)).isEqualTo(1);
    assertThat(two.read(A, 0, 10)).containsExactly(record(A, 0, 1));
    two.append(record(A, 1, 2));
    assertThat(one.read(A, 0, 10)).containsExactly(record(A, 0, 1), record(A, 1, 2));
    assertThatThrownBy(() -> one.append(record(A, 1, 5))).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(two.read(A, 1, 10)).containsExactly(record(A, 1, 2));
  }

  @Test
  void eightWritersRacingForEachPositionLeaveOneGaplessChain() throws Exception {
    ConsentLedgerStore one = create();
    ConsentLedgerStore two = sameStorage(one);
    int writers = 8;
    int perWriter = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        ConsentLedgerStore mine = w % 2 == 0 ? one : two;
        int fill = w + 10;
        tasks.add(() -> {
          int won = 0;
          while (won < perWriter) {
            long pos = mine.size(A);
            try {
              mine.append(record(A, pos, fill));
              won++;
            } catch (ConcurrentUpdateException lost) {
              // another writer took the position: read the size again
            }
          }
          return won;
        });
      }
      int total = 0;
      for (Future<Integer> f : pool.invokeAll(tasks, 120, TimeUnit.SECONDS)) {
        total += f.get();
      }
      assertThat(total).isEqualTo(writers * perWriter);
    } finally {
      pool.shutdownNow();
    }
    List<LedgerRecord> chain = one.read(A, 0, writers * perWriter + 10);
    assertThat(chain).hasSize(writers * perWriter);
    for (int i = 0; i < chain.size(); i++) {
      assertThat(chain.get(i).position()).isEqualTo(i);
    }
    assertThat(two.size(A)).isEqualTo(writers * perWriter);
  }
}
