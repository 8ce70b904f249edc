package org.alumnisdk.testkit.generators;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.activity.ActivityType;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.ContactPoint;
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
import org.alumnisdk.core.offboarding.LeaverRecord;
import org.alumnisdk.core.referral.ReferralStage;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of clearly fake alumni data, shared by the SDK's property tests and
 * by hosts: names with kana readings, tenures and employment histories, leaver records, alumni,
 * activities and lifecycle event sequences (which deliberately include illegal moves).
 *
 * <p>All text fits Windows-31J, so generated rosters can be written in either encoding. Use
 * them with a fixed seed: {@code qt().withFixedSeed(SEED).forAll(AlumniGenerators.alumni(t))}.
 *
 * @since 0.1.0
 */
public final class AlumniGenerators {
  private static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");
  private static final List<String[]> FAMILY = List.of(
      new String[] {"山田", "ヤマダ"}, new String[] {"佐藤", "サトウ"}, new String[] {"鈴木", "スズキ"},
      new String[] {"高橋", "タカハシ"}, new String[] {"田中", "タナカ"}, new String[] {"伊藤", "イトウ"},
      new String[] {"渡辺", "ワタナベ"}, new String[] {"中村", "ナカムラ"}, new String[] {"Smith", ""},
      new String[] {"小林", ""});
  private static final List<String[]> GIVEN = List.of(
      new String[] {"太郎", "タロウ"}, new String[] {"花子", "ハナコ"}, new String[] {"一郎", "イチロウ"},
      new String[] {"美咲", "ミサキ"}, new String[] {"健太", "ケンタ"}, new String[] {"陽菜", "ヒナ"},
      new String[] {"Alex", ""}, new String[] {"翔", "ショウ"});
  private static final List<String> DEPARTMENTS = List.of("開発部", "営業部, 東日本", "R&D \"Lab\"",
      "人事部\n採用課", "経理部", "Customer Success");
  private static final List<String> TITLES = List.of("エンジニア", "主任", "課長", "Manager", "Analyst");
  private static final List<String> FAMILIES = List.of("engineering", "sales", "finance", "hr", "design");
  private static final List<String> PREFECTURES = List.of("東京都", "大阪府", "福岡県", "北海道", "");
  private static final List<String> SKILLS = List.of("java", "python", "sql", "javascript", "accounting",
      "sales", "cobol-dev", "project-management");
  private static final List<String> REASONS = List.of("", "career-change", "family", "relocation");
  private static final List<String> LANGUAGES = List.of("ja", "en", "zh", "ko");

  private AlumniGenerators() {}

  /**
   * Names with kana readings (empty for non-Japanese names).
   *
   * @return the generator
   */
  public static Gen<PersonName> names() {
    return Generate.pick(FAMILY).zip(Generate.pick(GIVEN),
        (f, g) -> new PersonName(f[0], g[0], f[1].isEmpty() ? "" : f[1], f[1].isEmpty() ? "" : g[1]));
  }

  /**
   * One ended tenure that starts on {@code start}.
   *
   * @param start the first day
   * @return the generator
   */
  public static Gen<Tenure> tenureFrom(LocalDate start) {
    return Generate.pick(DEPARTMENTS).zip(Generate.pick(TITLES), Generate.pick(FAMILIES),
        integers().between(0, 9), (dept, title, family, level) -> new Object[] {dept, title, family, level})
        .zip(Generate.pick(PREFECTURES), integers().between(30, 4000), (o, pref, days) -> new Tenure(
            (String) o[0], (String) o[1], (String) o[2], Grade.of("G" + o[3], (Integer) o[3]),
            pref.isEmpty() ? Location.unknown() : Location.japan(pref), start, start.plusDays(days)));
  }

  /**
   * Ended tenures (data in the past): 1990 to 2015 starts, 30 days to 11 years long.
   *
   * @return the generator
   */
  public static Gen<Tenure> tenures() {
    return integers().between(0, 9000).flatMap(d -> tenureFrom(LocalDate.of(1990, 1, 1).plusDays(d)));
  }

  /**
   * Employment histories of one to three ended, non-overlapping tenures, oldest first (several
   * tenures: a boomerang).
   *
   * @return the generator
   */
  public static Gen<List<Tenure>> employmentHistories() {
    return integers().between(1, 3).flatMap(n -> integers().between(0, 5000).flatMap(firstDay -> history(n, LocalDate.of(1995, 1, 1).plusDays(firstDay))));
  }

  private static Gen<List<Tenure>> history(int n, LocalDate start) {
    Gen<List<Tenure>> one = tenureFrom(start).map(t -> List.of(t));
    if (n == 1) {
      return one;
    }
    return tenureFrom(start).flatMap(t -> integers().between(1, 900)
        .flatMap(gap -> history(n - 1, t.end().plusDays(gap)).map(rest -> {
          List<Tenure> all = new ArrayList<>();
          all.add(t);
          all.addAll(rest);
          return List.copyOf(all);
        })));
  }

  /**
   * Skill claims with distinct skill ids (canonical ids of the built-in alias table, plus one
   * the table does not know).
   *
   * @return the generator
   */
  public static Gen<List<SkillClaim>> skills() {
    Gen<SkillClaim> claim = Generate.pick(SKILLS).zip(Generate.enumValues(Proficiency.class), integers().between(0, 40),
        integers().between(0, 300), (s, p, y, m) -> new SkillClaim(SkillId.of(s), p, y, YearMonth.of(2000, 1).plusMonths(m)));
    return lists().of(claim).ofSizeBetween(0, 4).map(list -> {
      Map<SkillId, SkillClaim> distinct = new LinkedHashMap<>();
      list.forEach(c -> distinct.putIfAbsent(c.skill(), c));
      return List.copyOf(distinct.values());
    });
  }

  /**
   * Languages with distinct tags.
   *
   * @return the generator
   */
  public static Gen<List<LanguageSkill>> languages() {
    Gen<LanguageSkill> one = Generate.pick(LANGUAGES).zip(Generate.enumValues(LanguageSkill.Level.class), LanguageSkill::of);
    return lists().of(one).ofSizeBetween(0, 3).map(list -> {
      Map<String, LanguageSkill> distinct = new LinkedHashMap<>();
      list.forEach(l -> distinct.putIfAbsent(l.language(), l));
      return List.copyOf(distinct.values());
    });
  }

  /**
   * Departures on a given last working day.
   *
   * @param lastDay the last working day
   * @return the generator
   */
  public static Gen<Departure> departureOn(LocalDate lastDay) {
    Gen<RehireEligibility> eligibility = Generate.enumValues(RehireEligibility.Status.class)
        .zip(Generate.pick(List.of("", "要面談", "policy")), RehireEligibility::new);
    return Generate.enumValues(DepartureType.class).zip(Generate.pick(REASONS), eligibility,
        (t, r, e) -> new Departure(lastDay, t, r, e));
  }

  /**
   * HRIS leaver records numbered {@code n} (external id {@code E<n>}), with e-mail and phone
   * contacts, one to three tenures, skills and languages.
   *
   * @param n the number that makes the external id and e-mail unique
   * @return the generator
   */
  public static Gen<LeaverRecord> leaverRecord(int n) {
    Gen<List<ContactPoint>> contacts = booleans().all().zip(booleans().all(), booleans().all(), (hasPhone, ev, pv) -> {
      List<ContactPoint> c = new ArrayList<>();
      c.add(ContactPoint.email("user" + n + "@example.com", ev));
      if (hasPhone) {
        c.add(ContactPoint.phone("+81-90-0000-" + String.format("%04d", n % 10000), pv));
      }
      return List.copyOf(c);
    });
    return employmentHistories().flatMap(tenures -> names().zip(contacts, skills(), languages(),
        departureOn(tenures.get(tenures.size() - 1).end()),
        (name, c, s, l, d) -> new LeaverRecord("E" + n, name, c, tenures, d, s, l)));
  }

  /**
   * Rosters of up to {@code max} leaver records with distinct external ids.
   *
   * @param max the largest roster
   * @return the generator
   */
  public static Gen<List<LeaverRecord>> leaverRosters(int max) {
    return integers().between(0, max).flatMap(size -> {
      Gen<List<LeaverRecord>> acc = Generate.constant(List.of());
      for (int i = 1; i <= size; i++) {
        int n = i;
        acc = acc.flatMap(list -> leaverRecord(n).map(r -> {
          List<LeaverRecord> next = new ArrayList<>(list);
          next.add(r);
          return List.copyOf(next);
        }));
      }
      return acc;
    });
  }

  /**
   * Unsaved alumni of a tenant, invited at a generated instant, with ids {@code a-<n>} for
   * {@code n} in 0..999.
   *
   * @param tenant the tenant
   * @return the generator
   */
  public static Gen<Alumnus> alumni(TenantId tenant) {
    return integers().between(0, 999).flatMap(n -> leaverRecord(n).zip(integers().between(0, 100_000), (r, minutes) ->
        new Alumnus(AlumnusId.of("a-" + n), tenant, r.externalId(), r.name(), r.contacts(), r.employment(),
            r.departure(), null, r.skills(), r.languages(), null, null,
            MembershipHistory.invited(EPOCH.plus(Duration.ofMinutes(minutes))), 0)));
  }

  /**
   * Activities of a tenant by the given alumni, ids {@code x-<n>} drawn from a small range so that
   * duplicates (idempotent appends) occur.
   *
   * @param tenant the tenant
   * @param alumni who may act; not empty
   * @return the generator
   */
  public static Gen<Activity> activities(TenantId tenant, List<AlumnusId> alumni) {
    List<ActivityType> types = List.of(ActivityType.EVENT_ATTENDED, ActivityType.REFERRAL_SUBMITTED,
        ActivityType.CONTENT_OPENED, ActivityType.MENTORING, ActivityType.POST_CREATED);
    return integers().between(0, 199).zip(Generate.pick(alumni), Generate.pick(types), integers().between(0, 500_000),
        (id, a, t, minutes) -> new Activity(ActivityId.of("x-" + id), tenant, a, t, EPOCH.plus(Duration.ofMinutes(minutes)), ""));
  }

  /**
   * A requested lifecycle move: a target state and the minutes since the previous move.
   *
   * @param target the requested state
   * @param minutesLater minutes after the previous move (0 allowed)
   * @param <S> the state type
   */
  public record Move<S>(S target, int minutesLater) {}

  /**
   * Random membership moves, legal and illegal alike.
   *
   * @return the generator
   */
  public static Gen<List<Move<MembershipStatus>>> membershipMoves() {
    return moves(MembershipStatus.class, 30);
  }

  /**
   * Random referral pipeline moves, legal and illegal alike.
   *
   * @return the generator
   */
  public static Gen<List<Move<ReferralStage>>> referralMoves() {
    return moves(ReferralStage.class, 12);
  }

  /**
   * Random moves over any lifecycle enum, legal and illegal alike.
   *
   * @param type the state enum
   * @param maxLength the longest sequence
   * @param <S> the state type
   * @return the generator
   */
  public static <S extends Enum<S>> Gen<List<Move<S>>> moves(Class<S> type, int maxLength) {
    Gen<Move<S>> move = Generate.enumValues(type).zip(integers().between(0, 10_000), Move::new);
    return lists().of(move).ofSizeBetween(0, maxLength);
  }
}
