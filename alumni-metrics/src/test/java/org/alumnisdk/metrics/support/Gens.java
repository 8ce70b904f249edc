package org.alumnisdk.metrics.support;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.alumnisdk.core.activity.Activity;
import org.quicktheories.core.Gen;

/** QuickTheories generators for activity histories. */
public final class Gens {
  private Gens() {}

  public static Gen<Fixtures.Spec> specs(int alumni, int maxDaysAgo) {
    return integers().between(0, alumni - 1)
        .zip(integers().between(0, Fixtures.TYPES.size() - 1),
            integers().between(0, maxDaysAgo),
            (a, t, d) -> new int[] {a, t, d})
        .zip(integers().between(0, 86_399_999), (x, ms) -> new Fixtures.Spec(x[0], x[1], x[2], ms));
  }

  /** Activity lists with unique ids x0, x1, ... */
  public static Gen<List<Activity>> histories(int alumni, int maxDaysAgo, int maxSize) {
    return lists().of(specs(alumni, maxDaysAgo)).ofSizeBetween(0, maxSize).map(specs -> {
      List<Activity> out = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        out.add(specs.get(i).toActivity(i));
      }
      return out;
    });
  }
}
