package org.alumnisdk.matching.referral;

import static org.alumnisdk.matching.referral.ReferralFixtures.NOW;
import static org.alumnisdk.matching.referral.ReferralFixtures.T;
import static org.alumnisdk.matching.referral.ReferralFixtures.opening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.TenantMismatchException;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.Proficiency;
import org.alumnisdk.core.opening.JobOpening;
import org.alumnisdk.core.opening.SkillRequirement;
import org.alumnisdk.core.spi.PurposeGate;
import org.junit.jupiter.api.Test;

/** Bad input gets a typed error naming the field; nothing is half-written. */
class ReferralInputTest {
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static JobOpening plain() {
    return opening("op", "Engineer", "engineering", List.of(SkillRequirement.required(SkillId.of("java"))),
        0, 5, Location.japan("Tokyo"), false, List.of());
  }

  private static void field(Throwable t, String field) {
    assertThat(t).isInstanceOf(InvalidValueException.class);
    assertThat(((InvalidValueException) t).field()).isEqualTo(field);
  }

  @Test
  void queryRejectsBadKDuplicateSkillsAndOnSiteWithoutPlace() {
    assertThatThrownBy(() -> ReferralQuery.boomerang(plain(), 0)).satisfies(t -> field(t, "k"));
    assertThatThrownBy(() -> ReferralQuery.boomerang(plain(), ReferralQuery.MAX_K + 1)).satisfies(t -> field(t, "k"));
    JobOpening dup = opening("op", "Engineer", "engineering",
        List.of(SkillRequirement.required(SkillId.of("java")), SkillRequirement.preferred(SkillId.of("sql")),
            SkillRequirement.preferred(SkillId.of("java"))),
        0, 5, Location.japan("Tokyo"), false, List.of());
    assertThatThrownBy(() -> ReferralQuery.referrer(dup, 5)).satisfies(t -> field(t, "opening.skills[2]"));
    JobOpening nowhere = opening("op", "Engineer", "engineering", List.of(), 0, 5, Location.unknown(), false, List.of());
    assertThatThrownBy(() -> ReferralQuery.boomerang(nowhere, 5)).satisfies(t -> field(t, "opening.location"));
    assertThat(ReferralQuery.referrer(nowhere, 5).k()).isEqualTo(5);
    assertThatThrownBy(() -> ReferralQuery.boomerang(null, 5)).satisfies(t -> field(t, "opening"));
    assertThatThrownBy(() -> ReferralQuery.boomerang(plain(), 5).withExcludedAlumni(null))
        .satisfies(t -> field(t, "excludedAlumni"));
  }

  @Test
  void otherTenantsNeverMix() {
    ReferralIndex ix = ReferralIndex.create(T);
    ReferralFixtures.A stranger = new ReferralFixtures.A("s");
    stranger.tenant = TenantId.of("tenant-2");
    assertThatThrownBy(() -> ix.put(stranger.build())).isInstanceOf(TenantMismatchException.class)
        .hasMessageContaining("alumnus.tenant");
    JobOpening foreign = new JobOpening(plain().id(), TenantId.of("tenant-2"), "Engineer", "engineering",
        List.of(), plain().seniority(), Location.japan("Tokyo"), false, List.of(), plain().employmentType(),
        plain().opens(), plain().closes(), 0, 0);
    ReferralRanker rk = Referrals.ranker(ix, PurposeGate.allowAllForTesting(), ReferralConfig.defaults(), CLOCK);
    assertThatThrownBy(() -> rk.topK(ReferralQuery.boomerang(foreign, 3)))
        .isInstanceOf(TenantMismatchException.class).hasMessageContaining("queries[0].opening.tenant");
    assertThatThrownBy(() -> rk.whyNot(ReferralQuery.boomerang(foreign, 3), AlumnusId.of("x")))
        .isInstanceOf(TenantMismatchException.class);
  }

  @Test
  void putAllIsAllOrNothing() {
    ReferralIndex ix = ReferralIndex.create(T);
    ix.put(new ReferralFixtures.A("keep").skill("java", Proficiency.EXPERT).build());
    ReferralFixtures.A stranger = new ReferralFixtures.A("bad");
    stranger.tenant = TenantId.of("tenant-2");
    assertThatThrownBy(() -> ix.putAll(List.of(new ReferralFixtures.A("new").build(), stranger.build())))
        .isInstanceOf(TenantMismatchException.class).hasMessageContaining("alumni[1].tenant");
    assertThat(ix.size()).isEqualTo(1);
    assertThat(ix.contains(AlumnusId.of("new"))).isFalse();
    ReferralFixtures.A tooMany = new ReferralFixtures.A("many");
    for (int i = 0; i < 300; i++) {
      tooMany.skill("s" + i, Proficiency.BEGINNER);
    }
    assertThatThrownBy(() -> ix.put(tooMany.build())).satisfies(t -> field(t, "alumnus.skills"));
    assertThat(ix.size()).isEqualTo(1);
  }

  @Test
  void indexArgumentsAreChecked() {
    ReferralIndex ix = ReferralIndex.create(T);
    ix.put(new ReferralFixtures.A("x").build());
    assertThatThrownBy(() -> ix.setNetworkProximity(AlumnusId.of("x"), 1.5)).satisfies(t -> field(t, "networkProximity"));
    assertThatThrownBy(() -> ix.setNetworkProximity(AlumnusId.of("x"), Double.NaN)).satisfies(t -> field(t, "networkProximity"));
    assertThatThrownBy(() -> ix.setPurposeCovered(AlumnusId.of("x"), PurposeId.MENTORING, true))
        .satisfies(t -> field(t, "purpose"));
    assertThatThrownBy(() -> ix.recordActivity(AlumnusId.of("x"), null)).satisfies(t -> field(t, "at"));
    assertThatThrownBy(() -> ix.put(null)).satisfies(t -> field(t, "alumnus"));
    assertThatThrownBy(() -> ReferralIndex.create(null)).satisfies(t -> field(t, "tenant"));
    assertThat(ix.setNetworkProximity(AlumnusId.of("unknown"), 0.5)).isFalse();
    assertThat(ix.recordActivity(AlumnusId.of("unknown"), NOW)).isFalse();
    assertThat(ix.remove(AlumnusId.of("unknown"))).isFalse();
  }

  @Test
  void configRejectsBadWeightsAndRules() {
    assertThatThrownBy(() -> ReferralConfig.builder().weight(ReferralMode.BOOMERANG, Feature.SKILLS, -1))
        .satisfies(t -> field(t, "weight.BOOMERANG.SKILLS"));
    assertThatThrownBy(() -> ReferralConfig.builder().weight(ReferralMode.REFERRER, Feature.TITLE, Double.NaN))
        .satisfies(t -> field(t, "weight.REFERRER.TITLE"));
    assertThatThrownBy(() -> ReferralConfig.builder().fusionFitShare(1.0)).satisfies(t -> field(t, "alpha"));
    assertThatThrownBy(() -> ReferralConfig.builder().fusionSmoothing(1.0)).satisfies(t -> field(t, "epsilon"));
    assertThatThrownBy(() -> ReferralConfig.builder().recencyHalfLifeDays(0)).satisfies(t -> field(t, "recencyHalfLifeDays"));
    assertThatThrownBy(() -> ReferralConfig.builder().seniorityTolerance(0)).satisfies(t -> field(t, "seniorityTolerance"));
    assertThatThrownBy(() -> ReferralConfig.builder().allowedStatuses(EnumSet.of(MembershipStatus.LEFT)))
        .satisfies(t -> field(t, "allowedStatuses"));
    ReferralConfig.Builder noResponse = ReferralConfig.builder();
    for (Feature f : Feature.values()) {
      if (f.side() == Feature.Side.RESPONSE) {
        noResponse.weight(ReferralMode.REFERRER, f, 0);
      }
    }
    assertThatThrownBy(noResponse::build).satisfies(t -> field(t, "weight.REFERRER"));
    ReferralConfig c = ReferralConfig.builder().weight(ReferralMode.BOOMERANG, Feature.SKILLS, 2).build();
    assertThat(c.weight(ReferralMode.BOOMERANG, Feature.SKILLS)).isEqualTo(2);
    assertThat(ReferralConfig.defaults().weight(ReferralMode.BOOMERANG, Feature.SKILLS)).isEqualTo(0.35);
    assertThat(c.toBuilder().build().weight(ReferralMode.BOOMERANG, Feature.SKILLS)).isEqualTo(2);
    assertThatThrownBy(() -> ReferralRanker.fuse(1.2, 0.5, c)).satisfies(t -> field(t, "fit"));
  }

  @Test
  void snapshotStartsClosedAndFollowsPushedConsent() {
    ReferralIndex ix = ReferralIndex.create(T);
    ix.put(new ReferralFixtures.A("a").build());
    ix.put(new ReferralFixtures.A("b").build());
    ReferralConfig snap = ReferralConfig.builder().gateMode(GateMode.SNAPSHOT_VERIFIED).build();
    ReferralFixtures.DenyListGate gate = new ReferralFixtures.DenyListGate();
    ReferralRanker rk = Referrals.ranker(ix, gate, snap, CLOCK);
    ReferralQuery q = ReferralQuery.boomerang(plain(), 5);
    assertThat(rk.topK(q).results()).isEmpty();
    assertThat(gate.calls).isZero();
    ix.setPurposeCovered(AlumnusId.of("a"), PurposeId.REHIRE_OUTREACH, true);
    ix.setPurposeCovered(AlumnusId.of("b"), PurposeId.REHIRE_OUTREACH, true);
    assertThat(rk.topK(q).ids()).extracting(AlumnusId::value).containsExactly("a", "b");
    gate.deny(AlumnusId.of("a"), PurposeId.REHIRE_OUTREACH);
    RankedReferrals r = rk.topK(q);
    assertThat(r.ids()).extracting(AlumnusId::value).containsExactly("b");
    assertThat(r.filtered()).containsEntry(HardFilter.PURPOSE_GATE, 1);
    ix.setPurposeCovered(AlumnusId.of("b"), PurposeId.REHIRE_OUTREACH, false);
    assertThat(rk.topK(q).results()).isEmpty();
    assertThat(ix.refreshConsent(gate, NOW)).isEqualTo(3);
    assertThat(rk.topK(q).ids()).extracting(AlumnusId::value).containsExactly("b");
    assertThat(rk.topK(ReferralQuery.referrer(plain(), 5)).ids()).extracting(AlumnusId::value)
        .containsExactly("a", "b");
    assertThat(Set.of(ix.remove(AlumnusId.of("b")))).containsExactly(true);
    ix.put(new ReferralFixtures.A("b").build());
    assertThat(rk.topK(q).results()).isEmpty();
  }
}
