package org.alumnisdk.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OwnedIdSetTest {
  record Pair(int owner, String id) {}

  /** Strings of k blocks, each "Aa" or "BB": all 2^k of them share one String.hashCode. */
  private static String sameHash(int bits, int k) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < k; j++) {
      b.append((bits >>> j & 1) == 0 ? "Aa" : "BB");
    }
    return b.toString();
  }

  @Test
  void agreesWithAHashSetOfPairsThroughGrowthAndOwnerRemoval() {
    SplittableRandom r = new SplittableRandom(5);
    OwnedIdSet set = new OwnedIdSet(0);
    Set<Pair> oracle = new HashSet<>();
    for (int step = 0; step < 60_000; step++) {
      if (step % 9_000 == 8_999) {
        int gone = r.nextInt(20);
        int before = oracle.size();
        oracle.removeIf(p -> p.owner() == gone);
        assertThat(set.removeOwners(o -> o == gone)).isEqualTo(before - oracle.size());
      }
      // the same id under two owners is two pairs
      Pair p = new Pair(r.nextInt(20), "act-" + r.nextInt(3_000));
      assertThat(set.add(p.owner(), p.id())).isEqualTo(oracle.add(p));
      assertThat(set.size()).isEqualTo(oracle.size());
    }
  }

  @Test
  void idsWithEqualStringHashesAreStillDistinct() {
    OwnedIdSet set = new OwnedIdSet(0);
    Set<String> oracle = new HashSet<>();
    SplittableRandom r = new SplittableRandom(9);
    for (int step = 0; step < 5_000; step++) {
      String id = sameHash(r.nextInt(1 << 12), 12);
      assertThat(id.hashCode()).isEqualTo(sameHash(0, 12).hashCode());
      assertThat(set.add(3, id)).isEqualTo(oracle.add(id));
    }
    assertThat(set.size()).isEqualTo(oracle.size());
    assertThat(set.add(3, sameHash(0, 12))).isEqualTo(!oracle.contains(sameHash(0, 12)));
  }

  @Test
  void fingerprintsOfManySimilarIdsDoNotCollide() {
    Set<Long> prints = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      prints.add(OwnedIdSet.fingerprint("act-" + i));
    }
    for (int bits = 0; bits < 1 << 12; bits++) {
      prints.add(OwnedIdSet.fingerprint(sameHash(bits, 12)));
    }
    assertThat(prints).hasSize(200_000 + (1 << 12));
  }

  @Test
  void removingOneOwnerKeepsTheOthersIds() {
    OwnedIdSet set = new OwnedIdSet(4);
    set.add(0, "x");
    set.add(1, "x");
    assertThat(set.removeOwners(o -> o == 0)).isEqualTo(1);
    assertThat(set.add(1, "x")).isFalse();
    assertThat(set.add(0, "x")).isTrue();
  }
}
