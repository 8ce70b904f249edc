package org.alumnisdk.matching.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

/** Test data: hand-written profiles and seeded random populations over a small vocabulary. */
final class ReferralFixtures {
  static final TenantId T = TenantId.of("tenant-1");
  static final Instant NOW = Instant.parse("2026-11-25T09:30:00Z");

  private static final String[] SKILLS = {"java", "sql", "kotlin", "sales", "python", "k8s", "excel", "go"};
  private static final String[] FAMILIES = {"engineering", "Sales", "data"};
  private static final String[] WORDS = {"Senior", "software", "engineer", "data", "sales", "manager", "analyst"};
  private static final String[] DEPTS = {"R&D", "Sales", "ops", "Finance"};
  private static final String[] COUNTRIES = {"JP", "US", ""};
  private static final String[] REGIONS = {"Tokyo", "osaka", ""};
  private static final String[] LANGS = {"ja", "en", "fr"};
  private static final String[] EMPLOYERS = {"", "Acme", "globex", "Initech"};
  private static final String[] INDUSTRIES = {"", "saas", "Finance", "retail"};

  private ReferralFixtures() {}

  /** A mutable builder of one alumnus with sensible defaults (active, eligible, in Tokyo). */
  static final class A {
    String id;
    MembershipStatus status = MembershipStatus.ACTIVE;
    RehireEligibility rehire = RehireEligibility.eligible();
    List<SkillClaim> skills = new ArrayList<>();
    List<LanguageSkill> languages = new ArrayList<>(List.of(LanguageSkill.of("ja", LanguageSkill.Level.NATIVE)));
    Location location = Location.japan("Tokyo");
    String employer = "";
    String industry = "";
    String currentTitle = "";
    List<Tenure> tenures = new ArrayList<>();
    Willingness willingness = new Willingness(true, true, false, false, false);
    TenantId tenant = T;

    A(String id) {
      this.id = id;
    }

    A skill(String s, Proficiency p) {
      skills.add(new SkillClaim(SkillId.of(s), p, 3, java.time.YearMonth.of(2025, 1)));
      return this;
    }

    A tenure(String dept, String title, String family, int level, LocalDate start, LocalDate end) {
      tenures.add(new Tenure(dept, title, family, Grade.of("G" + level, level), Location.japan("Tokyo"), start, end));
      return this;
    }

    Alumnus build() {
      if (tenures.isEmpty()) {
        tenure("R&D", "Software Engineer", "engineering", 3, LocalDate.of(2015, 4, 1), LocalDate.of(2020, 3, 31));
      }
      Instant t0 = Instant.parse("2021-01-01T00:00:00Z");
      MembershipHistory h = MembershipHistory.invited(t0);
      Instant t1 = t0.plusSeconds(86_400);
      Instant t2 = t1.plusSeconds(86_400);
      h = switch (status) {
        case INVITED -> h;
        case REGISTERED -> h.moveTo(MembershipStatus.REGISTERED, t1, "");
        case ACTIVE -> h.moveTo(MembershipStatus.REGISTERED, t1, "").moveTo(MembershipStatus.ACTIVE, t2, "");
        case DORMANT -> h.moveTo(MembershipStatus.REGISTERED, t1, "").moveTo(MembershipStatus.DORMANT, t2, "");
        case LEFT -> h.moveTo(MembershipStatus.LEFT, t1, "");
        case REHIRED -> h.moveTo(MembershipStatus.REHIRED, t1, "");
      };
      LocalDate lastDay = tenures.get(tenures.size() - 1).end() != null
          ? tenures.get(tenures.size() - 1).end() : LocalDate.of(2020, 12, 31);
      return new Alumnus(AlumnusId.of(id), tenant, "ext-" + id, PersonName.of("Yamada", "Hanako"),
          List.of(), tenures, new Departure(lastDay, DepartureType.VOLUNTARY, "career-change", rehire),
          new CurrentSituation(employer, currentTitle, industry, location), skills, languages,
          willingness, null, h, 0);
    }
  }

  static JobOpening opening(String id, String title, String family, List<SkillRequirement> skills,
      int min, int max, Location loc, boolean remote, List<LanguageSkill> langs) {
    return new JobOpening(OpeningId.of(id), T, title, family, skills, SeniorityRange.of(min, max), loc,
        remote, langs, EmploymentType.FULL_TIME, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31), 0, 0);
  }

  /** A gate that denies listed (id, purpose) pairs and anything of another tenant. */
  static final class DenyListGate implements PurposeGate {
    final Set<String> denied = new HashSet<>();
    int calls;

    void deny(AlumnusId id, PurposeId purpose) {
      denied.add(id.value() + "\u0000" + purpose.value());
    }

    @Override
    public GateDecision check(TenantId tenant, AlumnusId alumnus, PurposeId purpose, Instant at) {
      calls++;
      if (!tenant.equals(T)) {
        return GateDecision.deny("other tenant");
      }
      return denied.contains(alumnus.value() + "\u0000" + purpose.value())
          ? GateDecision.deny("no consent for " + purpose) : GateDecision.allow("consented");
    }
  }

  /** A seeded random world: population, activity, proximity, gate, query, config. */
  static final class World {
    final List<Alumnus> population = new ArrayList<>();
    final Map<AlumnusId, Instant> activity = new HashMap<>();
    final Map<AlumnusId, Double> proximity = new HashMap<>();
    final DenyListGate gate = new DenyListGate();
    ReferralQuery query;
    ReferralConfig config;

    ReferralIndex index() {
      ReferralIndex ix = ReferralIndex.create(T);
      ix.putAll(population);
      ix.recordActivities(activity);
      proximity.forEach(ix::setNetworkProximity);
      return ix;
    }
  }

  static World world(long seed, int size) {
    Random r = new Random(seed);
    World w = new World();
    Set<String> ids = new LinkedHashSet<>();
    while (ids.size() < size) {
      ids.add(randomId(r));
    }
    List<Long> subSeeds = new ArrayList<>();
    for (String id : ids) {
      // about one in four profiles is a clone of an earlier one under another id: exact score ties
      long sub = !subSeeds.isEmpty() && r.nextInt(4) == 0
          ? subSeeds.get(r.nextInt(subSeeds.size())) : r.nextLong();
      subSeeds.add(sub);
      Random pr = new Random(sub);
      Alumnus a = randomAlumnus(pr, id);
      w.population.add(a);
      if (pr.nextInt(4) != 0) {
        long days = pr.nextInt(10) == 0 ? 4000 + pr.nextInt(3000) : pr.nextInt(900) - 5;
        w.activity.put(a.id(), NOW.minus(days, ChronoUnit.DAYS).minusSeconds(pr.nextInt(86_400)));
      }
      if (pr.nextInt(3) == 0) {
        w.proximity.put(a.id(), pr.nextBoolean() ? pr.nextDouble() : pr.nextInt(5) / 4.0);
      }
      if (r.nextInt(5) == 0) {
        w.gate.deny(a.id(), r.nextBoolean() ? PurposeId.REHIRE_OUTREACH : PurposeId.REFERRAL_OUTREACH);
      }
    }
    w.query = randomQuery(r, new ArrayList<>(ids));
    w.config = randomConfig(r);
    return w;
  }

  static String randomId(Random r) {
    String base = "a" + r.nextInt(1000);
    return switch (r.nextInt(12)) {
      case 0 -> base + "\u00e9";
      case 1 -> "\u96c7" + base;
      case 2 -> "A" + r.nextInt(100);
      default -> base;
    };
  }

  static Alumnus randomAlumnus(Random r, String id) {
    A a = new A(id);
    MembershipStatus[] st = MembershipStatus.values();
    a.status = r.nextInt(3) == 0 ? st[r.nextInt(st.length)] : MembershipStatus.ACTIVE;
    int re = r.nextInt(6);
    a.rehire = re == 0 ? RehireEligibility.ineligible("x") : re == 1 ? RehireEligibility.needsReview("y") : RehireEligibility.eligible();
    int ns = r.nextInt(5);
    for (int i = 0; i < ns; i++) {
      a.skill(SKILLS[r.nextInt(SKILLS.length)], Proficiency.values()[r.nextInt(4)]);
    }
    a.languages.clear();
    int nl = r.nextInt(3);
    for (int i = 0; i < nl; i++) {
      a.languages.add(LanguageSkill.of(LANGS[r.nextInt(LANGS.length)], LanguageSkill.Level.values()[r.nextInt(4)]));
    }
    String c = COUNTRIES[r.nextInt(COUNTRIES.length)];
    a.location = c.isEmpty() ? Location.unknown() : new Location(c, REGIONS[r.nextInt(REGIONS.length)]);
    a.employer = EMPLOYERS[r.nextInt(EMPLOYERS.length)];
    a.industry = INDUSTRIES[r.nextInt(INDUSTRIES.length)];
    a.currentTitle = r.nextBoolean() ? "" : WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)];
    a.willingness = new Willingness(r.nextBoolean(), r.nextBoolean(), false, false, false);
    int nt = 1 + r.nextInt(2);
    LocalDate start = LocalDate.of(2000 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28));
    for (int i = 0; i < nt; i++) {
      LocalDate end = start.plusDays(30 + r.nextInt(3000));
      boolean ongoing = i == nt - 1 && r.nextInt(8) == 0;
      a.tenure(DEPTS[r.nextInt(DEPTS.length)],
          WORDS[r.nextInt(WORDS.length)] + "-" + WORDS[r.nextInt(WORDS.length)],
          FAMILIES[r.nextInt(FAMILIES.length)], r.nextInt(7), start, ongoing ? null : end);
      start = end.plusDays(100);
    }
    return a.build();
  }

  static ReferralQuery randomQuery(Random r, List<String> ids) {
    ReferralMode mode = r.nextBoolean() ? ReferralMode.BOOMERANG : ReferralMode.REFERRER;
    List<SkillRequirement> reqs = new ArrayList<>();
    Set<String> used = new HashSet<>();
    int nr = r.nextInt(5);
    for (int i = 0; i < nr; i++) {
      String s = r.nextInt(6) == 0 ? "rare-" + r.nextInt(3) : SKILLS[r.nextInt(SKILLS.length)];
      if (used.add(s)) {
        reqs.add(new SkillRequirement(SkillId.of(s), r.nextBoolean(), new double[] {0.5, 1, 2}[r.nextInt(3)]));
      }
    }
    String c = COUNTRIES[r.nextInt(COUNTRIES.length)];
    boolean remote = r.nextInt(3) == 0;
    if (mode == ReferralMode.BOOMERANG && !remote && c.isEmpty()) {
      c = "JP";
    }
    Location loc = c.isEmpty() ? Location.unknown() : new Location(c, REGIONS[r.nextInt(REGIONS.length)]);
    List<LanguageSkill> langs = new ArrayList<>();
    if (r.nextBoolean()) {
      langs.add(LanguageSkill.of(LANGS[r.nextInt(2)], LanguageSkill.Level.values()[r.nextInt(4)]));
    }
    if (r.nextInt(8) == 0) {
      langs.add(LanguageSkill.of("de", LanguageSkill.Level.BASIC));
    }
    String title = r.nextInt(10) == 0 ? "--" : WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)]
        + (r.nextBoolean() ? " unicorn" : "");
    int min = r.nextInt(5);
    JobOpening o = opening("op-" + r.nextInt(100), title, FAMILIES[r.nextInt(FAMILIES.length)].toUpperCase(java.util.Locale.ROOT),
        reqs, min, min + r.nextInt(3), loc, remote, langs);
    ReferralQuery q = new ReferralQuery(o, mode, 1 + r.nextInt(12), Set.of(), Set.of(), "", Set.of(), Set.of());
    if (!ids.isEmpty() && r.nextBoolean()) {
      Set<AlumnusId> ex = new HashSet<>();
      for (int i = 0; i < 3; i++) {
        ex.add(AlumnusId.of(ids.get(r.nextInt(ids.size()))));
      }
      ex.add(AlumnusId.of("not-indexed"));
      q = q.withExcludedAlumni(ex);
    }
    if (r.nextInt(4) == 0) {
      q = q.withExcludedEmployers(Set.of(EMPLOYERS[1 + r.nextInt(3)].toUpperCase(java.util.Locale.ROOT), "nobody"));
    }
    if (r.nextBoolean()) {
      q = q.withHiringDepartment(DEPTS[r.nextInt(DEPTS.length)].toLowerCase(java.util.Locale.ROOT) + (r.nextInt(5) == 0 ? "x" : ""));
    }
    if (r.nextBoolean()) {
      q = q.withTargets(Set.of(INDUSTRIES[1 + r.nextInt(3)]), r.nextBoolean() ? Set.of(EMPLOYERS[1 + r.nextInt(3)]) : Set.of());
    }
    return q;
  }

  static ReferralConfig randomConfig(Random r) {
    if (r.nextInt(3) != 0) {
      return ReferralConfig.defaults();
    }
    ReferralConfig.Builder b = ReferralConfig.builder()
        .fusionFitShare(0.1 + 0.8 * r.nextDouble())
        .fusionSmoothing(r.nextBoolean() ? 0.0 : 0.2)
        .recencyHalfLifeDays(30 + r.nextInt(400))
        .seniorityTolerance(1 + r.nextInt(4))
        .fullKnowledgeMonths(12 + r.nextInt(100))
        .skillFactors(1 + r.nextDouble(), 0.1 + r.nextDouble())
        .allowRehireNeedsReview(r.nextBoolean());
    if (r.nextBoolean()) {
      b.allowedStatuses(java.util.EnumSet.of(MembershipStatus.INVITED, MembershipStatus.ACTIVE));
    }
    for (ReferralMode m : ReferralMode.values()) {
      for (Feature f : Feature.values()) {
        if (r.nextInt(3) == 0) {
          b.weight(m, f, r.nextInt(4) / 2.0);
        }
      }
      b.weight(m, Feature.JOB_FAMILY, 0.1);
      b.weight(m, Feature.WILLINGNESS, 0.2);
    }
    return b.build();
  }
}
