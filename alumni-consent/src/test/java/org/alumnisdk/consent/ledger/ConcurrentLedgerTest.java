package org.alumnisdk.consent.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;

/** Eight writers and eight readers on two ledgers over one store (two instances, one database). */
class ConcurrentLedgerTest {
  static final int WRITERS = 8;
  static final int READERS = 8;
  static final int PER_WRITER = 150;

  @RepeatedTest(5)
  @DisplayName("8 writers and 8 readers across two instances: no thread dies, no event is missing from the gate's view, the chain verifies")
  void writersAndReaders() throws Exception {
    InMemoryConsentLedgerStore store = new InMemoryConsentLedgerStore();
    ConsentLedger[] instances = {new ConsentLedger(store), new ConsentLedger(store)};
    Queue<Throwable> died = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong reads = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> writers = new ArrayList<>();
    try {
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        ConsentLedger mine = instances[w % 2];
        writers.add(pool.submit(() -> {
          try {
            start.await();
            Random rnd = new Random(writer);
            AlumnusId who = AlumnusId.of("writer-" + writer);
            for (int i = 0; i < PER_WRITER; i++) {
              // timestamps interleave across writers and go backwards within one: any time order
              Instant at = ConsentLedgerTest.T0.plusSeconds(rnd.nextInt(10_000));
              ConsentEvent e = i == PER_WRITER - 1
                  ? ConsentEvent.of(ConsentLedgerTest.T, writer + "-" + i, who, PurposeId.MENTORING,
                      ConsentEventType.WITHDRAWN, ConsentLedgerTest.T0.plusSeconds(20_000), ConsentActor.SELF,
                      ConsentMethod.CHECKBOX, "form")
                  : ConsentEvent.given(ConsentLedgerTest.T, writer + "-" + i, who, PurposeId.MENTORING, at,
                      ConsentMethod.CHECKBOX, "form", ConsentLedgerTest.REF);
              mine.append(e);
            }
          } catch (Throwable t) {
            died.add(t);
          }
          return null;
        }));
      }
      for (int r = 0; r < READERS; r++) {
        int reader = r;
        ConsentLedger mine = instances[r % 2];
        pool.submit(() -> {
          try {
            start.await();
            Random rnd = new Random(100 + reader);
            do { // at least one read each, even if the writers are done first
              AlumnusId who = AlumnusId.of("writer-" + rnd.nextInt(WRITERS));
              mine.stateAt(ConsentLedgerTest.T, who, PurposeId.MENTORING,
                  ConsentLedgerTest.T0.plusSeconds(rnd.nextInt(25_000)));
              if (rnd.nextInt(50) == 0) {
                assertThat(mine.verify(ConsentLedgerTest.T).intact()).isTrue();
              }
              reads.incrementAndGet();
            } while (writing.get());
          } catch (Throwable t) {
            died.add(t);
          }
          return null;
        });
      }
      start.countDown();
      for (Future<?> f : writers) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      writing.set(false);
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(died).isEmpty();
    assertThat(reads.get()).isPositive();
    assertThat(store.size(ConsentLedgerTest.T)).isEqualTo((long) WRITERS * PER_WRITER);
    for (ConsentLedger l : instances) {
      assertThat(l.verify(ConsentLedgerTest.T).intact()).isTrue();
      for (int w = 0; w < WRITERS; w++) {
        AlumnusId who = AlumnusId.of("writer-" + w);
        assertThat(l.history(ConsentLedgerTest.T, who, PurposeId.MENTORING)).hasSize(PER_WRITER);
        assertThat(l.stateAt(ConsentLedgerTest.T, who, PurposeId.MENTORING, ConsentLedgerTest.T0.plusSeconds(10_001)))
            .isEqualTo(ConsentState.GIVEN);
        assertThat(l.stateAt(ConsentLedgerTest.T, who, PurposeId.MENTORING, ConsentLedgerTest.T0.plusSeconds(20_000)))
            .isEqualTo(ConsentState.WITHDRAWN);
      }
    }
  }
}
