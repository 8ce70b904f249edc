package org.alumnisdk.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.CurrentSituation;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.DepartureType;
import org.alumnisdk.core.alumnus.Grade;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.MembershipHistory;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.Proficiency;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.alumnus.Willingness;
import org.alumnisdk.core.opening.EmploymentType;
import org.alumnisdk.core.opening.JobOpening;
import org.alumnisdk.core.opening.SeniorityRange;
import org.alumnisdk.core.opening.SkillRequirement;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.matching.referral.FeatureContribution;
import org.alumnisdk.matching.referral.RankedReferrals;
import org.alumnisdk.matching.referral.ReferralConfig;
import org.alumnisdk.matching.referral.ReferralIndex;
import org.alumnisdk.matching.referral.ReferralQuery;
import org.alumnisdk.matching.referral.ReferralRanker;
import org.alumnisdk.matching.referral.ReferralResult;
import org.alumnisdk.matching.referral.Referrals;
import org.alumnisdk.matching.referral.WhyNot;

/**
 * Referral ranking walk-through: six synthetic alumni, one backend opening, a boomerang ranking
 * with its explanations, a referrer ranking, and "why not?" for two people who are missing.
 */
public final class ReferralRankingExample {
  private static final TenantId TENANT = TenantId.of("acme-jp");
  private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");

  private ReferralRankingExample() {}

  /**
   * What the walk-through produced.
   *
   * @param boomerang the boomerang ranking
   * @param referrer the referrer ranking
   * @param whyNotNoConsent the explanation for the alumna without rehire-outreach consent
   * @param whyNotJunior the explanation for the junior sales alumnus
   */
  public record Outcome(
      RankedReferrals boomerang, RankedReferrals referrer, WhyNot whyNotNoConsent, WhyNot whyNotJunior) {}

  /**
   * Runs the walk-through and prints it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  private static Alumnus alumnus(String id, String dept, String title, String family, int level,
      MembershipStatus status, RehireEligibility rehire, Location where, String employer,
      String industry, Willingness willingness, SkillClaim... skills) {
    Instant t0 = Instant.parse("2022-04-01T00:00:00Z");
    MembershipHistory h = MembershipHistory.invited(t0)
        .moveTo(MembershipStatus.REGISTERED, t0.plus(1, ChronoUnit.DAYS), "");
    if (status != MembershipStatus.REGISTERED) {
      h = h.moveTo(status, t0.plus(2, ChronoUnit.DAYS), "");
    }
    return new Alumnus(AlumnusId.of(id), TENANT, "E-" + id, PersonName.of("Sample", id), List.of(),
        List.of(new Tenure(dept, title, family, Grade.of("G" + level, level), Location.japan("Tokyo"),
            LocalDate.of(2016, 4, 1), LocalDate.of(2022, 3, 31))),
        new Departure(LocalDate.of(2022, 3, 31), DepartureType.VOLUNTARY, "", rehire),
        new CurrentSituation(employer, "", industry, where),
        List.of(skills), List.of(LanguageSkill.of("ja", LanguageSkill.Level.NATIVE)), willingness, null, h, 0);
  }

  private static SkillClaim skill(String id, Proficiency p) {
    return new SkillClaim(SkillId.of(id), p, 5, YearMonth.of(2025, 6));
  }

  /**
   * Runs the walk-through.
   *
   * @param out where to print it
   * @return the rankings and explanations
   */
  public static Outcome run(PrintStream out) {
    Willingness both = new Willingness(true, true, false, false, false);
    List<Alumnus> alumni = List.of(
        alumnus("a-aoki", "Platform", "Senior Backend Engineer", "engineering", 4, MembershipStatus.ACTIVE,
            RehireEligibility.eligible(), Location.japan("Tokyo"), "Globex", "saas", both,
            skill("java", Proficiency.EXPERT), skill("kafka", Proficiency.ADVANCED)),
        alumnus("a-baba", "Platform", "Backend Engineer", "engineering", 3, MembershipStatus.DORMANT,
            RehireEligibility.eligible(), Location.japan("Osaka"), "", "", both,
            skill("java", Proficiency.ADVANCED)),
        alumnus("a-chiba", "Data", "Data Engineer", "engineering", 4, MembershipStatus.ACTIVE,
            RehireEligibility.eligible(), Location.japan("Tokyo"), "Initech", "saas", both,
            skill("java", Proficiency.INTERMEDIATE), skill("kafka", Proficiency.EXPERT)),
        alumnus("a-doi", "Platform", "Staff Engineer", "engineering", 5, MembershipStatus.ACTIVE,
            RehireEligibility.ineligible("recorded by HR"), Location.japan("Tokyo"), "Globex", "saas", both,
            skill("java", Proficiency.EXPERT)),
        alumnus("a-endo", "Sales", "Account Executive", "sales", 1, MembershipStatus.ACTIVE,
            RehireEligibility.eligible(), Location.japan("Tokyo"), "Acme Trading", "retail", both,
            skill("negotiation", Proficiency.EXPERT)),
        alumnus("a-fujii", "Platform", "Backend Engineer", "engineering", 3, MembershipStatus.ACTIVE,
            RehireEligibility.eligible(), Location.japan("Tokyo"), "Globex", "saas", both,
            skill("java", Proficiency.ADVANCED)));

    ReferralIndex index = Referrals.index(TENANT);
    index.putAll(alumni);
    index.recordActivity(AlumnusId.of("a-aoki"), NOW.minus(10, ChronoUnit.DAYS));
    index.recordActivity(AlumnusId.of("a-baba"), NOW.minus(400, ChronoUnit.DAYS));
    index.recordActivity(AlumnusId.of("a-chiba"), NOW.minus(30, ChronoUnit.DAYS));
    index.recordActivity(AlumnusId.of("a-endo"), NOW.minus(5, ChronoUnit.DAYS));
    index.setNetworkProximity(AlumnusId.of("a-chiba"), 0.8);

    // In production this is the consent module's gate; here: a-fujii gave no rehire-outreach consent.
    PurposeGate gate = (tenant, id, purpose, at) ->
        id.value().equals("a-fujii") && purpose.equals(PurposeId.REHIRE_OUTREACH)
            ? GateDecision.deny("no consent for rehire-outreach") : GateDecision.allow("consent on record");
    ReferralRanker ranker = Referrals.ranker(index, gate, ReferralConfig.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

    JobOpening opening = new JobOpening(OpeningId.of("op-backend"), TENANT, "Senior Backend Engineer",
        "engineering", List.of(SkillRequirement.required(SkillId.of("java")), SkillRequirement.preferred(SkillId.of("kafka"))),
        SeniorityRange.of(3, 5), Location.japan("Tokyo"), false,
        List.of(LanguageSkill.of("ja", LanguageSkill.Level.FLUENT)), EmploymentType.FULL_TIME,
        LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31), 300_000, 0);

    ReferralQuery boomerangQuery = ReferralQuery.boomerang(opening, 3).withHiringDepartment("Platform");
    RankedReferrals boomerang = ranker.topK(boomerangQuery);
    out.println("Boomerang candidates for " + opening.id() + " (scored " + boomerang.scored()
        + ", filtered " + boomerang.filtered() + "):");
    for (ReferralResult r : boomerang.results()) {
      out.printf("  #%d %s score=%.3f fit=%.3f response=%.3f%n", r.rank(), r.alumnus(), r.score(), r.fit(), r.response());
      for (FeatureContribution c : r.contributions()) {
        out.printf("      %-17s value=%.2f weight=%.2f -> %.3f%n", c.feature(), c.value(), c.weight(), c.contribution());
      }
    }
    WhyNot noConsent = ranker.whyNot(boomerangQuery, AlumnusId.of("a-fujii"));
    WhyNot junior = ranker.whyNot(boomerangQuery, AlumnusId.of("a-endo"));
    out.println("Why not a-fujii? " + noConsent);
    if (junior instanceof WhyNot.RankedBelow below) {
      out.printf("Why not a-endo?  ranked #%d, score %.3f vs %.3f for #%d; largest gaps:", below.rank(),
          below.own().score(), below.kth().score(), below.kth().rank());
      below.gaps().stream().limit(3).forEach(g -> out.printf(" %s %+.3f", g.feature(), g.difference()));
      out.println();
    } else {
      out.println("Why not a-endo?  " + junior);
    }
    out.println("Why not a-doi?   " + ranker.whyNot(boomerangQuery, AlumnusId.of("a-doi")));

    ReferralQuery referrerQuery = ReferralQuery.referrer(opening, 3).withTargets(Set.of("saas"), Set.of("Initech"));
    RankedReferrals referrer = ranker.topK(referrerQuery);
    out.println("Referrers for " + opening.id() + ": " + referrer.ids());
    return new Outcome(boomerang, referrer, noConsent, junior);
  }
}
