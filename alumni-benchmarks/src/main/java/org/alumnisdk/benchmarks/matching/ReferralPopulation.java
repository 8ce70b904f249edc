package org.alumnisdk.benchmarks.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
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
import org.alumnisdk.matching.referral.ReferralIndex;

/**
 * Seeded synthetic population for the referral benchmarks: 2,000 skills with a skewed (roughly
 * Zipf) popularity, 1-8 skills per person, 40 job families, 300 title words, 30 departments,
 * 47 prefectures plus 5 countries, 20,000 employers, 60 industries; 10% LEFT/REHIRED, 8% not
 * rehire-eligible, 70% with activity in the last three years, 30% with a network proximity.
 */
final class ReferralPopulation {
  static final TenantId TENANT = TenantId.of("bench");
  static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
  private static final String[] COUNTRIES = {"US", "SG", "DE", "GB", "CN"};

  private ReferralPopulation() {}

  static String id(int i) {
    return "alm-" + i;
  }

  /** Builds an index of {@code n} alumni in batches, so the records never all live at once. */
  static ReferralIndex index(int n, long seed) {
    ReferralIndex ix = ReferralIndex.create(TENANT, n);
    Random r = new Random(seed);
    List<Alumnus> batch = new ArrayList<>(10_000);
    Instant[] acts = new Instant[10_000];
    for (int i = 0; i < n; i++) {
      batch.add(alumnus(r, i));
      acts[batch.size() - 1] = r.nextInt(10) < 7 ? NOW.minusSeconds(r.nextInt(3 * 365 * 86_400)) : null;
      if (batch.size() == 10_000 || i == n - 1) {
        ix.putAll(batch);
        for (int j = 0; j < batch.size(); j++) {
          if (acts[j] != null) {
            ix.recordActivity(batch.get(j).id(), acts[j]);
          }
          if (r.nextInt(10) < 3) {
            ix.setNetworkProximity(batch.get(j).id(), r.nextDouble());
          }
        }
        batch.clear();
      }
    }
    ix.compact();
    return ix;
  }

  private static int skewed(Random r, int n) {
    // popularity falls roughly like 1/rank: exp of a uniform over log n
    return (int) Math.min(n - 1, Math.floor(Math.exp(r.nextDouble() * Math.log(n))) - 1);
  }

  static Alumnus alumnus(Random r, int i) {
    List<SkillClaim> skills = new ArrayList<>();
    int ns = 1 + r.nextInt(8);
    for (int k = 0; k < ns; k++) {
      skills.add(new SkillClaim(SkillId.of("skill-" + skewed(r, 2000)), Proficiency.values()[r.nextInt(4)],
          r.nextInt(10), YearMonth.of(2024, 1 + r.nextInt(12))));
    }
    int nt = r.nextInt(5) == 0 ? 2 : 1;
    List<Tenure> tenures = new ArrayList<>();
    LocalDate start = LocalDate.of(1995 + r.nextInt(25), 1 + r.nextInt(12), 1);
    for (int t = 0; t < nt; t++) {
      LocalDate end = start.plusDays(200 + r.nextInt(4000));
      tenures.add(new Tenure("dept-" + r.nextInt(30),
          "word" + skewed(r, 300) + " word" + skewed(r, 300) + " word" + skewed(r, 300),
          "family-" + skewed(r, 40), Grade.of("G", r.nextInt(9)),
          Location.japan("pref-" + r.nextInt(47)), start, end));
      start = end.plusDays(300);
    }
    int st = r.nextInt(100);
    Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
    MembershipHistory h = MembershipHistory.invited(t0);
    if (st < 5) {
      h = h.moveTo(MembershipStatus.LEFT, t0.plusSeconds(1), "");
    } else if (st < 10) {
      h = h.moveTo(MembershipStatus.REHIRED, t0.plusSeconds(1), "");
    } else if (st < 20) {
      // stays INVITED
    } else {
      h = h.moveTo(MembershipStatus.REGISTERED, t0.plusSeconds(1), "");
      if (st < 75) {
        h = h.moveTo(MembershipStatus.ACTIVE, t0.plusSeconds(2), "");
      } else if (st < 90) {
        h = h.moveTo(MembershipStatus.DORMANT, t0.plusSeconds(2), "");
      }
    }
    int re = r.nextInt(100);
    RehireEligibility rehire = re < 4 ? RehireEligibility.ineligible("") : re < 8
        ? RehireEligibility.needsReview("") : RehireEligibility.eligible();
    Location loc = r.nextInt(10) < 8 ? Location.japan("pref-" + r.nextInt(47))
        : r.nextInt(4) == 0 ? Location.unknown() : Location.country(COUNTRIES[r.nextInt(COUNTRIES.length)]);
    List<LanguageSkill> langs = new ArrayList<>();
    langs.add(LanguageSkill.of("ja", r.nextInt(10) < 9 ? LanguageSkill.Level.NATIVE : LanguageSkill.Level.WORKING));
    if (r.nextBoolean()) {
      langs.add(LanguageSkill.of("en", LanguageSkill.Level.values()[r.nextInt(4)]));
    }
    CurrentSituation now = new CurrentSituation(r.nextInt(10) < 8 ? "employer-" + r.nextInt(20_000) : "",
        "word" + skewed(r, 300), "industry-" + r.nextInt(60), loc);
    Willingness w = new Willingness(r.nextBoolean(), r.nextBoolean(), false, false, false);
    LocalDate last = tenures.get(tenures.size() - 1).end();
    return new Alumnus(AlumnusId.of(id(i)), TENANT, "x" + i, PersonName.of("F", "G"), List.of(), tenures,
        new Departure(last, DepartureType.VOLUNTARY, "", rehire), now, skills, langs, w, null, h, 0);
  }

  /** An opening asking for popular and rare skills, on site in Tokyo-like prefecture 3. */
  static JobOpening opening(int variant) {
    Random r = new Random(1000 + variant);
    List<SkillRequirement> reqs = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    while (reqs.size() < 6) {
      int s = reqs.size() < 3 ? r.nextInt(30) : r.nextInt(2000);
      if (used.add(s)) {
        reqs.add(new SkillRequirement(SkillId.of("skill-" + s), reqs.size() < 3, 1 + r.nextInt(3)));
      }
    }
    return new JobOpening(OpeningId.of("op-" + variant), TENANT, "word1 word" + r.nextInt(50) + " word3",
        "family-" + r.nextInt(10), reqs, SeniorityRange.of(2, 5), Location.japan("pref-3"), variant % 3 == 0,
        List.of(LanguageSkill.of("ja", LanguageSkill.Level.FLUENT)), EmploymentType.FULL_TIME,
        LocalDate.of(2026, 11, 1), LocalDate.of(2027, 3, 31), 0, 0);
  }

  /** A consent snapshot gate: denies about 10% of alumni per purpose by a hash-set lookup. */
  static PurposeGate snapshotGate(int n, long seed) {
    Random r = new Random(seed);
    Set<String> deniedRehire = new HashSet<>();
    Set<String> deniedReferral = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (r.nextInt(10) == 0) {
        deniedRehire.add(id(i));
      }
      if (r.nextInt(10) == 0) {
        deniedReferral.add(id(i));
      }
    }
    GateDecision allow = GateDecision.allow("consent on record");
    GateDecision deny = GateDecision.deny("no consent on record");
    return (tenant, alumnus, purpose, at) -> {
      if (!TENANT.equals(tenant)) {
        return deny;
      }
      Set<String> d = PurposeId.REHIRE_OUTREACH.equals(purpose) ? deniedRehire : deniedReferral;
      return d.contains(alumnus.value()) ? deny : allow;
    };
  }
}
