package org.alumnisdk.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyIndexTest {
  /** A key whose hash is chosen, to force long probe runs, wrap-around and equal hashes. */
  record Key(int hash, int id) {
    @Override
    public int hashCode() {
      return hash;
    }
  }

  @Test
  void agreesWithAHashMapUnderCollisionsAddsAndRemoves() {
    SplittableRandom r = new SplittableRandom(11);
    KeyIndex index = new KeyIndex(0);
    Map<Key, Integer> oracle = new HashMap<>();
    int handedOut = 0;
    for (int step = 0; step < 40_000; step++) {
      // few distinct hashes, so probe runs are long and removals must shift entries back
      Key k = new Key(r.nextInt(7) - 3, r.nextInt(600));
      int op = r.nextInt(3);
      if (op == 0) {
        Integer expected = oracle.remove(k);
        assertThat(index.remove(k)).isEqualTo(expected == null ? -1 : expected);
      } else if (oracle.containsKey(k)) {
        assertThat(index.indexOf(k)).isEqualTo(oracle.get(k));
      } else {
        assertThat(index.indexOf(k)).isEqualTo(-1);
        int i = index.add(k);
        assertThat(i).isEqualTo(handedOut++);
        oracle.put(k, i);
      }
      assertThat(index.size()).isEqualTo(oracle.size());
    }
    Map<Object, Integer> seen = new HashMap<>();
    index.forEach(seen::put);
    assertThat(seen).isEqualTo(oracle);
    assertThat(index.indexBound()).isEqualTo(handedOut);
  }

  @Test
  void removedIndexesAreNeverHandedOutAgain() {
    KeyIndex index = new KeyIndex(4);
    int a = index.add("a");
    index.remove("a");
    int again = index.add("a");
    assertThat(again).isNotEqualTo(a).isEqualTo(1);
    assertThat(index.indexOf("a")).isEqualTo(1);
  }

  @Test
  void ofIndexesByPositionAndRejectsRepeats() {
    KeyIndex index = KeyIndex.of(new Object[] {"x", "y", "z"});
    assertThat(index.indexOf("z")).isEqualTo(2);
    assertThat(index.indexOf("w")).isEqualTo(-1);
    assertThatThrownBy(() -> KeyIndex.of(new Object[] {"x", "y", "x"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 2");
  }
}
