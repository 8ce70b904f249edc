package org.alumnisdk.metrics.score;

import static org.alumnisdk.metrics.support.Fixtures.NOW;
import static org.alumnisdk.metrics.support.Fixtures.TENANT;
import static org.alumnisdk.metrics.support.Fixtures.clockAt;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.metrics.support.Gens;
import org.alumnisdk.metrics.taxonomy.ActivityRule;
import org.alumnisdk.metrics.taxonomy.ActivityTaxonomy;
import org.junit.jupiter.api.Test;

class EngagementScoreProperties {
  private static final long SEED = 20261125L;
  private static final ActivityTaxonomy TAXONOMY = ActivityTaxonomy.defaults();

  private static Map<AlumnusId, Double> stream(List<Activity> activities) {
    EngagementScorer s = new EngagementScorer(
        TENANT, ScoringPolicy.defaults(), TAXONOMY, clockAt(NOW), PurposeGate.allowAllForTesting());
    s.acceptAll(activities);
    Map<AlumnusId, Double> out = new HashMap<>();
    s.report().scores().forEach(x -> out.put(x.alumnus(), x.score()));
    return out;
  }

  /** Oracle: the closed form Σ w·2^(-age/H), summed directly. */
  private static Map<AlumnusId, Double> oracle(List<Activity> activities) {
    double h = Duration.ofDays(180).toMillis();
    Map<AlumnusId, Double> out = new HashMap<>();
    for (Activity a : activities) {
      ActivityRule r = TAXONOMY.ruleOrNull(a.type());
      if (r == null || !r.counts()) {
        continue;
      }
      double age = NOW.toEpochMilli() - a.at().toEpochMilli();
      out.merge(a.alumnus(), r.weight() * Math.pow(2, -age / h), Double::sum);
    }
    return out;
  }

  private static boolean close(Map<AlumnusId, Double> a, Map<AlumnusId, Double> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<AlumnusId, Double> e : a.entrySet()) {
      double x = e.getValue();
      double y = b.get(e.getKey());
      if (Math.abs(x - y) > 1e-9 * Math.max(1.0, Math.abs(y))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void streamingAgreesWithTheBatchClosedForm() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(Gens.histories(5, 2000, 60))
        .check(h -> close(stream(h), oracle(h)));
  }

  @Test
  void arrivalOrderDoesNotMatter() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(Gens.histories(4, 1500, 60), longs().all())
        .check((h, shuffleSeed) -> {
          List<Activity> shuffled = new ArrayList<>(h);
          Collections.shuffle(shuffled, new Random(shuffleSeed));
          return close(stream(h), stream(shuffled));
        });
  }

  @Test
  void duplicatesDoNotChangeScores() {
    qt().withFixedSeed(SEED).withExamples(200)
        .forAll(Gens.histories(3, 800, 40))
        .check(h -> {
          List<Activity> doubled = new ArrayList<>(h);
          doubled.addAll(h);
          Collections.reverse(doubled);
          return close(stream(h), stream(doubled));
        });
  }

  @Test
  void anActivityOneHalfLifeOldScoresExactlyHalfItsWeight() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(longs().between(1, 10L * 365 * 86_400_000L), doubles().between(0, 1000),
            integers().between(0, 20))
        .check((halfLifeMillis, weight, halfLives) -> {
          Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
          DecayedSum s = DecayedSum.withHalfLife(Duration.ofMillis(halfLifeMillis)).add(t0, weight);
          double v1 = s.valueAt(t0.plusMillis(halfLifeMillis));
          double vk = s.valueAt(t0.plusMillis(halfLifeMillis * halfLives));
          return v1 == weight / 2 && vk == Math.scalb(weight, -halfLives);
        });
  }

  @Test
  void scoresNeverIncreaseWithoutNewActivity() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(Gens.histories(1, 1000, 30), longs().between(0, 400L * 86_400_000L),
            longs().between(0, 400L * 86_400_000L))
        .check((h, d1, d2) -> {
          DecayedSum s = DecayedSum.withHalfLife(Duration.ofDays(180));
          h.forEach(a -> s.add(a.at(), TAXONOMY.ruleOrNull(a.type()).weight()));
          long early = Math.min(d1, d2);
          long late = Math.max(d1, d2);
          return s.valueAt(NOW.plusMillis(late)) <= s.valueAt(NOW.plusMillis(early));
        });
  }
}
