package org.alumnisdk.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.inmemory.InMemoryStores;
import org.alumnisdk.core.roster.Roster;
import org.alumnisdk.core.roster.RosterError;
import org.alumnisdk.core.roster.RosterFormatException;
import org.alumnisdk.core.roster.RosterImportResult;
import org.alumnisdk.core.roster.RosterOptions;
import org.alumnisdk.core.spi.IdGenerator;
import org.alumnisdk.core.validation.ModelValidator;

/**
 * Importing an HR leaver roster the way a Japanese HRIS exports it: Shift_JIS (Windows-31J) CSV
 * with Japanese headers, half-width kana and a boomerang with two tenures. A broken file is
 * rejected whole with row-level errors, the corrected file is imported, a re-import changes
 * nothing, a file with a broken quote fails with a typed error, and the roster is exported as
 * JSON Lines.
 */
public final class RosterImportExample {
  private RosterImportExample() {}

  /**
   * What the walk-through produced, for the test to check.
   *
   * @param rejected the all-or-nothing result of the broken file
   * @param imported the result of the corrected file
   * @param reimported the result of importing it again
   * @param formatError the code of the typed error for the broken quote
   * @param invited how many imported alumni are INVITED
   * @param tenuresOfBoomerang tenures of employee E1002
   * @param exportedJsonLines the JSON Lines export
   */
  public record Outcome(RosterImportResult rejected, RosterImportResult imported, RosterImportResult reimported,
      String formatError, long invited, int tenuresOfBoomerang, String exportedJsonLines) {}

  static final String HEADER = "社員番号,姓,名,セイ,メイ,メールアドレス,部署,役職,職種,等級,等級レベル,入社日,退職日,退職区分,再雇用可否,スキル\r\n";
  static final String GOOD = HEADER
      + "E1001,山田,太郎,ﾔﾏﾀﾞ,ﾀﾛｳ,taro.yamada@example.com,開発部,エンジニア,engineering,G3,3,2015/04/01,2024/03/31,自己都合,可,JS:ADVANCED:8:2024-03\r\n"
      + "E1002,佐藤,花子,さとう,はなこ,hanako@example.com,\"営業部, 東日本\",主任,sales,S2,2,2010/04/01,2016/03/31,自己都合,可,\r\n"
      + "E1002,佐藤,花子,さとう,はなこ,hanako@example.com,営業部,課長,sales,M1,4,2019/10/01,2025/09/30,自己都合,可,\r\n"
      + "E1003,鈴木,一郎,スズキ,イチロウ,,総務部,部長,admin,M3,6,1990/04/01,2025/03/31,定年,要確認,経理:EXPERT:20:2025-03\r\n";

  /**
   * Runs the walk-through.
   *
   * @param out where to print it
   * @return the outcome
   */
  public static Outcome run(PrintStream out) {
    Clock clock = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
    InMemoryStores stores = InMemoryStores.create(clock, IdGenerator.sequential("alumnus"));
    TenantId tenant = TenantId.of("acme-hr");
    Roster roster = Roster.using(stores.alumni(), clock, stores.ids());
    RosterOptions options = RosterOptions.csv(); // encoding detected: UTF-8 (with or without BOM) or Windows-31J

    out.println("1. A Shift_JIS roster with a bad kana reading and an impossible date, all-or-nothing:");
    String broken = GOOD.replace("ﾔﾏﾀﾞ", "山田").replace("2010/04/01", "2010/02/30");
    RosterImportResult rejected = roster.importFrom(tenant, broken.getBytes(RosterOptions.WINDOWS_31J), options);
    for (RosterError e : rejected.errors()) {
      out.printf("   line %d, column %s, %s: %s / %s%n", e.line(), e.column(), e.code(), e.message(), e.messageJa());
    }
    out.printf("   committed=%s, alumni stored=%d%n", rejected.committed(), stores.alumni().count(tenant));

    out.println("2. The corrected file:");
    RosterImportResult imported = roster.importFrom(tenant, GOOD.getBytes(RosterOptions.WINDOWS_31J), options);
    out.printf("   rows=%d created=%d updated=%d unchanged=%d%n", imported.rows(), imported.created(),
        imported.updated(), imported.unchanged());
    List<Alumnus> all = stores.alumni().findAll(tenant, PageRequest.first(100)).items();
    all.forEach(a -> out.println("   " + a + " kana=" + a.name().familyKana() + " skills=" + a.skills().stream()
        .map(s -> s.skill().value()).toList()));
    out.println("   Bean Validation (built-in): " + ModelValidator.builtIn().validate(all.get(0)));

    out.println("3. Importing the same file again:");
    RosterImportResult again = roster.importFrom(tenant, GOOD.getBytes(RosterOptions.WINDOWS_31J), options);
    out.printf("   created=%d updated=%d unchanged=%d%n", again.created(), again.updated(), again.unchanged());

    out.println("4. A file with a stray quote:");
    String format;
    try {
      roster.importFrom(tenant, (HEADER + "E1,\"oops\"x\r\n").getBytes(StandardCharsets.UTF_8), options);
      format = "none";
    } catch (RosterFormatException e) {
      format = e.code();
      out.println("   " + e.getMessage());
    }

    out.println("5. Export as JSON Lines:");
    String jsonl = new String(roster.export(tenant, RosterOptions.jsonLines()), StandardCharsets.UTF_8);
    out.println("   " + jsonl.lines().count() + " lines; first: " + jsonl.lines().findFirst().orElse("").substring(0, 60) + "...");

    long invited = all.stream().filter(a -> a.status() == MembershipStatus.INVITED).count();
    int tenures = stores.alumni().findByExternalId(tenant, "E1002").orElseThrow().employment().size();
    return new Outcome(rejected, imported, again, format, invited, tenures, jsonl);
  }

  /**
   * Prints the walk-through.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
