package org.alumnisdk.consent.decision;

import static org.alumnisdk.consent.decision.Requests.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.alumnisdk.core.AlumnusId;
import org.junit.jupiter.api.Test;

/**
 * "Adding a restriction never turns a deny into a permit": random requests, random restrictions
 * (a house rule, a special care-required category, a withdrawn consent or publication, an adverse
 * provenance fact, a shorter equivalent-country list, a dropped exception or arrangement).
 */
class DecisionMonotonicityProperties {
  private static final long SEED = 20261125L;

  /** Facts whose known-true value can only help the request. */
  private static final List<FactName> PERMISSIVE = List.of(FactName.WITHIN_SPECIFIED_PURPOSE,
      FactName.PURPOSE_NOTIFIED, FactName.CONSENT_FOR_PURPOSE, FactName.WITHIN_PRE_SUCCESSION_PURPOSE,
      FactName.CONSENT_TO_ACQUIRE_SPECIAL_CARE, FactName.CONSENT_TO_PROVIDE,
      FactName.FOREIGN_CONSENT_AFTER_ART28_INFO, FactName.RECIPIENT_CONFORMING_SYSTEM,
      FactName.ART31_CONSENT_CONFIRMED, FactName.ART31_FOREIGN_INFO_CONFIRMED,
      FactName.ANONYMISED_CATEGORIES_PUBLISHED);
  /** Facts whose known-false value can only help the request. */
  private static final List<FactName> ADVERSE = List.of(FactName.ACQUIRED_IMPROPERLY,
      FactName.RECEIVED_BY_OPT_OUT, FactName.OPT_OUT_STOP_REQUESTED, FactName.RECIPIENT_WILL_LINK);

  private static <T> T pick(Random rnd, List<T> items) {
    return items.get(rnd.nextInt(items.size()));
  }

  static DecisionRequest randomRequest(Random rnd) {
    Action action = pick(rnd, List.of(Action.values()));
    DataClass cls = rnd.nextInt(3) == 0 ? pick(rnd, List.of(DataClass.values())) : DataClass.PERSONAL_DATA;
    List<DataCategory> cats = new ArrayList<>(List.of(HISTORY));
    if (rnd.nextBoolean()) {
      cats.add(EMAIL);
    }
    if (rnd.nextInt(4) == 0) {
      cats.add(LEAVE_REASON);
    }
    Map<FactName, Boolean> facts = new EnumMap<>(FactName.class);
    for (FactName f : FactName.values()) {
      int k = rnd.nextInt(3);
      if (k < 2) {
        facts.put(f, k == 0);
      }
    }
    Recipient recipient = null;
    if (action == Action.PROVIDE) {
      RecipientRelation rel = pick(rnd, List.of(RecipientRelation.values()));
      String id = rnd.nextBoolean() ? "acme-japan-sub" : "agency-1";
      String country = pick(rnd, List.of("JP", "JP", "DE", "US", "?"));
      recipient = country.equals("?") ? Recipient.inUnknownCountry(id, rel) : Recipient.of(id, rel, country);
    }
    ExceptionClaim ex = rnd.nextInt(5) == 0
        ? new ExceptionClaim(pick(rnd, List.of(LegalGround.values())), "recorded", "staff-1", "https://example.org")
        : null;
    Instant at = rnd.nextInt(10) == 0 ? Instant.parse("2025-12-01T00:00:00Z") : AT;
    return new DecisionRequest(TENANT, at, "tester", action, PURPOSE, cls, cats, List.of(AlumnusId.of("a-1")),
        recipient, ex, rnd.nextBoolean() ? jointUse() : null, rnd.nextBoolean() ? optOut() : null, facts);
  }

  /** A random restriction: request and rule-set transformations that can only make things stricter. */
  record Restriction(String name, UnaryOperator<DecisionRequest> onRequest, UnaryOperator<RuleSet> onRules) {}

  static Restriction randomRestriction(Random rnd) {
    switch (rnd.nextInt(7)) {
      case 0: {
        Verdict v = pick(rnd, List.of(Verdict.REQUIRE_NOTICE, Verdict.REQUIRE_CONSENT, Verdict.DENY));
        boolean satisfiedInstead = rnd.nextInt(4) == 0;
        DecisionPolicy house = DecisionPolicy.of("house", (r, rs) -> satisfiedInstead
            ? new RuleResult.Satisfied(List.of(new Reason("house", rs.cite("Art.23"), "ok")), List.of())
            : new RuleResult.Unsatisfied(v, List.of(new Reason("house", rs.cite("Art.23"), "house rule")), List.of(), List.of()));
        return new Restriction("house rule " + v, UnaryOperator.identity(), rs -> rs.withAdditionalPolicy(house));
      }
      case 1:
        return new Restriction("special care category", r -> r.withCategory(DataCategory.specialCare("health")), UnaryOperator.identity());
      case 2: {
        FactName f = pick(rnd, PERMISSIVE);
        boolean toUnknown = rnd.nextBoolean();
        return new Restriction("withdraw " + f, r -> r.fact(f).is(true) ? (toUnknown ? r.withUnknown(f) : r.withFact(f, false)) : r,
            UnaryOperator.identity());
      }
      case 3: {
        FactName f = pick(rnd, ADVERSE);
        boolean toUnknown = rnd.nextBoolean();
        return new Restriction("adverse " + f, r -> r.fact(f).is(false) ? (toUnknown ? r.withUnknown(f) : r.withFact(f, true)) : r,
            UnaryOperator.identity());
      }
      case 4:
        return new Restriction("no equivalent countries", UnaryOperator.identity(), rs -> rs.withEquivalentCountries(Set.of()));
      case 5:
        return new Restriction("drop exception", r -> new DecisionRequest(r.tenant(), r.at(), r.requester(), r.action(),
            r.purpose(), r.dataClass(), r.categories(), r.subjects(), r.recipient(), null, r.jointUse(), r.optOut(), r.facts()),
            UnaryOperator.identity());
      default:
        return new Restriction("drop opt-out and joint use", r -> new DecisionRequest(r.tenant(), r.at(), r.requester(), r.action(),
            r.purpose(), r.dataClass(), r.categories(), r.subjects(), r.recipient(), r.exception(), null, null, r.facts()),
            UnaryOperator.identity());
    }
  }

  @Test
  void addingARestrictionNeverTurnsADenyIntoAPermit() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(longs().all(), longs().all()).checkAssert((reqSeed, resSeed) -> {
      Random rnd = new Random(reqSeed);
      DecisionRequest r = randomRequest(rnd);
      RuleSet rules = RuleSet.appi2022();
      Decision before = DecisionEngine.decide(r, rules);
      Random rr = new Random(resSeed);
      DecisionRequest stricter = r;
      RuleSet stricterRules = rules;
      List<String> applied = new ArrayList<>();
      for (int i = 0, n = 1 + rr.nextInt(3); i < n; i++) {
        Restriction x = randomRestriction(rr);
        applied.add(x.name());
        stricter = x.onRequest().apply(stricter);
        stricterRules = x.onRules().apply(stricterRules);
      }
      Decision after = DecisionEngine.decide(stricter, stricterRules);
      if (before.verdict() == Verdict.DENY) {
        assertThat(after.verdict()).as("%s then %s", r, applied).isNotEqualTo(Verdict.PERMIT);
      }
      if (before.verdict() != Verdict.PERMIT) {
        assertThat(after.verdict()).as("%s then %s", r, applied).isNotEqualTo(Verdict.PERMIT);
      }
      // Stronger: a decision on the merits never becomes more permissive. A deny for missing facts
      // means "undetermined": a restriction can make the missing fact irrelevant (dropping the
      // opt-out set-up whose prohibitions were unknown, say) and so turn it into require-consent,
      // but never into a permit (checked above).
      boolean undetermined = before instanceof Decision.Deny d && !d.missingFacts().isEmpty();
      if (!undetermined) {
        assertThat(after.verdict().compareTo(before.verdict())).as("%s then %s: %s -> %s", r, applied, before, after)
            .isGreaterThanOrEqualTo(0);
      }
    });
  }

  @Test
  void everyNonPermitDecisionGivesAReasonAndEveryDenyOnMissingFactsNamesThem() {
    qt().withFixedSeed(SEED).withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      Decision d = DecisionEngine.decide(randomRequest(new Random(seed)), RuleSet.appi2022());
      if (!d.permitted()) {
        assertThat(d.reasons()).isNotEmpty();
      }
      assertThat(d.reasons()).allSatisfy(r -> assertThat(r.article().lawVersion()).isEqualTo(RuleSet.APPI_2022));
      if (d instanceof Decision.Deny deny) {
        for (FactName f : deny.missingFacts()) {
          assertThat(deny.reasons()).anySatisfy(r -> assertThat(r.text()).contains(f.name()));
        }
      }
    });
  }

  @Test
  void makingAnUnknownFactKnownNeverMattersWhenTheDecisionIsAlreadyPermit() {
    // Fail-closed counterpart: a permit never rests on an unknown fact; learning any unknown fact's
    // value in the helpful direction keeps it a permit.
    qt().withFixedSeed(SEED).withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      DecisionRequest r = randomRequest(new Random(seed));
      Decision d = DecisionEngine.decide(r, RuleSet.appi2022());
      if (d.permitted()) {
        DecisionRequest more = r;
        for (FactName f : PERMISSIVE) {
          if (!r.fact(f).isKnown()) {
            more = more.withFact(f, true);
          }
        }
        for (FactName f : ADVERSE) {
          if (!r.fact(f).isKnown()) {
            more = more.withFact(f, false);
          }
        }
        assertThat(DecisionEngine.decide(more, RuleSet.appi2022()).verdict()).isEqualTo(Verdict.PERMIT);
      }
    });
  }
}
