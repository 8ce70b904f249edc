package org.alumnisdk.matching.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.junit.jupiter.api.Test;

/** Property tests of referral ranking against the brute-force oracle on seeded random worlds. */
class ReferralRankingProperties {
  private static final long SEED = 20261125L;
  private static final Clock CLOCK = Clock.fixed(ReferralFixtures.NOW, ZoneOffset.UTC);

  private static ReferralRanker ranker(ReferralIndex ix, ReferralFixtures.World w) {
    return Referrals.ranker(ix, w.gate, w.config, CLOCK);
  }

  private static BruteForceReferrals oracle(ReferralFixtures.World w) {
    return new BruteForceReferrals(w.population, w.activity, w.proximity, w.gate, w.config);
  }

  private static List<BruteForceReferrals.Scored> asScored(RankedReferrals r) {
    return r.results().stream()
        .map(x -> new BruteForceReferrals.Scored(x.alumnus(), x.score(), x.fit(), x.response()))
        .toList();
  }

  @Test
  void indexTopKEqualsBruteForce() {
    qt().withFixedSeed(SEED).withExamples(400)
        .forAll(longs().all(), integers().between(0, 60))
        .checkAssert((seed, size) -> {
          ReferralFixtures.World w = ReferralFixtures.world(seed, size);
          RankedReferrals got = ranker(w.index(), w).topK(w.query);
          List<BruteForceReferrals.Scored> want = oracle(w).topK(w.query, ReferralFixtures.NOW);
          assertThat(asScored(got)).isEqualTo(want);
        });
  }

  @Test
  void contributionsExplainTheScore() {
    qt().withFixedSeed(SEED + 1).withExamples(200)
        .forAll(longs().all(), integers().between(1, 40))
        .checkAssert((seed, size) -> {
          ReferralFixtures.World w = ReferralFixtures.world(seed, size);
          RankedReferrals got = ranker(w.index(), w).topK(w.query);
          for (ReferralResult r : got.results()) {
            double fit = r.contributions().stream().filter(c -> c.feature().side() == Feature.Side.FIT)
                .mapToDouble(FeatureContribution::contribution).sum();
            double resp = r.contributions().stream().filter(c -> c.feature().side() == Feature.Side.RESPONSE)
                .mapToDouble(FeatureContribution::contribution).sum();
            assertThat(fit).isCloseTo(r.fit(), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(resp).isCloseTo(r.response(), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(r.score()).isCloseTo(ReferralRanker.fuse(Math.min(1, r.fit()), Math.min(1, r.response()), w.config),
                org.assertj.core.data.Offset.offset(1e-12));
            assertThat(r.contributions()).allSatisfy(c -> {
              assertThat(c.value()).isBetween(0.0, 1.0);
              assertThat(c.weight()).isPositive();
            });
          }
        });
  }

  @Test
  void filteredAlumniAreNeverReturnedAndCountsAddUp() {
    qt().withFixedSeed(SEED + 2).withExamples(300)
        .forAll(longs().all(), integers().between(0, 60))
        .checkAssert((seed, size) -> {
          ReferralFixtures.World w = ReferralFixtures.world(seed, size);
          RankedReferrals got = ranker(w.index(), w).topK(w.query.withK(100));
          BruteForceReferrals o = oracle(w);
          Map<AlumnusId, Alumnus> byId = w.population.stream().collect(Collectors.toMap(Alumnus::id, a -> a));
          for (ReferralResult r : got.results()) {
            assertThat(o.eligible(byId.get(r.alumnus()), w.query, ReferralFixtures.NOW))
                .as("returned %s must pass every filter", r.alumnus()).isTrue();
          }
          long eligible = w.population.stream().filter(a -> o.eligible(a, w.query, ReferralFixtures.NOW)).count();
          assertThat(got.scored()).isEqualTo((int) eligible);
          int filtered = got.filtered().values().stream().mapToInt(Integer::intValue).sum();
          assertThat(filtered + got.scored()).isEqualTo(w.population.size());
        });
  }

  @Test
  void consentRevocationRemovesThePerson() {
    qt().withFixedSeed(SEED + 3).withExamples(200)
        .forAll(longs().all(), integers().between(1, 50))
        .checkAssert((seed, size) -> {
          ReferralFixtures.World w = ReferralFixtures.world(seed, size);
          ReferralIndex ix = w.index();
          ReferralRanker ranker = ranker(ix, w);
          RankedReferrals before = ranker.topK(w.query);
          List<AlumnusId> revoked = new ArrayList<>();
          for (int i = 0; i < before.results().size(); i += 2) {
            AlumnusId id = before.results().get(i).alumnus();
            w.gate.deny(id, w.query.mode().purpose());
            revoked.add(id);
          }
          RankedReferrals after = ranker.topK(w.query);
          for (AlumnusId id : revoked) {
            assertThat(after.ids()).doesNotContain(id);
          }
          assertThat(asScored(after)).isEqualTo(oracle(w).topK(w.query, ReferralFixtures.NOW));
          for (AlumnusId id : revoked) {
            assertThat(ranker.whyNot(w.query, id)).isInstanceOfSatisfying(WhyNot.Filtered.class,
                f -> assertThat(f.failures()).extracting(FilterFailure::filter).contains(HardFilter.PURPOSE_GATE));
          }
        });
  }

  @Test
  void incrementalUpdatesEqualRebuild() {
    qt().withFixedSeed(SEED + 4).withExamples(200)
        .forAll(longs().all(), integers().between(0, 40))
        .checkAssert((seed, size) -> {
          ReferralFixtures.World w = ReferralFixtures.world(seed, size);
          Random r = new Random(seed ^ 0x5DEECE66DL);
          ReferralIndex incremental = ReferralIndex.create(ReferralFixtures.T);
          Map<AlumnusId, Alumnus> current = new HashMap<>();
          List<Alumnus> pool = new ArrayList<>(w.population);
          int ops = 3 * size + 5;
          for (int i = 0; i < ops && !pool.isEmpty(); i++) {
            Alumnus a = pool.get(r.nextInt(pool.size()));
            switch (r.nextInt(4)) {
              case 0, 1 -> {
                incremental.put(a);
                current.put(a.id(), a);
              }
              case 2 -> {
                Alumnus changed = ReferralFixtures.randomAlumnus(r, a.id().value());
                incremental.put(changed);
                current.put(a.id(), changed);
              }
              default -> {
                assertThat(incremental.remove(a.id())).isEqualTo(current.remove(a.id()) != null);
              }
            }
            if (r.nextInt(10) == 0) {
              incremental.compact();
            }
          }
          List<Alumnus> finalPop = current.values().stream()
              .sorted(java.util.Comparator.comparing(Alumnus::id)).collect(Collectors.toList());
          Collections.shuffle(finalPop, r);
          incremental.recordActivities(w.activity);
          w.proximity.forEach(incremental::setNetworkProximity);
          ReferralIndex rebuilt = ReferralIndex.create(ReferralFixtures.T);
          rebuilt.putAll(finalPop);
          rebuilt.recordActivities(w.activity);
          w.proximity.forEach(rebuilt::setNetworkProximity);
          assertThat(incremental.size()).isEqualTo(finalPop.size());
          ReferralQuery q = w.query.withK(60);
          assertThat(asScored(ranker(incremental, w).topK(q))).isEqualTo(asScored(ranker(rebuilt, w).topK(q)));
          ReferralFixtures.World view = new ReferralFixtures.World();
          view.population.addAll(finalPop);
          assertThat(asScored(ranker(incremental, w).topK(q))).isEqualTo(
              new BruteForceReferrals(finalPop, filter(w.activity, current.keySet()),
                  filter(w.proximity, current.keySet()), w.gate, w.config).topK(q, ReferralFixtures.NOW));
          for (Alumnus a : w.population) {
            assertThat(incremental.contains(a.id())).isEqualTo(current.containsKey(a.id()));
          }
        });
  }

  private static <V> Map<AlumnusId, V> filter(Map<AlumnusId, V> m, Set<AlumnusId> keep) {
    Map<AlumnusId, V> out = new HashMap<>();
    m.forEach((k, v) -> {
      if (keep.contains(k)) {
        out.put(k, v);
      }
    });
    return out;
  }

  @Test
  void batchEqualsOneByOne() {
    qt().withFixedSeed(SEED + 5).withExamples(100)
        .forAll(longs().all(), integers().between(0, 50))
        .checkAssert((seed, size) -> {
          ReferralFixtures.World w = ReferralFixtures.world(seed, size);
          Random r = new Random(seed);
          List<String> ids = w.population.stream().map(a -> a.id().value()).toList();
          List<ReferralQuery> qs = new ArrayList<>();
          for (int i = 0; i < 5; i++) {
            qs.add(ReferralFixtures.randomQuery(r, ids));
          }
          ReferralRanker ranker = ranker(w.index(), w);
          List<RankedReferrals> batch = ranker.topK(qs);
          assertThat(batch).hasSize(qs.size());
          for (int i = 0; i < qs.size(); i++) {
            assertThat(batch.get(i)).isEqualTo(ranker.topK(qs.get(i)));
          }
        });
  }

  @Test
  void whyNotAgreesWithTheFullOrder() {
    qt().withFixedSeed(SEED + 6).withExamples(150)
        .forAll(longs().all(), integers().between(1, 40))
        .checkAssert((seed, size) -> {
          ReferralFixtures.World w = ReferralFixtures.world(seed, size);
          ReferralRanker ranker = ranker(w.index(), w);
          BruteForceReferrals o = oracle(w);
          List<BruteForceReferrals.Scored> all = o.all(w.query, ReferralFixtures.NOW);
          for (Alumnus a : w.population) {
            WhyNot why = ranker.whyNot(w.query, a.id());
            int pos = -1;
            for (int i = 0; i < all.size(); i++) {
              if (all.get(i).id().equals(a.id())) {
                pos = i;
              }
            }
            if (pos < 0) {
              assertThat(why).isInstanceOf(WhyNot.Filtered.class);
              assertThat(((WhyNot.Filtered) why).failures()).isNotEmpty();
            } else if (pos < w.query.k()) {
              assertThat(why).isInstanceOfSatisfying(WhyNot.Included.class,
                  in -> assertThat(in.result().score()).isEqualTo(all.get(0 + (in.result().rank() - 1)).score()));
            } else {
              int rank = pos + 1;
              assertThat(why).isInstanceOfSatisfying(WhyNot.RankedBelow.class, rb -> {
                assertThat(rb.rank()).isEqualTo(rank);
                assertThat(rb.own().score()).isEqualTo(all.get(rank - 1).score());
                assertThat(rb.kth().alumnus()).isEqualTo(all.get(w.query.k() - 1).id());
                double gapSum = rb.gaps().stream().mapToDouble(WhyNot.FeatureGap::difference).sum();
                double expected = (rb.own().fit() + rb.own().response()) - (rb.kth().fit() + rb.kth().response());
                assertThat(gapSum).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
              });
            }
          }
          assertThat(ranker.whyNot(w.query, AlumnusId.of("never-added"))).isInstanceOf(WhyNot.NotIndexed.class);
        });
  }

  @Test
  void snapshotModeWithStaleConsentEqualsBruteForceOverBothGates() {
    qt().withFixedSeed(SEED + 7).withExamples(250)
        .forAll(longs().all(), integers().between(0, 60))
        .checkAssert((seed, size) -> {
          ReferralFixtures.World w = ReferralFixtures.world(seed, size);
          ReferralConfig snap = w.config.toBuilder().gateMode(GateMode.SNAPSHOT_VERIFIED).build();
          ReferralIndex ix = w.index();
          ix.refreshConsent(w.gate, ReferralFixtures.NOW);
          Set<String> snapshot = new java.util.HashSet<>();
          for (Alumnus a : w.population) {
            for (ReferralMode m : ReferralMode.values()) {
              if (w.gate.check(a.tenant(), a.id(), m.purpose(), ReferralFixtures.NOW).allowed()) {
                snapshot.add(a.id().value() + "/" + m.purpose());
              }
            }
          }
          // after the snapshot: many revocations (stale snapshot) and a few new grants (not pushed)
          Random r = new Random(seed);
          for (Alumnus a : w.population) {
            if (r.nextInt(3) == 0) {
              w.gate.deny(a.id(), w.query.mode().purpose());
            } else if (r.nextInt(10) == 0) {
              w.gate.denied.remove(a.id().value() + "\u0000" + w.query.mode().purpose().value());
            }
          }
          org.alumnisdk.core.spi.PurposeGate both = (t, id, purpose, at) ->
              snapshot.contains(id.value() + "/" + purpose) ? w.gate.check(t, id, purpose, at)
                  : org.alumnisdk.core.spi.GateDecision.deny("not in snapshot");
          ReferralQuery q = w.query.withK(1 + r.nextInt(25));
          RankedReferrals got = Referrals.ranker(ix, w.gate, snap, CLOCK).topK(q);
          List<BruteForceReferrals.Scored> want =
              new BruteForceReferrals(w.population, w.activity, w.proximity, both, snap).topK(q, ReferralFixtures.NOW);
          assertThat(asScored(got)).isEqualTo(want);
          BruteForceReferrals o = new BruteForceReferrals(w.population, w.activity, w.proximity, both, snap);
          long eligible = w.population.stream().filter(a -> o.eligible(a, q, ReferralFixtures.NOW)).count();
          if (got.results().size() < q.k()) {
            assertThat(got.scored()).isEqualTo((int) eligible);
          }
          int filtered = got.filtered().values().stream().mapToInt(Integer::intValue).sum();
          assertThat(filtered + got.scored()).isEqualTo(w.population.size());
        });
  }
}
