package org.alumnisdk.consent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alumnisdk.consent.spi.ConsentLedgerStore;
import org.alumnisdk.consent.spi.LedgerRecord;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.Test;

/** The contract every {@link ConsentLedgerStore} must meet; hosts extend it for their adapter. */
abstract class ConsentLedgerStoreContract {
  protected abstract ConsentLedgerStore create();

  static LedgerRecord rec(TenantId t, long pos, int fill) {
    return LedgerRecord.of(t, pos, new byte[] {(byte) fill, 1, 2}, new byte[32], filled(fill));
  }

  static byte[] filled(int v) {
    byte[] b = new byte[32];
    java.util.Arrays.fill(b, (byte) v);
    return b;
  }

  @Test
  void appendsInPositionOrderAndReadsBackUnchanged() {
    ConsentLedgerStore s = create();
    TenantId t = TenantId.of("t1");
    s.append(rec(t, 0, 1));
    s.append(rec(t, 1, 2));
    s.append(rec(t, 2, 3));
    assertThat(s.size(t)).isEqualTo(3);
    assertThat(s.read(t, 1, 10)).containsExactly(rec(t, 1, 2), rec(t, 2, 3));
    assertThat(s.read(t, 0, 1)).containsExactly(rec(t, 0, 1));
    assertThat(s.read(t, 3, 10)).isEmpty();
    assertThat(s.tenants()).contains(t);
  }

  @Test
  void rejectsAGapOrADuplicatePositionAndStoresNothing() {
    ConsentLedgerStore s = create();
    TenantId t = TenantId.of("t1");
    s.append(rec(t, 0, 1));
    assertThatThrownBy(() -> s.append(rec(t, 2, 9))).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> s.append(rec(t, 0, 9))).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(s.size(t)).isEqualTo(1);
    assertThat(s.read(t, 0, 10)).containsExactly(rec(t, 0, 1));
  }

  @Test
  void keepsTenantsApart() {
    ConsentLedgerStore s = create();
    TenantId a = TenantId.of("a");
    TenantId b = TenantId.of("b");
    s.append(rec(a, 0, 1));
    assertThat(s.size(b)).isZero();
    assertThat(s.read(b, 0, 10)).isEmpty();
    s.append(rec(b, 0, 7));
    assertThat(s.read(a, 0, 10)).containsExactly(rec(a, 0, 1));
  }
}
