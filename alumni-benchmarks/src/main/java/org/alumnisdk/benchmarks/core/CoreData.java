package org.alumnisdk.benchmarks.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.DepartureType;
import org.alumnisdk.core.alumnus.Grade;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.Proficiency;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.offboarding.LeaverRecord;

/** Deterministic synthetic leaver records for the core benchmarks. */
final class CoreData {
  private CoreData() {}

  private static final String[][] FAMILY = {{"山田", "ヤマダ"}, {"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"}};
  private static final String[][] GIVEN = {{"太郎", "タロウ"}, {"花子", "ハナコ"}, {"一郎", "イチロウ"}, {"美咲", "ミサキ"}};
  private static final String[] DEPTS = {"開発部", "営業部, 東日本", "人事部", "経理部"};
  private static final String[] SKILLS = {"java", "python", "sql", "javascript", "accounting", "sales"};

  static List<LeaverRecord> leavers(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<LeaverRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String[] f = FAMILY[rnd.nextInt(FAMILY.length)];
      String[] g = GIVEN[rnd.nextInt(GIVEN.length)];
      int tenures = rnd.nextInt(10) == 0 ? 2 : 1;
      List<Tenure> ts = new ArrayList<>();
      LocalDate start = LocalDate.of(1995, 1, 1).plusDays(rnd.nextInt(6000));
      for (int t = 0; t < tenures; t++) {
        LocalDate end = start.plusDays(200 + rnd.nextInt(3000));
        ts.add(new Tenure(DEPTS[rnd.nextInt(DEPTS.length)], "Engineer", "engineering", Grade.of("G3", 3),
            Location.japan("東京都"), start, end));
        start = end.plusDays(100 + rnd.nextInt(500));
      }
      LocalDate last = ts.get(ts.size() - 1).end();
      List<SkillClaim> skills = List.of(new SkillClaim(SkillId.of(SKILLS[rnd.nextInt(SKILLS.length)]),
          Proficiency.ADVANCED, rnd.nextInt(20), YearMonth.of(2020, 1 + rnd.nextInt(12))));
      out.add(new LeaverRecord("E" + i, new PersonName(f[0], g[0], f[1], g[1]),
          List.of(ContactPoint.email("user" + i + "@example.com", rnd.nextBoolean())), ts,
          new Departure(last, DepartureType.VOLUNTARY, "career-change", RehireEligibility.eligible()),
          skills, List.of(LanguageSkill.of("ja", LanguageSkill.Level.NATIVE))));
    }
    return out;
  }
}
