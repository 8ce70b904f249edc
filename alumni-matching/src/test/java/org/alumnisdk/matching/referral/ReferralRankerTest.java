package org.alumnisdk.matching.referral;

import static org.alumnisdk.matching.referral.ReferralFixtures.NOW;
import static org.alumnisdk.matching.referral.ReferralFixtures.T;
import static org.alumnisdk.matching.referral.ReferralFixtures.opening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.Proficiency;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.opening.JobOpening;
import org.alumnisdk.core.opening.SkillRequirement;
import org.alumnisdk.core.spi.PurposeGate;
import org.junit.jupiter.api.Test;

class ReferralRankerTest {
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static JobOpening javaOpening(boolean remote, List<LanguageSkill> langs) {
    return opening("op-1", "Senior Software Engineer", "engineering",
        List.of(SkillRequirement.required(SkillId.of("java"))), 2, 4, Location.japan("Tokyo"), remote, langs);
  }

  private static ReferralRanker ranker(ReferralIndex ix, PurposeGate gate) {
    return Referrals.ranker(ix, gate, ReferralConfig.defaults(), CLOCK);
  }

  @Test
  void fusionIsTheSmoothedWeightedHarmonicMean() {
    ReferralConfig plain = ReferralConfig.builder().fusionFitShare(0.5).fusionSmoothing(0).build();
    // 1 / (0.5/1 + 0.5/0.5) = 2/3
    assertThat(ReferralRanker.fuse(1.0, 0.5, plain)).isCloseTo(2.0 / 3.0, within(1e-15));
    assertThat(ReferralRanker.fuse(0.8, 0.0, plain)).isZero();
    ReferralConfig d = ReferralConfig.defaults();
    // alpha 0.6, eps 0.05: fit 1, response 0 -> 1 / (0.6/1 + 0.4/0.05) = 1/8.6
    assertThat(ReferralRanker.fuse(1.0, 0.0, d)).isCloseTo(1 / 8.6, within(1e-12));
    // fit 0, response 1 -> 1 / (0.6/0.05 + 0.4/1) = 1/12.4
    assertThat(ReferralRanker.fuse(0.0, 1.0, d)).isCloseTo(1 / 12.4, within(1e-12));
    // reciprocity: a balanced pair beats either one-sided extreme
    assertThat(ReferralRanker.fuse(0.5, 0.5, d)).isGreaterThan(ReferralRanker.fuse(1.0, 0.1, d))
        .isGreaterThan(ReferralRanker.fuse(0.1, 1.0, d));
    assertThat(ReferralRanker.fuse(1.0, 1.0, d)).isCloseTo(1.0, within(1e-15));
  }

  @Test
  void aHostGateThatThrowsOrAnswersNullDropsThatCandidateAndTheCheckIsRecorded() {
    ReferralIndex ix = ReferralIndex.create(T);
    for (String id : List.of("ok", "throws", "null")) {
      ix.put(new ReferralFixtures.A(id).skill("java", Proficiency.EXPERT).build());
    }
    PurposeGate flaky = (tenant, alumnus, purpose, at) -> switch (alumnus.value()) {
      case "throws" -> throw new IllegalStateException("timeout");
      case "null" -> null;
      default -> org.alumnisdk.core.spi.GateDecision.allow("consent given");
    };
    JobOpening o = javaOpening(false, List.of());
    RankedReferrals r = ranker(ix, flaky).topK(ReferralQuery.boomerang(o, 10));
    assertThat(r.ids()).extracting(AlumnusId::value).containsExactly("ok");
    assertThat(r.consentCheck()).isEqualTo("every alumnus checked by the purpose gate");
    RankedReferrals waived = ranker(ix, PurposeGate.withoutConsentCheck("synthetic test data"))
        .topK(ReferralQuery.boomerang(o, 10));
    assertThat(waived.ids()).hasSize(3);
    assertThat(waived.consentCheck()).isEqualTo("consent check waived: synthetic test data");
  }

  @Test
  void rarerSkillWeighsMoreByIdf() {
    ReferralIndex ix = ReferralIndex.create(T);
    for (int i = 0; i < 8; i++) {
      ix.put(new ReferralFixtures.A("common-" + i).skill("java", Proficiency.EXPERT).build());
    }
    ix.put(new ReferralFixtures.A("x").skill("java", Proficiency.EXPERT).build());
    ix.put(new ReferralFixtures.A("y").skill("cobol", Proficiency.EXPERT).build());
    JobOpening o = opening("op", "Engineer", "engineering",
        List.of(SkillRequirement.required(SkillId.of("java")), SkillRequirement.required(SkillId.of("cobol"))),
        0, 9, Location.japan("Tokyo"), false, List.of());
    RankedReferrals r = ranker(ix, PurposeGate.allowAllForTesting()).topK(ReferralQuery.boomerang(o, 10));
    // N = 10, df(java) = 9, df(cobol) = 1: idf = ln(1 + 10/10) = ln 2 and ln(1 + 10/2) = ln 6
    double java = Math.log(2);
    double cobol = Math.log(6);
    ReferralResult y = r.results().stream().filter(x -> x.alumnus().value().equals("y")).findFirst().orElseThrow();
    ReferralResult x = r.results().stream().filter(z -> z.alumnus().value().equals("x")).findFirst().orElseThrow();
    assertThat(value(y, Feature.SKILLS)).isCloseTo(cobol / (java + cobol), within(1e-12));
    assertThat(value(x, Feature.SKILLS)).isCloseTo(java / (java + cobol), within(1e-12));
    assertThat(r.results().get(0).alumnus().value()).isEqualTo("y");
  }

  private static double value(ReferralResult r, Feature f) {
    return r.contributions().stream().filter(c -> c.feature() == f).findFirst().orElseThrow().value();
  }

  @Test
  void proficiencyAndPreferredWeightsFollowTheDocumentedFactors() {
    ReferralIndex ix = ReferralIndex.create(T);
    ix.put(new ReferralFixtures.A("b").skill("java", Proficiency.BEGINNER).skill("sql", Proficiency.EXPERT).build());
    ix.put(new ReferralFixtures.A("other").skill("go", Proficiency.EXPERT).build());
    JobOpening o = opening("op", "Engineer", "engineering",
        List.of(SkillRequirement.required(SkillId.of("java")), SkillRequirement.preferred(SkillId.of("sql"))),
        0, 9, Location.japan("Tokyo"), false, List.of());
    RankedReferrals r = ranker(ix, PurposeGate.allowAllForTesting()).topK(ReferralQuery.boomerang(o, 1));
    // both skills have df 1 of N 2, so equal idf; required factor 1.0, preferred 0.5
    // value = (1.0 * 0.4 + 0.5 * 1.0) / (1.0 + 0.5) = 0.6
    assertThat(value(r.results().get(0), Feature.SKILLS)).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void recencyHalvesEveryHalfLife() {
    ReferralIndex ix = ReferralIndex.create(T);
    ix.put(new ReferralFixtures.A("half").build());
    ix.put(new ReferralFixtures.A("never").build());
    ix.put(new ReferralFixtures.A("future").build());
    ix.recordActivity(AlumnusId.of("half"), NOW.minus(180, ChronoUnit.DAYS));
    ix.recordActivity(AlumnusId.of("half"), NOW.minus(400, ChronoUnit.DAYS));
    ix.recordActivity(AlumnusId.of("future"), NOW.plus(3, ChronoUnit.DAYS));
    RankedReferrals r = ranker(ix, PurposeGate.allowAllForTesting())
        .topK(ReferralQuery.boomerang(javaOpening(false, List.of()), 3));
    assertThat(r.ids()).extracting(AlumnusId::value).containsExactly("future", "half", "never");
    assertThat(value(r.results().get(0), Feature.RECENCY)).isEqualTo(1.0);
    assertThat(value(r.results().get(1), Feature.RECENCY)).isCloseTo(0.5, within(1e-12));
    assertThat(value(r.results().get(2), Feature.RECENCY)).isZero();
  }

  @Test
  void tiesBreakByIdWhateverTheInsertionOrder() {
    List<String> ids = List.of("c", "a", "e", "b", "d");
    ReferralIndex one = ReferralIndex.create(T);
    ReferralIndex two = ReferralIndex.create(T);
    for (String id : ids) {
      one.put(new ReferralFixtures.A(id).skill("java", Proficiency.ADVANCED).build());
    }
    List<String> reversed = new ArrayList<>(ids);
    java.util.Collections.reverse(reversed);
    for (String id : reversed) {
      two.put(new ReferralFixtures.A(id).skill("java", Proficiency.ADVANCED).build());
    }
    ReferralQuery q = ReferralQuery.boomerang(javaOpening(false, List.of()), 3);
    RankedReferrals r1 = ranker(one, PurposeGate.allowAllForTesting()).topK(q);
    RankedReferrals r2 = ranker(two, PurposeGate.allowAllForTesting()).topK(q);
    assertThat(r1.ids()).extracting(AlumnusId::value).containsExactly("a", "b", "c");
    assertThat(r1).isEqualTo(r2);
    assertThat(r1.results()).extracting(ReferralResult::score).containsOnly(r1.results().get(0).score());
    assertThat(r1.results()).extracting(ReferralResult::rank).containsExactly(1, 2, 3);
  }

  @Test
  void hardFiltersExplainWhyNot() {
    ReferralIndex ix = ReferralIndex.create(T);
    ReferralFixtures.A left = new ReferralFixtures.A("left");
    left.status = MembershipStatus.LEFT;
    ReferralFixtures.A inel = new ReferralFixtures.A("inel");
    inel.rehire = RehireEligibility.ineligible("misconduct");
    ReferralFixtures.A noEn = new ReferralFixtures.A("no-en");
    ReferralFixtures.A abroad = new ReferralFixtures.A("abroad");
    abroad.location = Location.country("US");
    ReferralFixtures.A nowhere = new ReferralFixtures.A("nowhere");
    nowhere.location = Location.unknown();
    ReferralFixtures.A rival = new ReferralFixtures.A("rival");
    rival.employer = "Globex Corp";
    ReferralFixtures.A many = new ReferralFixtures.A("many");
    many.status = MembershipStatus.REHIRED;
    many.rehire = RehireEligibility.needsReview("r");
    many.location = Location.country("US");
    ReferralFixtures.A ok = new ReferralFixtures.A("ok");
    for (ReferralFixtures.A a : List.of(left, inel, noEn, abroad, nowhere, rival, many, ok)) {
      if (a != noEn) {
        a.languages.add(LanguageSkill.of("en", LanguageSkill.Level.FLUENT));
      }
      ix.put(a.build());
    }
    for (String id : List.of("no-consent", "conflict")) {
      ReferralFixtures.A a = new ReferralFixtures.A(id);
      a.languages.add(LanguageSkill.of("en", LanguageSkill.Level.NATIVE));
      ix.put(a.build());
    }
    ReferralFixtures.DenyListGate gate = new ReferralFixtures.DenyListGate();
    gate.deny(AlumnusId.of("no-consent"), PurposeId.REHIRE_OUTREACH);
    gate.deny(AlumnusId.of("no-en"), PurposeId.REHIRE_OUTREACH);
    ReferralQuery q = ReferralQuery.boomerang(
            javaOpening(false, List.of(LanguageSkill.of("en", LanguageSkill.Level.WORKING))), 10)
        .withExcludedAlumni(Set.of(AlumnusId.of("conflict")))
        .withExcludedEmployers(Set.of("globex corp"));
    ReferralRanker rk = ranker(ix, gate);
    RankedReferrals r = rk.topK(q);
    assertThat(r.ids()).extracting(AlumnusId::value).containsExactly("ok");
    assertThat(r.scored()).isEqualTo(1);
    assertThat(r.filtered()).containsEntry(HardFilter.MEMBERSHIP_STATUS, 2)
        .containsEntry(HardFilter.REHIRE_ELIGIBILITY, 1).containsEntry(HardFilter.LANGUAGE, 1)
        .containsEntry(HardFilter.LOCATION, 2).containsEntry(HardFilter.CONFLICT_EMPLOYER, 1)
        .containsEntry(HardFilter.CONFLICT_LIST, 1).containsEntry(HardFilter.PURPOSE_GATE, 1);
    assertThat(filters(rk.whyNot(q, AlumnusId.of("left")))).containsExactly(HardFilter.MEMBERSHIP_STATUS);
    assertThat(filters(rk.whyNot(q, AlumnusId.of("inel")))).containsExactly(HardFilter.REHIRE_ELIGIBILITY);
    assertThat(filters(rk.whyNot(q, AlumnusId.of("no-en"))))
        .containsExactly(HardFilter.LANGUAGE, HardFilter.PURPOSE_GATE);
    assertThat(filters(rk.whyNot(q, AlumnusId.of("abroad")))).containsExactly(HardFilter.LOCATION);
    assertThat(filters(rk.whyNot(q, AlumnusId.of("nowhere")))).containsExactly(HardFilter.LOCATION);
    assertThat(filters(rk.whyNot(q, AlumnusId.of("rival")))).containsExactly(HardFilter.CONFLICT_EMPLOYER);
    assertThat(filters(rk.whyNot(q, AlumnusId.of("conflict")))).containsExactly(HardFilter.CONFLICT_LIST);
    assertThat(filters(rk.whyNot(q, AlumnusId.of("many"))))
        .containsExactly(HardFilter.MEMBERSHIP_STATUS, HardFilter.REHIRE_ELIGIBILITY, HardFilter.LOCATION);
    WhyNot.Filtered consent = (WhyNot.Filtered) rk.whyNot(q, AlumnusId.of("no-consent"));
    assertThat(consent.failures().get(0).detail()).contains("rehire-outreach").contains("no consent");
    assertThat(rk.whyNot(q, AlumnusId.of("ok"))).isInstanceOf(WhyNot.Included.class);
    // the reason recorded by HR never leaks into explanations
    assertThat(rk.whyNot(q, AlumnusId.of("inel")).toString()).doesNotContain("misconduct");
    // referrer mode: rehire eligibility, language and location are not hard filters
    ReferralQuery rq = new ReferralQuery(q.opening(), ReferralMode.REFERRER, 10, q.excludedAlumni(),
        q.excludedEmployers(), "", Set.of(), Set.of());
    assertThat(ranker(ix, gate).topK(rq).ids()).extracting(AlumnusId::value)
        .containsExactlyInAnyOrder("inel", "no-en", "abroad", "nowhere", "ok", "no-consent");
  }

  private static List<HardFilter> filters(WhyNot w) {
    assertThat(w).isInstanceOf(WhyNot.Filtered.class);
    return ((WhyNot.Filtered) w).failures().stream().map(FilterFailure::filter).toList();
  }

  @Test
  void remoteOpeningLetsEveryLocationThrough() {
    ReferralIndex ix = ReferralIndex.create(T);
    ReferralFixtures.A abroad = new ReferralFixtures.A("abroad");
    abroad.location = Location.country("US");
    ix.put(abroad.build());
    ix.put(new ReferralFixtures.A("tokyo").build());
    ReferralFixtures.A osaka = new ReferralFixtures.A("osaka");
    osaka.location = Location.japan("Osaka");
    ix.put(osaka.build());
    RankedReferrals r = ranker(ix, PurposeGate.allowAllForTesting())
        .topK(ReferralQuery.boomerang(javaOpening(true, List.of()), 5));
    assertThat(r.ids()).extracting(AlumnusId::value).containsExactly("tokyo", "osaka", "abroad");
    assertThat(value(r.results().get(0), Feature.LOCATION)).isEqualTo(1.0);
    assertThat(value(r.results().get(1), Feature.LOCATION)).isEqualTo(0.6);
    assertThat(value(r.results().get(2), Feature.LOCATION)).isEqualTo(0.3);
  }

  @Test
  void whyRankedLowShowsTheGapsToTheKth() {
    ReferralIndex ix = ReferralIndex.create(T);
    ix.put(new ReferralFixtures.A("strong").skill("java", Proficiency.EXPERT).build());
    ReferralFixtures.A weak = new ReferralFixtures.A("weak");
    weak.tenures.clear();
    weak.tenure("Sales", "Account Manager", "sales", 1, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1));
    ix.put(weak.build());
    ReferralQuery q = ReferralQuery.boomerang(javaOpening(false, List.of()), 1);
    WhyNot w = ranker(ix, PurposeGate.allowAllForTesting()).whyNot(q, AlumnusId.of("weak"));
    assertThat(w).isInstanceOfSatisfying(WhyNot.RankedBelow.class, rb -> {
      assertThat(rb.rank()).isEqualTo(2);
      assertThat(rb.kth().alumnus().value()).isEqualTo("strong");
      assertThat(rb.own().score()).isLessThan(rb.kth().score());
      assertThat(rb.gaps().get(0).difference()).isNegative();
      assertThat(rb.gaps()).extracting(WhyNot.FeatureGap::feature)
          .contains(Feature.SKILLS, Feature.JOB_FAMILY, Feature.SENIORITY);
      assertThat(rb.gaps().stream().filter(g -> g.feature() == Feature.SKILLS).findFirst().orElseThrow().difference())
          .isLessThan(0);
    });
  }

  @Test
  void referrerModeRewardsTargetEmployersIndustriesAndProximity() {
    ReferralIndex ix = ReferralIndex.create(T);
    ReferralFixtures.A inside = new ReferralFixtures.A("inside");
    inside.employer = "Acme";
    inside.industry = "SaaS";
    ReferralFixtures.A outside = new ReferralFixtures.A("outside");
    outside.employer = "Other";
    outside.industry = "retail";
    ReferralFixtures.A unknown = new ReferralFixtures.A("unknown");
    ix.put(inside.build());
    ix.put(outside.build());
    ix.put(unknown.build());
    ix.setNetworkProximity(AlumnusId.of("inside"), 0.75);
    ReferralQuery q = ReferralQuery.referrer(javaOpening(false, List.of()), 3)
        .withTargets(Set.of("saas"), Set.of("ACME"));
    RankedReferrals r = ranker(ix, PurposeGate.allowAllForTesting()).topK(q);
    assertThat(r.ids()).extracting(AlumnusId::value).containsExactly("inside", "outside", "unknown");
    ReferralResult top = r.results().get(0);
    assertThat(value(top, Feature.CURRENT_EMPLOYER)).isEqualTo(1.0);
    assertThat(value(top, Feature.INDUSTRY)).isEqualTo(1.0);
    assertThat(value(top, Feature.NETWORK)).isEqualTo(0.75);
    assertThat(value(r.results().get(1), Feature.CURRENT_EMPLOYER)).isEqualTo(0.5);
    assertThat(value(r.results().get(2), Feature.CURRENT_EMPLOYER)).isZero();
  }

  @Test
  void willingnessFlagDependsOnTheMode() {
    ReferralIndex ix = ReferralIndex.create(T);
    ReferralFixtures.A rehire = new ReferralFixtures.A("rehire");
    rehire.willingness = new org.alumnisdk.core.alumnus.Willingness(true, false, false, false, false);
    ReferralFixtures.A refer = new ReferralFixtures.A("refer");
    refer.willingness = new org.alumnisdk.core.alumnus.Willingness(false, true, false, false, false);
    ix.put(rehire.build());
    ix.put(refer.build());
    ReferralRanker rk = ranker(ix, PurposeGate.allowAllForTesting());
    assertThat(rk.topK(ReferralQuery.boomerang(javaOpening(false, List.of()), 2)).ids().get(0).value())
        .isEqualTo("rehire");
    assertThat(rk.topK(ReferralQuery.referrer(javaOpening(false, List.of()), 2)).ids().get(0).value())
        .isEqualTo("refer");
  }

  @Test
  void gateIsAskedOnlyForAlumniWhoPassTheCheapFiltersAndOncePerPurposeInABatch() {
    ReferralIndex ix = ReferralIndex.create(T);
    List<Alumnus> all = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ReferralFixtures.A a = new ReferralFixtures.A("p" + i);
      if (i < 4) {
        a.status = MembershipStatus.LEFT;
      }
      all.add(a.build());
    }
    ix.putAll(all);
    ReferralFixtures.DenyListGate gate = new ReferralFixtures.DenyListGate();
    ReferralRanker rk = ranker(ix, gate);
    ReferralQuery q = ReferralQuery.boomerang(javaOpening(false, List.of()), 3);
    rk.topK(q);
    assertThat(gate.calls).isEqualTo(6);
    gate.calls = 0;
    rk.topK(List.of(q, q.withK(5), ReferralQuery.referrer(q.opening(), 2)));
    assertThat(gate.calls).isEqualTo(12);
  }

  @Test
  void emptyIndexGivesAnEmptyRanking() {
    RankedReferrals r = ranker(ReferralIndex.create(T), PurposeGate.denyAll())
        .topK(ReferralQuery.boomerang(javaOpening(false, List.of()), 5));
    assertThat(r.results()).isEmpty();
    assertThat(r.scored()).isZero();
    assertThat(ranker(ReferralIndex.create(T), PurposeGate.denyAll()).topK(List.<ReferralQuery>of())).isEmpty();
  }

  @Test
  void denyAllGateReturnsNobody() {
    ReferralIndex ix = ReferralIndex.create(T);
    ix.put(new ReferralFixtures.A("x").build());
    RankedReferrals r = ranker(ix, PurposeGate.denyAll())
        .topK(ReferralQuery.boomerang(javaOpening(false, List.of()), 5));
    assertThat(r.results()).isEmpty();
    assertThat(r.filtered()).containsEntry(HardFilter.PURPOSE_GATE, 1);
  }

  @Test
  void skillAliasesMakeSpellingsCount() {
    org.alumnisdk.core.text.SkillAliases aliases = org.alumnisdk.core.text.SkillAliases.empty()
        .with(SkillId.of("javascript"), "JS", "ECMAScript");
    ReferralIndex ix = ReferralIndex.create(T, 4, aliases);
    ix.put(new ReferralFixtures.A("js").skill("JS", Proficiency.EXPERT).build());
    ix.put(new ReferralFixtures.A("plain").skill("javascript", Proficiency.EXPERT).build());
    ix.put(new ReferralFixtures.A("none").skill("cobol", Proficiency.EXPERT).build());
    JobOpening o = opening("op", "Engineer", "engineering",
        List.of(SkillRequirement.required(SkillId.of("ECMAScript"))), 0, 9, Location.japan("Tokyo"), false, List.of());
    RankedReferrals r = ranker(ix, PurposeGate.allowAllForTesting()).topK(ReferralQuery.boomerang(o, 3));
    assertThat(value(r.results().get(0), Feature.SKILLS)).isEqualTo(1.0);
    assertThat(value(r.results().get(1), Feature.SKILLS)).isEqualTo(1.0);
    assertThat(r.ids().subList(0, 2)).extracting(AlumnusId::value).containsExactly("js", "plain");
    JobOpening twice = opening("op", "Engineer", "engineering",
        List.of(SkillRequirement.required(SkillId.of("JS")), SkillRequirement.preferred(SkillId.of("javascript"))),
        0, 9, Location.japan("Tokyo"), false, List.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ranker(ix, PurposeGate.allowAllForTesting()).topK(ReferralQuery.boomerang(twice, 3)))
        .isInstanceOf(org.alumnisdk.core.InvalidValueException.class).hasMessageContaining("opening.skills[1]");
  }

  @Test
  void concurrentUpdatesAndRankingsStayConsistent() throws Exception {
    ReferralFixtures.World w = ReferralFixtures.world(99L, 200);
    ReferralIndex ix = ReferralIndex.create(T);
    ReferralRanker rk = Referrals.ranker(ix, w.gate, w.config, CLOCK);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<Integer>> jobs = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int offset = t;
      jobs.add(pool.submit(() -> {
        for (int i = offset; i < w.population.size(); i += 2) {
          ix.put(w.population.get(i));
          ix.put(ReferralFixtures.randomAlumnus(new java.util.Random(i), "tmp-" + i));
          ix.remove(AlumnusId.of("tmp-" + i));
        }
        return 0;
      }));
      jobs.add(pool.submit(() -> {
        int n = 0;
        for (int i = 0; i < 50; i++) {
          n += rk.topK(w.query).results().size();
        }
        return n;
      }));
    }
    for (java.util.concurrent.Future<Integer> f : jobs) {
      f.get(60, java.util.concurrent.TimeUnit.SECONDS);
    }
    pool.shutdown();
    ix.recordActivities(w.activity);
    w.proximity.forEach(ix::setNetworkProximity);
    assertThat(ix.size()).isEqualTo(w.population.size());
    RankedReferrals got = rk.topK(w.query);
    assertThat(got.results()).extracting(ReferralResult::alumnus).containsExactlyElementsOf(
        new BruteForceReferrals(w.population, w.activity, w.proximity, w.gate, w.config)
            .topK(w.query, NOW).stream().map(BruteForceReferrals.Scored::id).toList());
  }
}
