package org.alumnisdk.consent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two ledgers over one store, as two instances of a host over one database. */
class SharedStoreTest {
  static final TenantId T = ConsentLedgerTest.T;
  static final Instant T0 = ConsentLedgerTest.T0;

  @Test
  @DisplayName("a withdrawal appended through one instance is seen by the other's next read")
  void withdrawalCrossesInstances() {
    InMemoryConsentLedgerStore store = new InMemoryConsentLedgerStore();
    ConsentLedger one = new ConsentLedger(store);
    ConsentLedger two = new ConsentLedger(store);
    one.append(ConsentLedgerTest.given("g", T0));
    assertThat(two.stateAt(T, ConsentLedgerTest.A, PurposeId.MENTORING, T0.plusSeconds(5)))
        .isEqualTo(ConsentState.GIVEN);
    one.append(ConsentLedgerTest.ev("w", ConsentEventType.WITHDRAWN, T0.plusSeconds(1)));
    assertThat(two.stateAt(T, ConsentLedgerTest.A, PurposeId.MENTORING, T0.plusSeconds(5)))
        .isEqualTo(ConsentState.WITHDRAWN);
    // the second instance appends without a conflict: it catches up before it writes
    two.append(ConsentLedgerTest.given("g2", T0.plusSeconds(10)));
    assertThat(one.stateAt(T, ConsentLedgerTest.A, PurposeId.MENTORING, T0.plusSeconds(11)))
        .isEqualTo(ConsentState.GIVEN);
    assertThat(one.verify(T).intact()).isTrue();
  }

  @Test
  @DisplayName("seeded interleavings of two instances answer like one ledger fed the same events")
  void interleavingsMatchOneLedger() {
    ConsentEventType[] types = ConsentEventType.values();
    for (long seed = 1; seed <= 20; seed++) {
      Random rnd = new Random(seed);
      InMemoryConsentLedgerStore store = new InMemoryConsentLedgerStore();
      ConsentLedger[] instances = {new ConsentLedger(store), new ConsentLedger(store)};
      ConsentLedger oracle = ConsentLedger.inMemory();
      List<AlumnusId> people = List.of(AlumnusId.of("a-1"), AlumnusId.of("a-2"), AlumnusId.of("a-3"));
      for (int i = 0; i < 60; i++) {
        AlumnusId a = people.get(rnd.nextInt(people.size()));
        ConsentEventType type = types[rnd.nextInt(types.length)];
        Instant at = T0.plusSeconds(rnd.nextInt(100)).plusNanos(rnd.nextInt(3) * 1000);
        ConsentEvent e = type == ConsentEventType.GIVEN || type == ConsentEventType.RENEWED
            ? ConsentEvent.given(T, "e" + i, a, PurposeId.MENTORING, at, ConsentMethod.CHECKBOX, "f",
                ConsentLedgerTest.REF)
            : ConsentEvent.of(T, "e" + i, a, PurposeId.MENTORING, type, at, ConsentActor.SELF,
                ConsentMethod.CHECKBOX, "f");
        instances[rnd.nextInt(2)].append(e);
        oracle.append(e);
        for (int q = 0; q < 3; q++) {
          AlumnusId who = people.get(rnd.nextInt(people.size()));
          Instant when = T0.plusSeconds(rnd.nextInt(110) - 5);
          ConsentState expected = oracle.stateAt(T, who, PurposeId.MENTORING, when);
          for (ConsentLedger l : instances) {
            assertThat(l.stateAt(T, who, PurposeId.MENTORING, when))
                .as("seed %d step %d", seed, i).isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  @DisplayName("out-of-order events fold like a brute-force fold in FOLD_ORDER")
  void outOfOrderMatchesBruteForce() {
    Random rnd = new Random(42);
    ConsentLedger l = ConsentLedger.inMemory();
    List<ConsentEvent> events = new ArrayList<>();
    ConsentEventType[] types = ConsentEventType.values();
    for (int i = 0; i < 2000; i++) {
      ConsentEventType type = types[rnd.nextInt(types.length)];
      Instant at = T0.plusSeconds(rnd.nextInt(500));
      ConsentEvent e = type.grants()
          ? ConsentEvent.given(T, "e" + i, ConsentLedgerTest.A, PurposeId.MENTORING, at,
              ConsentMethod.CHECKBOX, "f", ConsentLedgerTest.REF)
          : ConsentEvent.of(T, "e" + i, ConsentLedgerTest.A, PurposeId.MENTORING, type, at,
              ConsentActor.SELF, ConsentMethod.CHECKBOX, "f");
      events.add(e);
      l.append(e);
    }
    List<ConsentEvent> sorted = new ArrayList<>(events);
    sorted.sort(ConsentEvent.FOLD_ORDER);
    for (int s = -1; s <= 501; s += 7) {
      Instant at = T0.plusSeconds(s);
      ConsentState expected = ConsentState.UNKNOWN;
      for (ConsentEvent e : sorted) {
        if (!e.at().isAfter(at)) {
          expected = expected.after(e.type());
        }
      }
      assertThat(l.stateAt(T, ConsentLedgerTest.A, PurposeId.MENTORING, at)).as("at %s", s)
          .isEqualTo(expected);
    }
    assertThat(l.history(T, ConsentLedgerTest.A, PurposeId.MENTORING)).isEqualTo(sorted);
  }

  @Test
  @DisplayName("a record edited in the store breaks that tenant at its position; reads deny, no crash at start")
  void tamperedRecordBreaksTheTenant() {
    TamperableStore store = new TamperableStore(T);
    ConsentLedger writer = new ConsentLedger(store);
    writer.append(ConsentLedgerTest.given("g", T0));
    writer.append(ConsentLedgerTest.ev("w", ConsentEventType.WITHDRAWN, T0.plusSeconds(1)));
    store.flip(1, 3, 0x01);
    ConsentLedger fresh = new ConsentLedger(store); // constructing never reads
    assertThatThrownBy(() -> fresh.stateAt(T, ConsentLedgerTest.A, PurposeId.MENTORING, T0.plusSeconds(5)))
        .isInstanceOf(LedgerIntegrityException.class)
        .satisfies(e -> assertThat(((LedgerIntegrityException) e).position()).isEqualTo(1));
    assertThat(fresh.brokenAt(T)).hasValueSatisfying(b -> assertThat(b.position()).isEqualTo(1));
    // another tenant of the same store answers
    assertThat(fresh.stateAt(TenantId.of("globex"), ConsentLedgerTest.A, PurposeId.MENTORING, T0))
        .isEqualTo(ConsentState.UNKNOWN);
    // the writer read record 1 before the edit; verify() finds the edit and breaks it there too
    assertThat(writer.verify(T).intact()).isFalse();
    assertThat(writer.brokenAt(T)).isPresent();
    store.flip(1, 3, 0x01); // restored
    writer.reload(T);
    assertThat(writer.stateAt(T, ConsentLedgerTest.A, PurposeId.MENTORING, T0.plusSeconds(5)))
        .isEqualTo(ConsentState.WITHDRAWN);
  }
}
