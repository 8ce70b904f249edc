package org.alumnisdk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.alumnisdk.metrics.internal.IdSet;
import org.junit.jupiter.api.Test;

class IdSetTest {
  /** A key whose hash is chosen, to force collisions and the zero-hash case. */
  record Key(int hash, int id) {
    @Override
    public int hashCode() {
      return hash;
    }
  }

  @Test
  void agreesWithHashSetUnderCollisionsAndZeroHashes() {
    Random r = new Random(7);
    IdSet ids = new IdSet();
    Set<Key> oracle = new HashSet<>();
    for (int n = 0; n < 5000; n++) {
      Key k = new Key(r.nextInt(5) - 1, r.nextInt(800));
      assertThat(ids.add(k)).isEqualTo(oracle.add(k));
    }
    assertThat(ids.size()).isEqualTo(oracle.size());
  }
}
