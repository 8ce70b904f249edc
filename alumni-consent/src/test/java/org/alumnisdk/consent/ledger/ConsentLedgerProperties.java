package org.alumnisdk.consent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ConsentLedgerProperties {
  private static final long SEED = 20261125L;
  static final TenantId T = TenantId.of("acme");
  static final AlumnusId A = AlumnusId.of("a-1");
  static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");
  static final List<PurposeId> PURPOSES = List.of(PurposeId.MENTORING, PurposeId.REHIRE_OUTREACH);
  static final NoticeRef REF = NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja");

  /** A generated event shape: minute 0..20, type, purpose index, validity in minutes (0 = none). */
  record Shape(int minute, int type, int purpose, int validFor) {}

  static Gen<Shape> shapes() {
    return integers().between(0, 20).zip(integers().between(0, 6), integers().between(0, 1),
            integers().between(0, 8), Shape::new);
  }

  static List<ConsentEvent> events(List<Shape> shapes) {
    List<ConsentEvent> out = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      Shape s = shapes.get(i);
      ConsentEventType type = ConsentEventType.values()[s.type()];
      Instant at = T0.plusSeconds(60L * s.minute());
      PurposeId p = PURPOSES.get(s.purpose());
      String id = "e" + i;
      ConsentEvent e = type.grants()
          ? new ConsentEvent(T, id, A, p, type, at, ConsentActor.SELF, ConsentMethod.CHECKBOX, "f",
              Optional.of(REF), s.validFor() == 0 ? Optional.empty()
                  : Optional.of(at.plusSeconds(60L * s.validFor())))
          : ConsentEvent.of(T, id, A, p, type, at, ConsentActor.SELF, ConsentMethod.CHECKBOX, "f");
      out.add(e);
    }
    return out;
  }

  /** The law, brute force: fold the events at or before q in time order, restrictive ties last. */
  static ConsentState oracle(List<ConsentEvent> all, PurposeId p, Instant q) {
    List<ConsentEvent> es = new ArrayList<>();
    for (ConsentEvent e : all) {
      if (e.purpose().equals(p) && !e.at().isAfter(q)) {
        es.add(e);
      }
    }
    es.sort(Comparator.comparing(ConsentEvent::at).thenComparing(e -> e.type().rank())
        .thenComparing(ConsentEvent::eventId));
    ConsentState s = ConsentState.UNKNOWN;
    Instant until = null;
    for (ConsentEvent e : es) {
      switch (e.type()) {
        case REQUESTED -> {
          if (s != ConsentState.GIVEN && s != ConsentState.RENEWED) {
            s = ConsentState.REQUESTED;
            until = null;
          }
        }
        case GIVEN -> {
          s = ConsentState.GIVEN;
          until = e.validUntil().orElse(null);
        }
        case RENEWED -> {
          s = ConsentState.RENEWED;
          until = e.validUntil().orElse(null);
        }
        case REFUSED -> s = ConsentState.REFUSED;
        case EXPIRED -> s = ConsentState.EXPIRED;
        case WITHDRAWN -> s = ConsentState.WITHDRAWN;
        case INVALIDATED -> s = ConsentState.INVALIDATED;
        default -> throw new AssertionError();
      }
    }
    if ((s == ConsentState.GIVEN || s == ConsentState.RENEWED) && until != null && !q.isBefore(until)) {
      return ConsentState.EXPIRED;
    }
    return s;
  }

  @Test
  @DisplayName("Ledger state equals the fold of its events, whatever the storage order")
  void stateIsFoldWhateverOrder() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(shapes()).ofSizeBetween(0, 25), longs().all())
        .checkAssert((shapes, shuffleSeed) -> {
          List<ConsentEvent> es = events(shapes);
          List<ConsentEvent> shuffled = new ArrayList<>(es);
          Collections.shuffle(shuffled, new Random(shuffleSeed));
          ConsentLedger inOrder = ConsentLedger.inMemory();
          ConsentLedger anyOrder = ConsentLedger.inMemory();
          es.forEach(inOrder::append);
          shuffled.forEach(anyOrder::append);
          for (PurposeId p : PURPOSES) {
            for (int sec = -60; sec <= 60 * 30; sec += 30) {
              Instant q = T0.plusSeconds(sec);
              ConsentState expected = oracle(es, p, q);
              assertThat(anyOrder.stateAt(T, A, p, q)).as("%s at %s", p, q).isEqualTo(expected);
              assertThat(inOrder.stateAt(T, A, p, q)).isEqualTo(expected);
            }
          }
        });
  }

  @Test
  @DisplayName("Any single changed byte in any stored event is detected at that event's position")
  void anyChangedByteDetected() {
    qt().withFixedSeed(SEED).withExamples(400)
        .forAll(lists().of(shapes()).ofSizeBetween(1, 15), integers().between(0, 10_000),
            integers().between(0, 10_000), integers().between(1, 255))
        .checkAssert((shapes, pick, byteIdx, mask) -> {
          TamperableStore store = new TamperableStore(T);
          ConsentLedger l = new ConsentLedger(store);
          events(shapes).forEach(l::append);
          assertThat(l.verify(T).intact()).isTrue();
          int pos = pick % shapes.size();
          store.flip(pos, byteIdx % store.length(pos), mask);
          ChainVerification v = l.verify(T);
          assertThat(v).isInstanceOf(ChainVerification.Broken.class);
          assertThat(((ChainVerification.Broken) v).position()).isEqualTo(pos);
        });
  }

  @Test
  @DisplayName("Art. 18(1): after a withdrawal nothing is permitted on that consent from that instant")
  void nothingPermittedAfterWithdrawal() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(shapes()).ofSizeBetween(0, 20), integers().between(0, 20))
        .checkAssert((shapes, wMinute) -> {
          List<ConsentEvent> es = new ArrayList<>(events(shapes));
          Instant w = T0.plusSeconds(60L * wMinute);
          PurposeId p = PURPOSES.get(0);
          ConsentLedger l = ConsentLedger.inMemory();
          es.forEach(l::append);
          l.append(ConsentEvent.of(T, "withdrawal", A, p, ConsentEventType.WITHDRAWN, w,
              ConsentActor.SELF, ConsentMethod.CHECKBOX, "f"));
          // the first later grant is a new consent; until then nothing is permitted
          Instant nextGrant = es.stream()
              .filter(e -> e.purpose().equals(p) && e.type().grants() && e.at().isAfter(w))
              .map(ConsentEvent::at).min(Comparator.naturalOrder()).orElse(T0.plusSeconds(3600));
          for (Instant q = w; q.isBefore(nextGrant); q = q.plusSeconds(15)) {
            assertThat(l.stateAt(T, A, p, q).permitsProcessing()).as("at %s", q).isFalse();
          }
        });
  }

  @Test
  @DisplayName("The canonical encoding round-trips any generated event")
  void codecRoundTrips() {
    qt().withFixedSeed(SEED).forAll(lists().of(shapes()).ofSizeBetween(1, 10))
        .checkAssert(shapes -> events(shapes).forEach(
            e -> assertThat(EventCodec.decode(EventCodec.encode(e))).isEqualTo(e)));
  }
}
