package org.alumnisdk.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alumnisdk.consent.Consent;
import org.alumnisdk.consent.ledger.ChainVerification;
import org.alumnisdk.consent.ledger.ConsentActor;
import org.alumnisdk.consent.ledger.ConsentEvent;
import org.alumnisdk.consent.ledger.ConsentEventType;
import org.alumnisdk.consent.ledger.ConsentMethod;
import org.alumnisdk.consent.ledger.NoticeRef;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeChannel;
import org.alumnisdk.consent.notice.NoticeShown;
import org.alumnisdk.consent.notice.NoticeType;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.activity.ActivityType;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.inmemory.InMemoryStores;
import org.alumnisdk.core.opening.EmploymentType;
import org.alumnisdk.core.opening.JobOpening;
import org.alumnisdk.core.opening.SeniorityRange;
import org.alumnisdk.core.opening.SkillRequirement;
import org.alumnisdk.core.roster.Roster;
import org.alumnisdk.core.roster.RosterImportResult;
import org.alumnisdk.core.roster.RosterOptions;
import org.alumnisdk.core.spi.IdGenerator;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.matching.Matching;
import org.alumnisdk.matching.mentor.MentorMatching;
import org.alumnisdk.matching.mentor.MentorProblem;
import org.alumnisdk.matching.referral.RankedReferrals;
import org.alumnisdk.matching.referral.ReferralConfig;
import org.alumnisdk.matching.referral.ReferralIndex;
import org.alumnisdk.matching.referral.ReferralQuery;
import org.alumnisdk.matching.referral.ReferralRanker;
import org.alumnisdk.matching.referral.ReferralResult;
import org.alumnisdk.matching.referral.Referrals;
import org.alumnisdk.matching.referral.WhyNot;
import org.alumnisdk.metrics.Engagement;
import org.alumnisdk.metrics.EngagementAnalysis;
import org.alumnisdk.metrics.kpi.Kpi;
import org.alumnisdk.metrics.MemberMetrics;
import org.alumnisdk.metrics.Population;

/**
 * The main job: one tenant's alumni programme end to end, with every module wired to the same
 * embedded in-memory stores and the same consent gate.
 *
 * <ol>
 *   <li>Offboarding: an HRIS leaver roster (CSV) is imported into the stores as invited alumni.
 *   <li>Consent capture: the purpose notice is shown (APPI Art. 21) and consents are recorded in
 *       the hash-chained ledger; one leaver refuses rehire outreach, one refuses analytics.
 *   <li>Boomerang ranking for an opening, filtered by the consent gate, with per-feature
 *       contributions and a "why not?" for the person who refused.
 *   <li>Mentor matching (stable, mentee-optimal) over consenting alumni, verified.
 *   <li>Engagement scores and the "percentage engaged" KPI over consenting alumni, with the
 *       excluded count.
 * </ol>
 *
 * <p>Everything runs as of a fixed clock, so the output is the same on every run. The scenario
 * classes in this package ({@link RosterImportExample}, {@link ConsentExample}, {@link
 * ConsentDecisionExample}, {@link ReferralRankingExample}, {@link MentorMatchingExample}, {@link
 * EngagementReportExample}) go deeper into each module.
 */
public final class Demo {
  static final TenantId TENANT = TenantId.of("acme-kk");
  static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");

  /** HRIS leaver export: Japanese headers, as a Japanese HR system writes them. Synthetic people. */
  static final String ROSTER =
      "社員番号,姓,名,セイ,メイ,メールアドレス,部署,役職,職種,等級,等級レベル,入社日,退職日,退職区分,再雇用可否,スキル\r\n"
          + "E2001,青木,一郎,アオキ,イチロウ,aoki@example.org,プラットフォーム部,シニアエンジニア,engineering,G4,4,2014/04/01,2025/03/31,自己都合,可,Java:EXPERT:10:2025-03;Kafka:ADVANCED:4:2025-03\r\n"
          + "E2002,馬場,二葉,ババ,フタバ,baba@example.org,プラットフォーム部,エンジニア,engineering,G3,3,2018/04/01,2025/09/30,自己都合,可,Java:ADVANCED:6:2025-09\r\n"
          + "E2003,千葉,三奈,チバ,ミナ,chiba@example.org,データ部,データエンジニア,engineering,G4,4,2016/04/01,2024/12/31,自己都合,可,Java:INTERMEDIATE:3:2024-12;Kafka:EXPERT:6:2024-12\r\n"
          + "E2004,土井,四郎,ドイ,シロウ,doi@example.org,プラットフォーム部,スタッフエンジニア,engineering,G5,5,2010/04/01,2024/06/30,自己都合,可,Java:EXPERT:14:2024-06\r\n"
          + "E2005,遠藤,五月,エンドウ,サツキ,endo@example.org,営業部,アカウントエグゼクティブ,sales,S1,1,2020/04/01,2025/06/30,自己都合,可,\r\n"
          + "E2006,藤井,六実,フジイ,ムツミ,fujii@example.org,プラットフォーム部,エンジニア,engineering,G3,3,2019/04/01,2026/03/31,自己都合,可,Java:ADVANCED:5:2026-03\r\n";

  private Demo() {}

  /**
   * What the demo produced, for {@code DemoTest} to check.
   *
   * @param imported alumni created by the roster import
   * @param chainIntact whether the consent ledger's hash chain verified
   * @param boomerang the ranked boomerang candidates
   * @param whyNotRefuser the explanation for the leaver who refused rehire outreach
   * @param refuser the id of that leaver
   * @param mentoring the mentor matching
   * @param engagement the engagement analysis
   * @param printed everything printed is also returned here
   */
  public record Outcome(
      int imported,
      boolean chainIntact,
      RankedReferrals boomerang,
      WhyNot whyNotRefuser,
      AlumnusId refuser,
      MentorMatching mentoring,
      EngagementAnalysis engagement,
      String printed) {}

  /**
   * Runs the demo and prints it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the demo.
   *
   * @param out where to print the walk-through
   * @return what it produced
   */
  public static Outcome run(PrintStream out) {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(new TeeStream(out, copy), true, StandardCharsets.UTF_8);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    InMemoryStores stores = InMemoryStores.create(clock, IdGenerator.sequential("alumnus"));

    both.println("== 1. Offboarding: HRIS leaver roster -> invited alumni (tenant " + TENANT + ")");
    // The HRIS export reached us 195 days ago; the invitation instant comes from this clock.
    Clock importDay = Clock.fixed(NOW.minus(Duration.ofDays(195)), ZoneOffset.UTC);
    Roster roster = Roster.using(stores.alumni(), importDay, stores.ids());
    RosterImportResult imported =
        roster.importFrom(TENANT, ROSTER.getBytes(StandardCharsets.UTF_8), RosterOptions.csv());
    both.printf("   rows=%d created=%d committed=%s errors=%d%n", imported.rows(), imported.created(),
        imported.committed(), imported.errors().size());
    Map<String, AlumnusId> byEmployee = new HashMap<>();
    for (Alumnus a : stores.alumni().findAll(TENANT, PageRequest.first(100)).items()) {
      byEmployee.put(a.externalId(), a.id());
      if (!a.externalId().equals("E2005")) { // everyone but E2005 signs up and becomes active
        Instant signUp = NOW.minus(Duration.ofDays(190));
        stores.alumni().save(a.withMembership(a.membership()
            .moveTo(MembershipStatus.REGISTERED, signUp, "")
            .moveTo(MembershipStatus.ACTIVE, signUp.plus(Duration.ofDays(1)), "")));
      }
    }
    List<Alumnus> alumni = stores.alumni().findAll(TENANT, PageRequest.first(100)).items();
    alumni.forEach(a -> both.println("   " + a)); // toString prints no personal data

    both.println("== 2. Consent capture at the exit interview (APPI Art. 21 notice, ledger)");
    Consent consent = Consent.inMemory(clock);
    Instant exit = NOW.minus(Duration.ofDays(200));
    consent.registerStandardPurposes(TENANT, exit.minus(Duration.ofDays(1)));
    consent.notices().publish(Notice.of(TENANT, StandardPurposes.PURPOSE_NOTICE, 1,
        NoticeType.COLLECTION_PURPOSE_NOTICE, "ja",
        "再雇用・リファラルのご案内、メンタリング、活動分析のために連絡先と職歴を利用します。",
        List.of(PurposeId.REHIRE_OUTREACH, PurposeId.REFERRAL_OUTREACH, PurposeId.MENTORING,
            PurposeId.ENGAGEMENT_ANALYTICS),
        exit.minus(Duration.ofDays(1))));
    NoticeRef shown = NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja");
    AlumnusId refuser = byEmployee.get("E2006");
    AlumnusId noAnalytics = byEmployee.get("E2005");
    int seq = 0;
    for (Alumnus a : alumni) {
      consent.notices().recordShown(new NoticeShown(TENANT, a.id(), StandardPurposes.PURPOSE_NOTICE, 1,
          "ja", exit, NoticeChannel.WEB_FORM));
      for (PurposeId p : List.of(PurposeId.REHIRE_OUTREACH, PurposeId.MENTORING,
          PurposeId.ENGAGEMENT_ANALYTICS)) {
        boolean refuses = (a.id().equals(refuser) && p.equals(PurposeId.REHIRE_OUTREACH))
            || (a.id().equals(noAnalytics) && p.equals(PurposeId.ENGAGEMENT_ANALYTICS));
        String eventId = "consent-" + (++seq);
        Instant at = exit.plusSeconds(seq);
        consent.ledger().append(refuses
            ? ConsentEvent.of(TENANT, eventId, a.id(), p, ConsentEventType.REFUSED, at,
                ConsentActor.SELF, ConsentMethod.CHECKBOX, "exit-form/" + a.externalId())
            : ConsentEvent.given(TENANT, eventId, a.id(), p, at, ConsentMethod.CHECKBOX,
                "exit-form/" + a.externalId(), shown));
      }
    }
    ChainVerification chain = consent.ledger().verify(TENANT);
    both.println("   " + seq + " consent events appended; hash chain: " + chain);
    PurposeGate gate = consent.gate();

    // The engagement log: what each alumnus did in the last months (events, clicks, mentoring, referrals).
    int act = 0;
    for (Alumnus a : alumni) {
      int k = Math.floorMod(a.externalId().hashCode(), 4);
      for (int i = 0; i <= k; i++) {
        ActivityType type = List.of(ActivityType.EVENT_ATTENDED, ActivityType.CONTENT_CLICKED,
            ActivityType.MENTORING, ActivityType.REFERRAL_SUBMITTED).get((i + k) % 4);
        stores.activities().append(Activity.of(ActivityId.of("act-" + (++act)), TENANT, a.id(), type,
            NOW.minus(Duration.ofDays(10L + 37L * i))));
      }
    }
    both.println("== 3. Boomerang candidates for an opening (purpose gate: rehire-outreach)");
    ReferralIndex index = Referrals.index(TENANT);
    index.putAll(alumni);
    for (Alumnus a : alumni) { // recency of engagement feeds the likelihood to respond
      stores.activities().findByAlumnus(TENANT, a.id()).stream().map(Activity::at).max(Instant::compareTo)
          .ifPresent(last -> index.recordActivity(a.id(), last));
    }
    ReferralRanker ranker = Referrals.ranker(index, gate, ReferralConfig.defaults(), clock);
    JobOpening opening = new JobOpening(OpeningId.of("op-backend"), TENANT, "Senior Backend Engineer",
        "engineering",
        List.of(SkillRequirement.required(SkillId.of("java")), SkillRequirement.preferred(SkillId.of("kafka"))),
        SeniorityRange.of(3, 5), Location.japan("Tokyo"), true,
        List.of(), EmploymentType.FULL_TIME,
        LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31), 300_000, 0);
    ReferralQuery query = ReferralQuery.boomerang(opening, 3);
    RankedReferrals ranked = ranker.topK(query);
    both.println("   scored " + ranked.scored() + ", filtered " + ranked.filtered());
    for (ReferralResult r : ranked.results()) {
      both.printf(Locale.ROOT, "   #%d %s score=%.3f (fit %.3f, response %.3f)%n", r.rank(), r.alumnus(),
          r.score(), r.fit(), r.response());
    }
    WhyNot whyNot = ranker.whyNot(query, refuser);
    both.println("   why not " + refuser + "? " + whyNot);

    both.println("== 4. Mentor matching (purpose gate: mentoring)");
    AlumnusId mentorA = byEmployee.get("E2004");
    AlumnusId mentorB = byEmployee.get("E2001");
    MentorProblem.Builder problem = MentorProblem.builder(TENANT)
        .mentor(mentorA.value(), 2)
        .mentor(mentorB.value(), 1);
    for (Alumnus a : alumni) {
      if (a.id().equals(mentorA) || a.id().equals(mentorB)) {
        continue;
      }
      problem.mentee(a.id().value());
      for (AlumnusId m : List.of(mentorA, mentorB)) {
        problem.score(a.id().value(), m.value(), mentorFit(a, stores.alumni().findById(TENANT, m).orElseThrow()));
      }
    }
    MentorMatching matching = Matching.mentoring().withConsent(gate, clock).stable(problem.build());
    matching.matches().forEach(m -> both.printf(Locale.ROOT, "   %s -> %s score %.2f%n", m.mentee(), m.mentor(),
        m.score()));
    matching.unmatched().forEach(u -> both.println("   unmatched " + u.id() + ": " + u.reason()));
    both.println("   valid=" + matching.valid() + " stable=" + matching.stable()
        + " verified=" + matching.verify().ok());

    both.println("== 5. Engagement (purpose gate: engagement-analytics)");
    Population population = Engagement.population(TENANT, alumni, gate, clock);
    EngagementAnalysis analysis = Engagement.analyze(Engagement.defaults(), population, stores.activities());
    both.println("   " + population);
    for (MemberMetrics m : analysis.members()) {
      both.printf(Locale.ROOT, "   %s score=%.2f segment=%s level=%s%n", m.alumnus(), m.score(),
          m.segment().segment(), m.level().label());
    }
    Kpi engaged = analysis.percentEngaged().any();
    both.println("   " + engaged.summary());
    both.println("   formula: " + engaged.definition().formula());

    both.flush();
    return new Outcome(imported.created(), chain.intact(), ranked, whyNot, refuser, matching, analysis,
        copy.toString(StandardCharsets.UTF_8));
  }

  /** A simple, explainable mentor fit: same job family counts most, then shared skills. */
  private static double mentorFit(Alumnus mentee, Alumnus mentor) {
    double family = mentee.lastTenure().jobFamily().equals(mentor.lastTenure().jobFamily()) ? 0.6 : 0.1;
    long shared = mentee.skills().stream()
        .filter(s -> mentor.skills().stream().anyMatch(t -> t.skill().equals(s.skill())))
        .count();
    return family + Math.min(0.4, 0.2 * shared);
  }

  /** Writes to two streams at once: the caller's and an in-memory copy. */
  private static final class TeeStream extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    TeeStream(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int x) throws IOException {
      a.write(x);
      b.write(x);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
      b.flush();
    }
  }
}
