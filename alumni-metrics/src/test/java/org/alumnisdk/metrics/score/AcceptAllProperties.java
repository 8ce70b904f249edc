package org.alumnisdk.metrics.score;

import static org.alumnisdk.metrics.support.Fixtures.DAY;
import static org.alumnisdk.metrics.support.Fixtures.NOW;
import static org.alumnisdk.metrics.support.Fixtures.TENANT;
import static org.alumnisdk.metrics.support.Fixtures.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.TenantMismatchException;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.activity.ActivityType;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.metrics.support.Fixtures;
import org.alumnisdk.metrics.taxonomy.ActivityTaxonomy;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link EngagementScorer#acceptAll} works in chunks with early lookups; these properties check it
 * against the plain loop over {@link EngagementScorer#accept}, outcome by outcome, on batches that
 * span several chunks and mix every outcome.
 */
class AcceptAllProperties {
  private static final long SEED = 20261201L;
  /** Alumni whose number is a multiple of 5 have no consent. */
  private static final PurposeGate EVERY_FIFTH_DENIED = (t, a, p, at) ->
      Integer.parseInt(a.value().substring(1)) % 5 == 0 ? GateDecision.deny("no consent") : GateDecision.allow("ok");

  private static EngagementScorer scorer() {
    return new EngagementScorer(TENANT, ScoringPolicy.defaults(), ActivityTaxonomy.defaults(), clockAt(NOW),
        EVERY_FIFTH_DENIED);
  }

  /**
   * A batch over 40 alumni: ids drawn from a pool small enough to repeat, every type including
   * unmapped and non-counting ones, times from two years back to a day in the future (beyond the
   * tolerance: rejected).
   */
  private static List<Activity> batch(SplittableRandom r, int size) {
    List<ActivityType> types = new ArrayList<>(Fixtures.TYPES);
    types.add(new ActivityType("not-in-the-taxonomy"));
    List<Activity> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(Activity.of(ActivityId.of("x" + r.nextInt(1_500)), TENANT, AlumnusId.of("a" + r.nextInt(40)),
          types.get(r.nextInt(types.size())), NOW.minusMillis((r.nextInt(732) - 1) * DAY + 1)));
    }
    return out;
  }

  /** Batches of up to 1,200 activities: chunks are 256, so most span several. */
  private static Gen<List<Activity>> batches() {
    return longs().all().zip(integers().between(0, 1_200), (seed, size) -> batch(new SplittableRandom(seed), size));
  }

  @Test
  void acceptAllAgreesWithAcceptOneByOne() {
    qt().withFixedSeed(SEED).withExamples(150).forAll(batches()).check(batch -> {
      EngagementScorer loop = scorer();
      List<Acceptance> outcomes = new ArrayList<>();
      batch.forEach(a -> outcomes.add(loop.accept(a)));
      EngagementScorer bulk = scorer();
      IngestSummary summary = bulk.acceptAll(batch);
      for (Acceptance a : Acceptance.values()) {
        if (summary.count(a) != outcomes.stream().filter(a::equals).count()) {
          return false;
        }
      }
      return summary.equals(loop.summary()) && bulk.summary().equals(loop.summary())
          && bulk.report().equals(loop.report());
    });
  }

  @Test
  void aForeignActivityStopsTheBatchWhereTheLoopWouldStop() {
    List<Activity> batch = batch(new SplittableRandom(SEED), 700);
    assertThat(batch.size()).isGreaterThan(400);
    List<Activity> withForeign = new ArrayList<>(batch.subList(0, 300));
    withForeign.add(Activity.of(ActivityId.of("foreign"), TenantId.of("other"), AlumnusId.of("a1"),
        ActivityType.MENTORING, NOW));
    withForeign.addAll(batch.subList(300, batch.size()));

    EngagementScorer loop = scorer();
    batch.subList(0, 300).forEach(loop::accept);
    EngagementScorer bulk = scorer();
    assertThatThrownBy(() -> bulk.acceptAll(withForeign)).isInstanceOf(TenantMismatchException.class);
    assertThat(bulk.summary()).isEqualTo(loop.summary());
    assertThat(bulk.report()).isEqualTo(loop.report());
  }
}
