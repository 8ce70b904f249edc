package org.alumnisdk.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.alumnisdk.consent.gate.MissingFact;
import org.alumnisdk.consent.gate.PurposeCheck;
import org.alumnisdk.consent.ledger.ConsentActor;
import org.alumnisdk.consent.ledger.ConsentEvent;
import org.alumnisdk.consent.ledger.ConsentEventType;
import org.alumnisdk.consent.ledger.ConsentMethod;
import org.alumnisdk.consent.ledger.InMemoryConsentLedgerStore;
import org.alumnisdk.consent.ledger.NoticeRef;
import org.alumnisdk.consent.notice.InMemoryNoticeShownStore;
import org.alumnisdk.consent.notice.InMemoryNoticeStore;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeChannel;
import org.alumnisdk.consent.notice.NoticeShown;
import org.alumnisdk.consent.notice.NoticeType;
import org.alumnisdk.consent.purpose.InMemoryPurposeStore;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.consent.records.InMemoryStatutoryRecordStore;
import org.alumnisdk.consent.rights.Art35Ground;
import org.alumnisdk.consent.rights.RequestKind;
import org.alumnisdk.consent.rights.RequestState;
import org.alumnisdk.consent.rights.Requester;
import org.alumnisdk.consent.rights.RightsDesk;
import org.alumnisdk.consent.rights.RightsPolicy;
import org.alumnisdk.consent.spi.RightsStore;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.inmemory.InMemoryActivityLog;
import org.alumnisdk.core.inmemory.InMemoryAlumnusRepository;
import org.alumnisdk.core.spi.GateDecision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two {@link Consent} instances over one set of stores, as two host instances over one database. */
class MultiInstanceConsentTest {
  static final TenantId T = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
  static final List<PurposeId> PURPOSES = List.of(PurposeId.REHIRE_OUTREACH, PurposeId.REFERRAL_OUTREACH);
  static final List<AlumnusId> PEOPLE = List.of(AlumnusId.of("a-1"), AlumnusId.of("a-2"), AlumnusId.of("a-3"));

  /** One database: every store shared by both instances. */
  static final class Db {
    final InMemoryConsentLedgerStore ledger = new InMemoryConsentLedgerStore();
    final InMemoryPurposeStore purposes = new InMemoryPurposeStore();
    final InMemoryNoticeStore notices = new InMemoryNoticeStore();
    final InMemoryNoticeShownStore shown = new InMemoryNoticeShownStore();
    final RightsStore rights = RightsStore.inMemory();
    final InMemoryStatutoryRecordStore records = new InMemoryStatutoryRecordStore();

    Consent instance(Clock clock) {
      return Consent.builder().clock(clock).ledgerStore(ledger).purposeStore(purposes).noticeStore(notices)
          .noticeShownStore(shown).rightsStore(rights).recordStore(records).build();
    }
  }

  static void setUp(Consent one, Consent two) {
    one.registerStandardPurposes(T, T0.minusSeconds(86_400));
    two.notices().publish(Notice.of(T, StandardPurposes.PURPOSE_NOTICE, 1, NoticeType.COLLECTION_PURPOSE_NOTICE,
        "ja", "退職後のご連絡に利用します。", PURPOSES, T0.minusSeconds(86_400)));
    for (AlumnusId a : PEOPLE) {
      one.notices().recordShown(new NoticeShown(T, a, StandardPurposes.PURPOSE_NOTICE, 1, "ja",
          T0.minusSeconds(3_600), NoticeChannel.WEB_FORM));
    }
  }

  @Test
  @DisplayName("Art. 35: a cessation of use decided on one instance's rights desk is honoured by the other's gate, with code and article")
  void stopCrossesInstances() {
    Db db = new Db();
    Clock clock = Clock.fixed(T0.plusSeconds(600), ZoneOffset.UTC);
    Consent one = db.instance(clock);
    Consent two = db.instance(clock);
    setUp(one, two);
    AlumnusId a = PEOPLE.get(0);
    two.ledger().append(ConsentEvent.given(T, "g-1", a, PurposeId.REHIRE_OUTREACH, T0, ConsentMethod.CHECKBOX,
        "exit-form", NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja")));
    Instant before = T0.plusSeconds(300);
    assertThat(two.gate().check(T, a, PurposeId.REHIRE_OUTREACH, before).allowed()).isTrue();

    RightsDesk desk = one.rightsDesk(new InMemoryAlumnusRepository(), new InMemoryActivityLog(), RightsPolicy.defaults());
    desk.receive(T, "r-1", a, RequestKind.CESSATION_OF_USE, Requester.self(), Art35Ground.IMPROPER_USE, null,
        PurposeId.REHIRE_OUTREACH.value());
    desk.verifyIdentity(T, "r-1", "staff-1", true, false);
    assertThat(desk.decideArt35(T, "r-1", "staff-1", true, null).request().state()).isEqualTo(RequestState.COMPLETED);

    GateDecision after = two.gate().check(T, a, PurposeId.REHIRE_OUTREACH, clock.instant());
    assertThat(after.allowed()).isFalse();
    assertThat(after.code()).isEqualTo("use.stopped");
    assertThat(after.article()).isEqualTo("APPI@2022-04-01:Art.35(2)");
    assertThat(two.gate().evaluate(T, a, PurposeId.REHIRE_OUTREACH, clock.instant()))
        .isEqualTo(new PurposeCheck.Denied(MissingFact.USE_STOPPED, after.reason()));
    // the stop applies from its instant on: an earlier check still sees the consent that was held
    assertThat(two.gate().check(T, a, PurposeId.REHIRE_OUTREACH, before).allowed()).isTrue();
    // the scope is one purpose: another purpose is not stopped (it is denied for want of consent)
    assertThat(two.gate().check(T, a, PurposeId.REFERRAL_OUTREACH, clock.instant()).code()).isEqualTo("consent.not-held");
  }

  private record Withdrawal(AlumnusId who, PurposeId purpose, Instant at) {}

  private record Stop(AlumnusId who, String scope, Instant since) {}

  @Test
  @DisplayName("property: once a withdrawal or an Art. 35 stop is committed on any instance, no instance permits that purpose for that person from its instant on")
  void withdrawalOrStopOnAnyInstanceDeniesEverywhere() {
    ConsentEventType[] types = {ConsentEventType.GIVEN, ConsentEventType.GIVEN, ConsentEventType.RENEWED,
        ConsentEventType.WITHDRAWN, ConsentEventType.REFUSED, ConsentEventType.REQUESTED};
    int permittedChecks = 0;
    int lawChecks = 0;
    for (long seed = 1; seed <= 60; seed++) {
      Random rnd = new Random(seed);
      Db db = new Db();
      Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
      Consent[] instances = {db.instance(clock), db.instance(clock)};
      setUp(instances[0], instances[1]);
      List<ConsentEvent> events = new ArrayList<>();
      List<Withdrawal> withdrawals = new ArrayList<>();
      List<Stop> stops = new ArrayList<>();
      for (int step = 0; step < 40; step++) {
        Consent via = instances[rnd.nextInt(2)];
        AlumnusId who = PEOPLE.get(rnd.nextInt(PEOPLE.size()));
        PurposeId purpose = PURPOSES.get(rnd.nextInt(PURPOSES.size()));
        Instant at = T0.plusSeconds(rnd.nextInt(1_000)); // any time order
        if (rnd.nextInt(10) == 0) {
          String scope = rnd.nextInt(3) == 0 ? "" : purpose.value();
          db.rights.addStop(T, RightsStore.StopKind.USE, who, scope, at);
          stops.add(new Stop(who, scope, at));
        } else {
          ConsentEventType type = types[rnd.nextInt(types.length)];
          ConsentEvent e = type == ConsentEventType.GIVEN || type == ConsentEventType.RENEWED
              ? ConsentEvent.given(T, "e" + step, who, purpose, at, ConsentMethod.CHECKBOX, "form",
                  NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja"))
              : ConsentEvent.of(T, "e" + step, who, purpose, type, at, ConsentActor.SELF, ConsentMethod.CHECKBOX, "form");
          via.ledger().append(e);
          events.add(e);
          if (type == ConsentEventType.WITHDRAWN) {
            withdrawals.add(new Withdrawal(who, purpose, at));
          }
        }
        // after every commit, both instances obey the law for every withdrawal and stop so far
        for (int q = 0; q < 6; q++) {
          Instant t = T0.plusSeconds(rnd.nextInt(1_100));
          for (Consent c : instances) {
            for (AlumnusId p : PEOPLE) {
              for (PurposeId u : PURPOSES) {
                boolean allowed = c.gate().check(T, p, u, t).allowed();
                permittedChecks += allowed ? 1 : 0;
                if (mustDeny(p, u, t, withdrawals, stops, events)) {
                  lawChecks++;
                  assertThat(allowed).as("seed %d step %d: %s %s at %s", seed, step, p, u, t).isFalse();
                }
              }
            }
          }
        }
      }
    }
    // the law was exercised and the gate was not simply denying everyone
    assertThat(lawChecks).isGreaterThan(1_000);
    assertThat(permittedChecks).isGreaterThan(1_000);
  }

  /** Whether the law forbids a permit: a stop in force, or a withdrawal with no later re-consent. */
  private static boolean mustDeny(AlumnusId p, PurposeId u, Instant t, List<Withdrawal> withdrawals,
      List<Stop> stops, List<ConsentEvent> events) {
    for (Stop s : stops) {
      if (s.who().equals(p) && (s.scope().isEmpty() || s.scope().equals(u.value())) && !t.isBefore(s.since())) {
        return true;
      }
    }
    for (Withdrawal w : withdrawals) {
      if (w.who().equals(p) && w.purpose().equals(u) && !t.isBefore(w.at())) {
        boolean reconsented = events.stream().anyMatch(e -> e.alumnus().equals(p) && e.purpose().equals(u)
            && (e.type() == ConsentEventType.GIVEN || e.type() == ConsentEventType.RENEWED)
            && !e.at().isBefore(w.at()) && !e.at().isAfter(t));
        if (!reconsented) {
          return true;
        }
      }
    }
    return false;
  }
}
