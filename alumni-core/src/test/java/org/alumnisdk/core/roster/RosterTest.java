package org.alumnisdk.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.alumnisdk.core.AlumniException;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.DepartureType;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.inmemory.InMemoryAlumnusRepository;
import org.alumnisdk.core.spi.AlumnusRepository;
import org.alumnisdk.core.spi.IdGenerator;
import org.junit.jupiter.api.Test;

class RosterTest {
  private static final TenantId T = TenantId.of("acme");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String HEADER = String.join(",", Columns.ALL) + "\r\n";
  private static final String ROW_1 = "E001,山田,太郎,ﾔﾏﾀﾞ,たろう,Taro@Example.com,true,,,開発部,エンジニア,engineering,G3,3,JP,東京都,"
      + "2015-04-01,2024-03-31,自己都合,career-change,可,,JS:ADVANCED:8:2024-03;Java:EXPERT:9:2024-03,ja:NATIVE;en:WORKING\r\n";
  private static final String ROW_2A = "E002,佐藤,花子,サトウ,ハナコ,hanako@example.com,false,,,営業部,\"営業, 主任\",sales,S2,2,JP,大阪府,"
      + "2010/04/01,2015/03/31,VOLUNTARY,,ELIGIBLE,,,\r\n";
  private static final String ROW_2B = "E002,佐藤,花子,サトウ,ハナコ,hanako@example.com,false,,,営業部,部長,sales,M1,5,JP,大阪府,"
      + "2018-10-01,2025-09-30,VOLUNTARY,,ELIGIBLE,,,\r\n";

  private final InMemoryAlumnusRepository repo = new InMemoryAlumnusRepository();
  private final Roster roster = Roster.using(repo, CLOCK, IdGenerator.sequential("a"));

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void importsAUtf8CsvWithQuotingKanaFoldingSkillAliasesAndABoomerang() {
    RosterImportResult r = roster.importFrom(T, utf8(HEADER + ROW_1 + ROW_2A + ROW_2B), RosterOptions.csv());
    assertThat(r.errors()).isEmpty();
    assertThat(r).isEqualTo(new RosterImportResult(3, 2, 0, 0, List.of(), true));
    Alumnus taro = repo.findByExternalId(T, "E001").orElseThrow();
    assertThat(taro.name().familyKana()).isEqualTo("ヤマダ");
    assertThat(taro.name().givenKana()).isEqualTo("タロウ");
    assertThat(taro.contacts()).containsExactly(ContactPoint.email("taro@example.com", true));
    assertThat(taro.skills()).extracting(s -> s.skill()).containsExactly(SkillId.of("javascript"), SkillId.of("java"));
    assertThat(taro.departure().type()).isEqualTo(DepartureType.VOLUNTARY);
    assertThat(taro.departure().rehireEligibility().status()).isEqualTo(RehireEligibility.Status.ELIGIBLE);
    Alumnus hanako = repo.findByExternalId(T, "E002").orElseThrow();
    assertThat(hanako.employment()).hasSize(2);
    assertThat(hanako.employment().get(0).jobTitle()).isEqualTo("営業, 主任");
    assertThat(hanako.departure().lastWorkingDay()).isEqualTo(LocalDate.of(2025, 9, 30));
  }

  @Test
  void readsWindows31jDetectedOrExplicitAndUtf8WithBom() {
    byte[] sjis = (HEADER + ROW_1).getBytes(RosterOptions.WINDOWS_31J);
    assertThat(roster.importFrom(T, sjis, RosterOptions.csv()).created()).isEqualTo(1);
    InMemoryAlumnusRepository other = new InMemoryAlumnusRepository();
    Roster r2 = Roster.using(other, CLOCK, IdGenerator.sequential("a"));
    assertThat(r2.importFrom(T, sjis, RosterOptions.csv().withCharset(RosterOptions.WINDOWS_31J)).created()).isEqualTo(1);
    assertThat(other.findByExternalId(T, "E001").orElseThrow().name().family()).isEqualTo("山田");
    byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] withBom = concat(bom, utf8(HEADER + ROW_1));
    InMemoryAlumnusRepository third = new InMemoryAlumnusRepository();
    assertThat(Roster.using(third, CLOCK, IdGenerator.sequential("a")).importFrom(T, withBom, RosterOptions.csv()).created()).isEqualTo(1);
    assertThat(third.findByExternalId(T, "E001")).isPresent();
  }

  @Test
  void japaneseHeadersAreAccepted() {
    String header = "社員番号,姓,名,部署,役職,職種,等級,等級レベル,入社日,退職日,退職区分,再雇用可否\n";
    String row = "E009,鈴木,一郎,総務部,課長,admin,M1,4,2001/4/1,2023/3/31,定年,要確認\n";
    RosterImportResult r = roster.importFrom(T, utf8(header + row), RosterOptions.csv());
    assertThat(r.errors()).isEmpty();
    assertThat(repo.findByExternalId(T, "E009").orElseThrow().departure().type()).isEqualTo(DepartureType.RETIREMENT);
  }

  @Test
  void allOrNothingWritesNothingAndReportsLineColumnAndCode() {
    String bad = ROW_2A.replace("サトウ", "佐藤").replace("2015/03/31", "2015/02/30");
    RosterImportResult r = roster.importFrom(T, utf8(HEADER + ROW_1 + bad), RosterOptions.csv());
    assertThat(r.committed()).isFalse();
    assertThat(repo.count(T)).isZero();
    assertThat(r.errors()).extracting(RosterError::line, RosterError::column, RosterError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "family_name_kana", "Katakana"));
    assertThat(r.errors().get(0).message()).doesNotContain("佐藤");
  }

  @Test
  void validRowsOnlySkipsEveryRowOfAPersonWithAnError() {
    String badSecondTenure = ROW_2B.replace("2018-10-01", "2018-13-01");
    RosterImportResult r = roster.importFrom(T, utf8(HEADER + ROW_1 + ROW_2A + badSecondTenure),
        RosterOptions.csv().withMode(RosterOptions.Mode.VALID_ROWS_ONLY));
    assertThat(r.committed()).isTrue();
    assertThat(r.created()).isEqualTo(1);
    assertThat(r.errors()).extracting(RosterError::line, RosterError::column, RosterError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "start_date", "Invalid"));
    assertThat(repo.findByExternalId(T, "E001")).isPresent();
    assertThat(repo.findByExternalId(T, "E002")).isEmpty();
  }

  @Test
  void conflictingPersonColumnsAndColumnCountsAreRowErrors() {
    String conflicting = ROW_2B.replace("hanako@example.com", "other@example.com");
    String shortRow = "E003,a,b\r\n";
    RosterImportResult r = roster.importFrom(T, utf8(HEADER + ROW_2A + conflicting + shortRow), RosterOptions.csv());
    assertThat(r.errors()).extracting(RosterError::line, RosterError::column, RosterError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "email", "Conflict"),
            org.assertj.core.groups.Tuple.tuple(4, "", "ColumnCount"));
  }

  @Test
  void reImportIsIdempotentByEmployeeId() {
    byte[] file = utf8(HEADER + ROW_1 + ROW_2A + ROW_2B);
    roster.importFrom(T, file, RosterOptions.csv());
    RosterImportResult again = roster.importFrom(T, file, RosterOptions.csv());
    assertThat(again).isEqualTo(new RosterImportResult(3, 0, 0, 2, List.of(), true));
    assertThat(repo.count(T)).isEqualTo(2);
    assertThat(repo.findByExternalId(T, "E001").orElseThrow().version()).isEqualTo(1);
    byte[] fullWidthId = utf8(HEADER + ROW_1.replace("E001", "Ｅ００１"));
    assertThat(roster.importFrom(T, fullWidthId, RosterOptions.csv()).unchanged()).isEqualTo(1);
  }

  @Test
  void exportThenImportGivesTheSameAlumni() {
    roster.importFrom(T, utf8(HEADER + ROW_1 + ROW_2A + ROW_2B), RosterOptions.csv());
    for (RosterOptions o : List.of(RosterOptions.csv(), RosterOptions.csv().withCharset(RosterOptions.WINDOWS_31J),
        RosterOptions.csv().withBom(true), RosterOptions.jsonLines())) {
      byte[] exported = roster.export(T, o);
      InMemoryAlumnusRepository copy = new InMemoryAlumnusRepository();
      Roster r2 = Roster.using(copy, CLOCK, IdGenerator.sequential("a"));
      assertThat(r2.importFrom(T, exported, o).errors()).isEmpty();
      assertThat(copy.findAll(T, PageRequest.first(10))).isEqualTo(repo.findAll(T, PageRequest.first(10)));
      assertThat(r2.export(T, o)).isEqualTo(exported);
    }
  }

  @Test
  @org.junit.jupiter.api.DisplayName("formula cells are exported spreadsheet-safe and read back as they were imported")
  void formulaInjectionIsGuardedOnExport() {
    String evil = ROW_1.replace("山田", "\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\"")
        .replace("太郎", "+SUM(A1)");
    assertThat(roster.importFrom(T, utf8(HEADER + evil), RosterOptions.csv()).errors()).isEmpty();
    for (RosterOptions o : List.of(RosterOptions.csv(), RosterOptions.csv().withCharset(RosterOptions.WINDOWS_31J))) {
      byte[] exported = roster.export(T, o);
      String text = new String(exported, o.charset() == null ? java.nio.charset.StandardCharsets.UTF_8 : o.charset());
      assertThat(text).contains("'=HYPERLINK(", "'+SUM(A1)").doesNotContain(",+SUM", ",\"=HYPERLINK");
      for (String line : text.split("\r\n")) {
        for (String cell : line.split(",")) {
          String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
          assertThat(bare.isEmpty() || "=+-@".indexOf(bare.charAt(0)) < 0).as(cell).isTrue();
        }
      }
      InMemoryAlumnusRepository copy = new InMemoryAlumnusRepository();
      Roster r2 = Roster.using(copy, CLOCK, IdGenerator.sequential("a"));
      assertThat(r2.importFrom(T, exported, o).errors()).isEmpty();
      assertThat(copy.findAll(T, PageRequest.first(10))).isEqualTo(repo.findAll(T, PageRequest.first(10)));
    }
  }

  @Test
  @org.junit.jupiter.api.DisplayName("a JSON Lines column given twice through an alias is rejected, as in a CSV header")
  void jsonLinesDuplicateThroughAlias() {
    String line = "{\"社員番号\":\"E9\",\"employee_id\":\"E1001\",\"family_name\":\"林\"}\n";
    RosterImportResult r = roster.importFrom(T, utf8(line), RosterOptions.jsonLines());
    assertThat(r.errors()).extracting(RosterError::line, RosterError::column, RosterError::code)
        .contains(org.assertj.core.groups.Tuple.tuple(1, "employee_id", "DuplicateField"));
    assertThat(r.committed()).isFalse();
    assertThat(repo.count(T)).isZero();
  }

  @Test
  @org.junit.jupiter.api.DisplayName("a roster row with NUL in a name or employee id is a row error, and nothing is imported")
  void rowsWithNul() {
    for (String bad : new String[] {ROW_1.replace("山田", "山\u0000田"), ROW_1.replace("E001", "E0\u000001")}) {
      RosterImportResult r = roster.importFrom(T, utf8(HEADER + bad), RosterOptions.csv());
      assertThat(r.errors()).hasSize(1);
      assertThat(r.errors().get(0).line()).isEqualTo(2);
      assertThat(r.committed()).isFalse();
    }
    assertThat(repo.count(T)).isZero();
  }

  @Test
  void jsonLinesRowsAreValidatedLikeCsv() {
    String ok = "{\"employee_id\":\"E5\",\"family_name\":\"林\",\"given_name\":\"陽\",\"department\":\"R&D\","
        + "\"job_title\":\"Researcher\",\"job_family\":\"research\",\"grade_code\":\"R2\",\"grade_level\":2,"
        + "\"start_date\":\"2019-04-01\",\"end_date\":\"2022-06-30\",\"departure_type\":\"VOLUNTARY\","
        + "\"rehire_eligibility\":\"ELIGIBLE\",\"email_verified\":true,\"phone\":null}";
    String unknown = "{\"employee_id\":\"E6\",\"salary\":\"secret\"}";
    RosterImportResult r = roster.importFrom(T, utf8(ok + "\n\n" + unknown + "\n"), RosterOptions.jsonLines());
    assertThat(r.errors()).extracting(RosterError::line, RosterError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "UnknownField"));
    assertThat(r.committed()).isFalse();
  }

  @Test
  void malformedFilesGiveTypedErrorsWithPositions() {
    byte[] sjis = (HEADER + ROW_1).getBytes(RosterOptions.WINDOWS_31J);
    assertThatThrownBy(() -> roster.importFrom(T, sjis, RosterOptions.csv().withCharset(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(RosterFormatException.class, e -> {
          assertThat(e.code()).isEqualTo("Encoding");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(6);
        });
    assertThatThrownBy(() -> roster.importFrom(T, new byte[] {'a', (byte) 0xFF, (byte) 0xFF, '\n'}, RosterOptions.csv()))
        .isInstanceOfSatisfying(RosterFormatException.class, e -> assertThat(e.code()).isEqualTo("Encoding"));
    assertThatThrownBy(() -> roster.importFrom(T, utf8(HEADER + ROW_1.replace("開発部", "開\"発部")), RosterOptions.csv()))
        .isInstanceOfSatisfying(RosterFormatException.class, e -> {
          assertThat(e.code()).isEqualTo("Quoting");
          assertThat(e.line()).isEqualTo(2);
        });
    assertThatThrownBy(() -> roster.importFrom(T, utf8(HEADER + "E1,\"unterminated\r\n"), RosterOptions.csv()))
        .isInstanceOfSatisfying(RosterFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    assertThatThrownBy(() -> roster.importFrom(T, utf8(ROW_1 + ROW_2A), RosterOptions.csv()))
        .isInstanceOfSatisfying(RosterFormatException.class, e -> assertThat(e.code()).isEqualTo("Header"));
    assertThatThrownBy(() -> roster.importFrom(T, utf8("employee_id,family_name\n"), RosterOptions.csv()))
        .isInstanceOfSatisfying(RosterFormatException.class, e -> assertThat(e.getMessage()).contains("department"));
    assertThatThrownBy(() -> roster.importFrom(T, new byte[0], RosterOptions.csv()))
        .isInstanceOfSatisfying(RosterFormatException.class, e -> assertThat(e.code()).isEqualTo("Empty"));
    String huge = ROW_1.replace("開発部", "x".repeat(5000));
    assertThatThrownBy(() -> roster.importFrom(T, utf8(HEADER + huge), RosterOptions.csv()))
        .isInstanceOfSatisfying(RosterFormatException.class, e -> {
          assertThat(e.code()).isEqualTo("FieldTooLong");
          assertThat(e.line()).isEqualTo(2);
        });
    assertThatThrownBy(() -> roster.importFrom(T, utf8("{\"employee_id\": \"E1\",}\n"), RosterOptions.jsonLines()))
        .isInstanceOfSatisfying(RosterFormatException.class, e -> {
          assertThat(e.code()).isEqualTo("Json");
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(22);
        });
    // numbers whose exponent would overflow int, or whose plain form would have a billion digits
    // (it exhausted a 1 GiB heap): a typed error at the number's column, nothing imported
    for (String number : new String[] {"1e999999999", "1e9999999999", "-1E-999999999", "1e65", "1e-65"}) {
      String line = "{\"employee_id\":\"E1\",\"grade_level\":" + number + "}\n";
      assertThatThrownBy(() -> roster.importFrom(T, utf8(line), RosterOptions.jsonLines()))
          .as(number)
          .isInstanceOfSatisfying(RosterFormatException.class, e -> {
            assertThat(e.code()).isEqualTo("NumberOutOfRange");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(line.indexOf(number) + 1);
          });
    }
    assertThat(repo.count(T)).isZero();
  }

  @Test
  void unencodableCharactersFailTheExportNamingTheEmployee() {
    roster.importFrom(T, utf8(HEADER + ROW_1.replace("山田", "𠮷田")), RosterOptions.csv());
    assertThatThrownBy(() -> roster.export(T, RosterOptions.csv().withCharset(RosterOptions.WINDOWS_31J)))
        .isInstanceOfSatisfying(RosterFormatException.class, e -> {
          assertThat(e.code()).isEqualTo("Unencodable");
          assertThat(e.getMessage()).contains("E001").doesNotContain("𠮷");
        });
  }

  @Test
  void aStoreFailureMidwayUndoesEarlierWrites() {
    AtomicInteger saves = new AtomicInteger();
    AlumnusRepository failing = new AlumnusRepository() {
      @Override public Optional<Alumnus> findById(TenantId t, AlumnusId id) { return repo.findById(t, id); }
      @Override public Optional<Alumnus> findByExternalId(TenantId t, String e) { return repo.findByExternalId(t, e); }
      @Override public Page<Alumnus> findAll(TenantId t, PageRequest p) { return repo.findAll(t, p); }
      @Override public boolean delete(TenantId t, AlumnusId id, long v) { return repo.delete(t, id, v); }
      @Override public long count(TenantId t) { return repo.count(t); }
      @Override public Alumnus save(Alumnus a) {
        if (saves.incrementAndGet() == 2) {
          throw new AlumniException("disk full");
        }
        return repo.save(a);
      }
    };
    Roster r = Roster.using(failing, CLOCK, IdGenerator.sequential("a"));
    assertThatThrownBy(() -> r.importFrom(T, utf8(HEADER + ROW_1 + ROW_2A + ROW_2B), RosterOptions.csv()))
        .hasMessageContaining("disk full");
    assertThat(repo.count(T)).isZero();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
