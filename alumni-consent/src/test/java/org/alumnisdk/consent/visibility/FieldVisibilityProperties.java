package org.alumnisdk.consent.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.alumnisdk.consent.rights.TestProfiles;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.FieldGroup;
import org.alumnisdk.core.alumnus.Visibility;
import org.alumnisdk.core.alumnus.VisibilitySettings;
import org.alumnisdk.core.spi.PurposeGate;
import org.junit.jupiter.api.Test;

/** Tightening a setting or revoking consent never reveals more; the view equals the decision. */
class FieldVisibilityProperties {
  private static final long SEED = 20261125L;
  private static final TenantId T = TenantId.of("acme");

  private static Alumnus with(VisibilitySettings s) {
    Alumnus a = TestProfiles.alumnus(T, "a-1");
    return new Alumnus(a.id(), a.tenant(), a.externalId(), a.name(), a.contacts(), a.employment(), a.departure(),
        a.current(), a.skills(), a.languages(), a.willingness(), s, a.membership(), a.version());
  }

  private static Viewer randomViewer(Random r) {
    ViewerRole role = ViewerRole.values()[r.nextInt(ViewerRole.values().length)];
    Set<FieldGroup> scope = EnumSet.noneOf(FieldGroup.class);
    for (FieldGroup g : FieldGroup.values()) {
      if (r.nextBoolean()) {
        scope.add(g);
      }
    }
    AlumnusId self = AlumnusId.of(r.nextBoolean() ? "a-1" : "a-2");
    return new Viewer(T, role, self, PurposeId.MENTORING, scope, r.nextBoolean());
  }

  private static VisibilitySettings randomSettings(Random r) {
    VisibilitySettings s = VisibilitySettings.privateByDefault();
    for (FieldGroup g : FieldGroup.values()) {
      s = s.with(g, Visibility.values()[r.nextInt(3)]);
    }
    return s;
  }

  @Test
  void tighteningASettingOrRevokingConsentNeverRevealsMore() {
    FieldVisibility open = FieldVisibility.of(PurposeGate.allowAllForTesting(), VisibilityRules.defaults());
    FieldVisibility closed = FieldVisibility.of(PurposeGate.denyAll(), VisibilityRules.defaults());
    qt().withFixedSeed(SEED).withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Viewer v = randomViewer(r);
      VisibilitySettings s = randomSettings(r);
      FieldGroup g = FieldGroup.values()[r.nextInt(FieldGroup.values().length)];
      Visibility tighter = Visibility.values()[r.nextInt(s.of(g).ordinal() + 1)];
      Set<FieldGroup> before = open.decide(v, with(s), TestProfiles.T0).visible();
      Set<FieldGroup> after = open.decide(v, with(s.with(g, tighter)), TestProfiles.T0).visible();
      assertThat(before).containsAll(after);
      Set<FieldGroup> revoked = closed.decide(v, with(s), TestProfiles.T0).visible();
      assertThat(before).containsAll(revoked);
      if (v.role() != ViewerRole.SELF) {
        assertThat(revoked).isEmpty();
      }
      RedactedProfile view = open.view(v, with(s), TestProfiles.T0);
      assertThat(view.visible()).isEqualTo(before);
      assertThat(view.name().isPresent()).isEqualTo(before.contains(FieldGroup.NAME));
      assertThat(view.contacts().isEmpty()).isEqualTo(!before.contains(FieldGroup.CONTACT));
    });
  }
}
