package org.alumnisdk.core.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
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
import org.alumnisdk.core.internal.Json;
import org.alumnisdk.core.offboarding.ImportOutcome;
import org.alumnisdk.core.offboarding.LeaverRecord;
import org.alumnisdk.core.offboarding.Offboarding;
import org.alumnisdk.core.spi.AlumnusRepository;
import org.alumnisdk.core.spi.IdGenerator;
import org.alumnisdk.core.text.TextNormalizer;
import org.alumnisdk.core.validation.ModelValidator;
import org.alumnisdk.core.validation.Violation;

/**
 * Roster import and export: leaver rosters as Japanese HR systems export them (CSV in UTF-8 or
 * Windows-31J, with or without BOM; or JSON Lines), one row per tenure, several rows for a
 * boomerang.
 *
 * <p>Import reads the whole file, validates every row (Bean Validation constraints on
 * {@link RosterRow}, then conversion into {@link LeaverRecord}s), and only then writes: in
 * {@link RosterOptions.Mode#ALL_OR_NOTHING all-or-nothing} mode any error means nothing is
 * written; in {@link RosterOptions.Mode#VALID_ROWS_ONLY valid-rows-only} mode people with an
 * invalid row are skipped. All writes of one import go through {@link AlumnusRepository#saveAll}: on a
 * transactional store (the JDBC adapter) they commit together or not at all; on others a failure
 * midway undoes the writes already done (best effort) and is rethrown. Re-import is
 * idempotent by employee id (see {@link Offboarding}). Files that cannot be read at all throw a
 * {@link RosterFormatException} with line and column; messages never quote personal data.
 *
 * <p>Columns: {@code employee_id, family_name, given_name, family_name_kana, given_name_kana,
 * email, email_verified, phone, phone_verified, department, job_title, job_family, grade_code,
 * grade_level, work_country, work_region, start_date, end_date, departure_type, reason_category,
 * rehire_eligibility, rehire_reason, skills, languages}; common Japanese headers (社員番号, 姓, 名,
 * セイ, メイ, 部署, 入社日, 退職日, ...) are accepted too. Thread-safe.
 *
 * @since 0.1.0
 */
public final class Roster {
  private static final java.util.regex.Pattern DATE_SEPARATOR = java.util.regex.Pattern.compile("[-/]");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final TextNormalizer KANA = TextNormalizer.kanaReadings().withCaseFolding(false);

  private final AlumnusRepository alumni;
  private final Offboarding offboarding;

  private Roster(AlumnusRepository alumni, Clock clock, IdGenerator ids) {
    this.alumni = Objects.requireNonNull(alumni, "alumni");
    this.offboarding = Offboarding.using(alumni, clock, ids);
  }

  /**
   * Creates a roster importer and exporter over a store.
   *
   * @param alumni the alumni store
   * @param clock the clock that dates invitations
   * @param ids makes ids for new alumni
   * @return the roster service
   */
  public static Roster using(AlumnusRepository alumni, Clock clock, IdGenerator ids) {
    return new Roster(alumni, clock, ids);
  }

  // ---------------------------------------------------------------- import

  /**
   * Imports a roster from a stream (read fully, up to {@link RosterOptions#maxBytes()}).
   *
   * @param tenant the tenant
   * @param in the file; not closed
   * @param options how to read it
   * @return what happened, with row-level errors
   * @throws RosterFormatException if the file cannot be read at all; nothing is written
   * @throws UncheckedIOException if reading the stream fails
   */
  public RosterImportResult importFrom(TenantId tenant, InputStream in, RosterOptions options) {
    Checks.notNull(in, "in");
    Checks.notNull(options, "options");
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
      return importFrom(tenant, bytes, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports a roster.
   *
   * @param tenant the tenant
   * @param file the file's bytes
   * @param options how to read it
   * @return what happened, with row-level errors
   * @throws RosterFormatException if the file cannot be read at all; nothing is written
   */
  public RosterImportResult importFrom(TenantId tenant, byte[] file, RosterOptions options) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(file, "file");
    Checks.notNull(options, "options");
    if (file.length > options.maxBytes()) {
      throw new RosterFormatException(0, 0, "TooLarge", "the file is larger than " + options.maxBytes()
          + " bytes; split it or raise RosterOptions.maxBytes");
    }
    String text = decode(file, options.charset());
    List<RawRow> raw = new ArrayList<>();
    List<RosterError> errors = new ArrayList<>();
    if (options.format() == RosterFormat.CSV) {
      parseCsv(text, options, raw, errors);
    } else {
      parseJsonLines(text, options, raw, errors);
    }
    // validate rows, group by employee
    Map<String, List<Parsed>> byEmployee = new LinkedHashMap<>();
    for (RawRow r : raw) {
      RosterRow row = toRow(r.values());
      List<Violation> violations = ModelValidator.builtIn().validate(row);
      if (!violations.isEmpty()) {
        for (Violation v : violations) {
          errors.add(new RosterError(r.line(), Columns.column(v.path()), v.code(), v.messageEn(), v.messageJa()));
        }
        if (!row.employeeId().isBlank()) {
          byEmployee.computeIfAbsent(row.employeeId(), k -> new ArrayList<>()).add(new Parsed(r.line(), null));
        }
        continue;
      }
      byEmployee.computeIfAbsent(row.employeeId(), k -> new ArrayList<>()).add(new Parsed(r.line(), row));
    }
    // convert and plan
    List<ImportOutcome> planned = new ArrayList<>();
    for (Map.Entry<String, List<Parsed>> e : byEmployee.entrySet()) {
      List<Parsed> rows = e.getValue();
      if (rows.stream().anyMatch(p -> p.row() == null)) {
        continue;
      }
      List<RosterError> groupErrors = new ArrayList<>();
      Optional<LeaverRecord> record = toRecord(rows, options, groupErrors);
      if (record.isEmpty()) {
        errors.addAll(groupErrors);
        continue;
      }
      try {
        Optional<Alumnus> existing = alumni.findByExternalId(tenant, record.get().externalId());
        planned.add(offboarding.plan(tenant, record.get(), existing));
      } catch (InvalidValueException ex) {
        errors.add(rowError(rows.get(0).line(), ex));
      }
    }
    errors.sort(Comparator.comparingInt(RosterError::line).thenComparing(RosterError::column));
    int created = count(planned, ImportOutcome.Created.class);
    int updated = count(planned, ImportOutcome.Updated.class);
    int unchanged = count(planned, ImportOutcome.Unchanged.class);
    if (!errors.isEmpty() && options.mode() == RosterOptions.Mode.ALL_OR_NOTHING) {
      return new RosterImportResult(raw.size(), created, updated, unchanged, errors, false);
    }
    commit(tenant, planned);
    return new RosterImportResult(raw.size(), created, updated, unchanged, errors, true);
  }

  private static int count(List<ImportOutcome> planned, Class<?> kind) {
    return (int) planned.stream().filter(kind::isInstance).count();
  }

  private void commit(TenantId tenant, List<ImportOutcome> planned) {
    List<Alumnus> toSave = new ArrayList<>();
    for (ImportOutcome o : planned) {
      if (o instanceof ImportOutcome.Created c) {
        toSave.add(c.alumnus());
      } else if (o instanceof ImportOutcome.Updated u) {
        toSave.add(u.alumnus());
      }
    }
    if (!toSave.isEmpty()) {
      alumni.saveAll(toSave);
    }
  }

  private record RawRow(int line, Map<String, String> values) {}

  private record Parsed(int line, RosterRow row) {}

  static String decode(byte[] file, Charset fixed) {
    boolean bom = file.length >= 3 && file[0] == UTF8_BOM[0] && file[1] == UTF8_BOM[1] && file[2] == UTF8_BOM[2];
    int offset = bom ? 3 : 0;
    if (fixed != null) {
      if (bom && !fixed.equals(StandardCharsets.UTF_8)) {
        throw new RosterFormatException(1, 1, "Encoding", "the file starts with a UTF-8 byte-order mark but "
            + fixed.name() + " was requested; import it as UTF-8");
      }
      return strictDecode(file, offset, fixed);
    }
    if (bom) {
      return strictDecode(file, offset, StandardCharsets.UTF_8);
    }
    try {
      return strictDecode(file, 0, StandardCharsets.UTF_8);
    } catch (RosterFormatException notUtf8) {
      try {
        return strictDecode(file, 0, RosterOptions.WINDOWS_31J);
      } catch (RosterFormatException notSjis) {
        throw new RosterFormatException(notUtf8.line(), notUtf8.column(), "Encoding",
            "the file is neither UTF-8 nor Windows-31J (Shift_JIS); save it in one of them");
      }
    }
  }

  private static String strictDecode(byte[] file, int offset, Charset cs) {
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(file, offset, file.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, (long) (file.length * (double) dec.maxCharsPerByte()) + 16));
    CoderResult r = dec.decode(in, out, true);
    if (!r.isError()) {
      r = dec.flush(out);
    }
    if (r.isError()) {
      int bad = in.position();
      int line = 1;
      int lastNl = offset - 1;
      for (int i = offset; i < bad; i++) {
        if (file[i] == '\n') {
          line++;
          lastNl = i;
        }
      }
      throw new RosterFormatException(line, bad - lastNl, "Encoding",
          "bytes that are not valid " + cs.name() + "; check the file's encoding");
    }
    out.flip();
    return out.toString();
  }

  private static void parseCsv(String text, RosterOptions options, List<RawRow> raw, List<RosterError> errors) {
    List<Csv.Row> rows = Csv.parse(text, options.maxFieldLength());
    if (rows.isEmpty()) {
      throw new RosterFormatException(1, 1, "Empty", "the file is empty; it needs a header row");
    }
    Csv.Row header = rows.get(0);
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String c = Columns.canonical(header.fields().get(i));
      if (c == null) {
        throw new RosterFormatException(header.line(), 0, "Header", "header column " + (i + 1)
            + " is not a roster column; expected names such as " + String.join(", ", Columns.ALL));
      }
      if (columns.contains(c)) {
        throw new RosterFormatException(header.line(), 0, "Header", "column " + c + " appears twice in the header");
      }
      columns.add(c);
    }
    List<String> missing = Columns.REQUIRED.stream().filter(c -> !columns.contains(c)).sorted().toList();
    if (!missing.isEmpty()) {
      throw new RosterFormatException(header.line(), 0, "Header", "the header lacks required columns "
          + String.join(", ", missing) + " (is the first row a header?)");
    }
    for (Csv.Row r : rows.subList(1, rows.size())) {
      if (r.fields().size() != columns.size()) {
        errors.add(new RosterError(r.line(), "", "ColumnCount", "the row has " + r.fields().size()
            + " fields, the header " + columns.size(), "列数がヘッダーと一致しません"));
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        values.put(columns.get(i), r.fields().get(i));
      }
      raw.add(new RawRow(r.line(), values));
    }
  }

  private static void parseJsonLines(String text, RosterOptions options, List<RawRow> raw, List<RosterError> errors) {
    String[] lines = text.split("\r?\n|\r", -1);
    long maxLine = (long) options.maxFieldLength() * (Columns.ALL.size() + 8) * 2;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.isBlank()) {
        continue;
      }
      if (l.length() > maxLine) {
        throw new RosterFormatException(i + 1, 1, "FieldTooLong", "the line is longer than " + maxLine + " characters");
      }
      Map<String, Object> obj;
      try {
        obj = Json.parseObject(l, options.maxFieldLength());
      } catch (Json.SyntaxException e) {
        String message = String.valueOf(e.getMessage());
        String code = message.startsWith("string longer") ? "FieldTooLong"
            : message.startsWith("number out of range") ? "NumberOutOfRange" : "Json";
        throw new RosterFormatException(i + 1, e.offset() + 1, code, "malformed JSON: " + e.getMessage());
      }
      Map<String, String> values = new LinkedHashMap<>();
      boolean ok = true;
      for (Map.Entry<String, Object> m : obj.entrySet()) {
        String c = Columns.canonical(m.getKey());
        Object v = m.getValue();
        if (c == null) {
          errors.add(new RosterError(i + 1, "", "UnknownField", "member " + (values.size() + 1)
              + " is not a roster column", "不明な項目があります"));
          ok = false;
        } else if (values.containsKey(c)) {
          // {"社員番号":"E9","employee_id":"E1001"}: the later value must not silently win
          errors.add(new RosterError(i + 1, c, "DuplicateField", "two members name this column"
              + " (directly or through an alias)", "同じ項目が別名を含めて重複しています"));
          ok = false;
        } else if (v instanceof String s) {
          values.put(c, s);
        } else if (v instanceof BigDecimal d) {
          values.put(c, d.toPlainString());
        } else if (v instanceof Boolean b) {
          values.put(c, b.toString());
        } else if (v == Json.NULL) {
          values.put(c, "");
        } else {
          errors.add(new RosterError(i + 1, c, "Type", "must be a string, number, boolean or null",
              "文字列・数値・真偽値・null のいずれかにしてください"));
          ok = false;
        }
      }
      if (ok) {
        raw.add(new RawRow(i + 1, values));
      }
    }
  }

  private static RosterRow toRow(Map<String, String> v) {
    java.util.function.Function<String, String> get = k -> v.getOrDefault(k, "").strip();
    return new RosterRow(
        get.apply("employee_id").isEmpty() ? "" : Offboarding.canonicalExternalId(get.apply("employee_id")),
        get.apply("family_name"), get.apply("given_name"),
        KANA.apply(get.apply("family_name_kana")), KANA.apply(get.apply("given_name_kana")),
        get.apply("email"), get.apply("email_verified"), get.apply("phone"), get.apply("phone_verified"),
        get.apply("department"), get.apply("job_title"), get.apply("job_family"), get.apply("grade_code"),
        get.apply("grade_level"), get.apply("work_country"), get.apply("work_region"),
        get.apply("start_date"), get.apply("end_date"), get.apply("departure_type"),
        get.apply("reason_category"), get.apply("rehire_eligibility"), get.apply("rehire_reason"),
        get.apply("skills"), get.apply("languages"));
  }

  private static RosterError err(int line, String column, String code, String en, String ja) {
    return new RosterError(line, column, code, en, ja);
  }

  private static RosterError rowError(int line, InvalidValueException e) {
    Violation v = Violation.of(e);
    String f = e.field();
    String column = f.contains("end") ? "end_date" : f.contains("start") ? "start_date"
        : f.contains("lastWorkingDay") ? "end_date" : f.startsWith("contacts") ? "email" : "";
    return new RosterError(line, column, v.code(), v.messageEn(), v.messageJa());
  }

  private static Optional<LeaverRecord> toRecord(List<Parsed> rows, RosterOptions options, List<RosterError> errors) {
    RosterRow first = rows.get(0).row();
    Map<String, String> person = first.personColumns();
    for (Parsed p : rows.subList(1, rows.size())) {
      Map<String, String> other = p.row().personColumns();
      for (String c : Columns.ALL) {
        if (person.containsKey(c) && !person.get(c).equals(other.get(c))) {
          errors.add(err(p.line(), c, "Conflict", "differs from line " + rows.get(0).line()
              + " of the same employee", "同じ社員の" + rows.get(0).line() + "行目と値が異なります"));
          return Optional.empty();
        }
      }
    }
    int line = rows.get(0).line();
    List<Tenure> tenures = new ArrayList<>();
    for (Parsed p : rows) {
      RosterRow r = p.row();
      Optional<LocalDate> start = date(r.startDate(), p.line(), "start_date", errors);
      Optional<LocalDate> end = date(r.endDate(), p.line(), "end_date", errors);
      if (start.isEmpty() || end.isEmpty()) {
        return Optional.empty();
      }
      try {
        Location where = new Location(r.workCountry(), r.workRegion());
        tenures.add(new Tenure(r.department(), r.jobTitle(), r.jobFamily(),
            Grade.of(r.gradeCode(), Integer.parseInt(r.gradeLevel())), where, start.get(), end.get()));
      } catch (InvalidValueException e) {
        errors.add(rowError(p.line(), e));
        return Optional.empty();
      }
    }
    tenures.sort(Comparator.comparing(Tenure::start));
    for (int i = 1; i < tenures.size(); i++) {
      if (!tenures.get(i).start().isAfter(tenures.get(i - 1).end())) {
        errors.add(err(line, "start_date", "Overlap", "tenures of the same employee overlap",
            "同じ社員の在籍期間が重なっています"));
        return Optional.empty();
      }
    }
    String type = Columns.DEPARTURE_TYPES.getOrDefault(first.departureType(), first.departureType().toUpperCase(Locale.ROOT));
    String eligibility = Columns.REHIRE.getOrDefault(first.rehireEligibility(), first.rehireEligibility().toUpperCase(Locale.ROOT));
    DepartureType departureType;
    RehireEligibility.Status status;
    try {
      departureType = DepartureType.valueOf(type);
    } catch (IllegalArgumentException e) {
      errors.add(err(line, "departure_type", "Invalid", "must be one of VOLUNTARY, INVOLUNTARY, RETIREMENT, "
          + "CONTRACT_END, TRANSFER_TO_GROUP_COMPANY", "退職区分が正しくありません"));
      return Optional.empty();
    }
    try {
      status = RehireEligibility.Status.valueOf(eligibility);
    } catch (IllegalArgumentException e) {
      errors.add(err(line, "rehire_eligibility", "Invalid", "must be ELIGIBLE, INELIGIBLE or NEEDS_REVIEW",
          "再雇用可否が正しくありません"));
      return Optional.empty();
    }
    List<ContactPoint> contacts = new ArrayList<>();
    if (!first.email().isEmpty()) {
      Optional<String> email = TextNormalizer.email(first.email());
      if (email.isEmpty()) {
        errors.add(err(line, "email", "Email", "must be a well-formed e-mail address", "メールアドレスの形式が正しくありません"));
        return Optional.empty();
      }
      contacts.add(ContactPoint.email(email.get(), bool(first.emailVerified())));
    }
    if (!first.phone().isEmpty()) {
      contacts.add(ContactPoint.phone(first.phone(), bool(first.phoneVerified())));
    }
    List<SkillClaim> skills = new ArrayList<>();
    List<LanguageSkill> languages = new ArrayList<>();
    if (!parseSkills(first.skills(), options, skills) ) {
      errors.add(err(line, "skills", "Invalid", "each item must be skill:PROFICIENCY:years:yyyy-MM, separated by ';'",
          "スキルは skill:習熟度:年数:yyyy-MM の形式で ; 区切りにしてください"));
      return Optional.empty();
    }
    if (!parseLanguages(first.languages(), languages)) {
      errors.add(err(line, "languages", "Invalid", "each item must be tag:LEVEL (BASIC, WORKING, FLUENT, NATIVE), separated by ';'",
          "言語は tag:レベル の形式で ; 区切りにしてください"));
      return Optional.empty();
    }
    try {
      Tenure last = tenures.get(tenures.size() - 1);
      Departure departure = new Departure(last.end(), departureType, first.reasonCategory(),
          new RehireEligibility(status, first.rehireReason()));
      PersonName name = new PersonName(first.familyName(), first.givenName(), first.familyNameKana(), first.givenNameKana());
      return Optional.of(new LeaverRecord(first.employeeId(), name, contacts, tenures, departure, skills, languages));
    } catch (InvalidValueException e) {
      errors.add(rowError(line, e));
      return Optional.empty();
    }
  }

  private static boolean bool(String s) {
    String v = s.toLowerCase(Locale.ROOT);
    return v.equals("true") || v.equals("yes") || v.equals("1");
  }

  private static Optional<LocalDate> date(String s, int line, String column, List<RosterError> errors) {
    String[] parts = DATE_SEPARATOR.split(s);
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
    } catch (RuntimeException e) {
      errors.add(err(line, column, "Invalid", "is not a calendar date", "存在しない日付です"));
      return Optional.empty();
    }
  }

  private static boolean parseSkills(String s, RosterOptions options, List<SkillClaim> out) {
    if (s.isEmpty()) {
      return true;
    }
    for (String item : s.split(";", -1)) {
      String[] p = item.strip().split(":", -1);
      if (p.length != 4 || p[0].isBlank()) {
        return false;
      }
      try {
        out.add(new SkillClaim(options.skills().resolveOrDerive(p[0]),
            Proficiency.valueOf(p[1].strip().toUpperCase(Locale.ROOT)), Integer.parseInt(p[2].strip()),
            YearMonth.parse(p[3].strip())));
      } catch (RuntimeException e) {
        return false;
      }
    }
    return true;
  }

  private static boolean parseLanguages(String s, List<LanguageSkill> out) {
    if (s.isEmpty()) {
      return true;
    }
    for (String item : s.split(";", -1)) {
      String[] p = item.strip().split(":", -1);
      if (p.length != 2 || p[0].isBlank()) {
        return false;
      }
      try {
        out.add(LanguageSkill.of(p[0], LanguageSkill.Level.valueOf(p[1].strip().toUpperCase(Locale.ROOT))));
      } catch (RuntimeException e) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- export

  /**
   * Exports a tenant's alumni as a roster, one row per tenure, ordered by employee id then tenure
   * start. Only roster columns are written: the first e-mail and phone, not willingness,
   * visibility, current situation or membership.
   *
   * @param tenant the tenant
   * @param options the format and encoding
   * @return the file's bytes
   * @throws RosterFormatException (code {@code Unencodable}) if a character cannot be written in
   *     the chosen encoding (e.g. a rare kanji in Windows-31J)
   */
  public byte[] export(TenantId tenant, RosterOptions options) {
    Checks.notNull(tenant, "tenant");
    List<LeaverRecord> records = new ArrayList<>();
    PageRequest req = PageRequest.first(PageRequest.MAX_SIZE);
    Page<Alumnus> page;
    do {
      page = alumni.findAll(tenant, req);
      for (Alumnus a : page.items()) {
        records.add(toLeaverRecord(a));
      }
      req = req.next();
    } while (page.hasNext());
    return write(records, options);
  }

  /**
   * The roster view of an alumnus: what an export writes for it. Ongoing tenures (a rehired
   * person) are left out: a roster lists ended employment.
   *
   * @param a the alumnus
   * @return the leaver record
   */
  public static LeaverRecord toLeaverRecord(Alumnus a) {
    List<ContactPoint> contacts = new ArrayList<>();
    a.contacts().stream().filter(c -> c.kind() == ContactPoint.Kind.EMAIL).findFirst().ifPresent(contacts::add);
    a.contacts().stream().filter(c -> c.kind() == ContactPoint.Kind.PHONE).findFirst().ifPresent(contacts::add);
    List<Tenure> ended = a.employment().stream().filter(t -> !t.isOngoing()).toList();
    return new LeaverRecord(a.externalId(), a.name(), contacts, ended, a.departure(), a.skills(), a.languages());
  }

  /**
   * Writes leaver records as a roster, one row per tenure, ordered by employee id then start.
   *
   * @param records the records
   * @param options the format and encoding (UTF-8 when none is set)
   * @return the file's bytes
   * @throws RosterFormatException (code {@code Unencodable}) if a character cannot be written
   */
  public static byte[] write(List<LeaverRecord> records, RosterOptions options) {
    Checks.notNull(records, "records");
    Checks.notNull(options, "options");
    Charset cs = options.fixedCharset().orElse(StandardCharsets.UTF_8);
    CharsetEncoder enc = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (options.bom() && cs.equals(StandardCharsets.UTF_8)) {
      out.writeBytes(UTF8_BOM);
    }
    if (options.format() == RosterFormat.CSV) {
      StringBuilder sb = new StringBuilder();
      Csv.writeRow(sb, Columns.ALL);
      encode(enc, sb.toString(), out, "header");
    }
    List<LeaverRecord> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(LeaverRecord::externalId));
    for (LeaverRecord r : sorted) {
      List<Tenure> tenures = new ArrayList<>(r.employment());
      tenures.sort(Comparator.comparing(Tenure::start));
      for (Tenure t : tenures) {
        Map<String, String> row = rowOf(r, t);
        String line;
        if (options.format() == RosterFormat.CSV) {
          StringBuilder sb = new StringBuilder();
          Csv.writeRow(sb, new ArrayList<>(row.values()));
          line = sb.toString();
        } else {
          line = Json.writeObject(row) + "\n";
        }
        encode(enc, line, out, "employee " + r.externalId());
      }
    }
    return out.toByteArray();
  }

  private static void encode(CharsetEncoder enc, String s, ByteArrayOutputStream out, String what) {
    try {
      ByteBuffer b = enc.reset().encode(CharBuffer.wrap(s));
      out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
    } catch (CharacterCodingException e) {
      throw new RosterFormatException(0, 0, "Unencodable", what + ": a character cannot be written in "
          + enc.charset().name() + "; export as UTF-8");
    }
  }

  private static Map<String, String> rowOf(LeaverRecord r, Tenure t) {
    Map<String, String> m = new LinkedHashMap<>();
    Optional<ContactPoint> email = r.contacts().stream().filter(c -> c.kind() == ContactPoint.Kind.EMAIL).findFirst();
    Optional<ContactPoint> phone = r.contacts().stream().filter(c -> c.kind() == ContactPoint.Kind.PHONE).findFirst();
    m.put("employee_id", r.externalId());
    m.put("family_name", r.name().family());
    m.put("given_name", r.name().given());
    m.put("family_name_kana", r.name().familyKana());
    m.put("given_name_kana", r.name().givenKana());
    m.put("email", email.map(ContactPoint::value).orElse(""));
    m.put("email_verified", email.map(c -> Boolean.toString(c.verified())).orElse(""));
    m.put("phone", phone.map(ContactPoint::value).orElse(""));
    m.put("phone_verified", phone.map(c -> Boolean.toString(c.verified())).orElse(""));
    m.put("department", t.department());
    m.put("job_title", t.jobTitle());
    m.put("job_family", t.jobFamily());
    m.put("grade_code", t.grade().code());
    m.put("grade_level", Integer.toString(t.grade().level()));
    m.put("work_country", t.workLocation().country());
    m.put("work_region", t.workLocation().region());
    m.put("start_date", t.start().toString());
    m.put("end_date", t.endDate().map(LocalDate::toString).orElse(""));
    m.put("departure_type", r.departure().type().name());
    m.put("reason_category", r.departure().reasonCategory());
    m.put("rehire_eligibility", r.departure().rehireEligibility().status().name());
    m.put("rehire_reason", r.departure().rehireEligibility().reason());
    StringBuilder skills = new StringBuilder();
    for (SkillClaim s : r.skills()) {
      if (skills.length() > 0) {
        skills.append(';');
      }
      skills.append(s.skill().value()).append(':').append(s.proficiency().name()).append(':')
          .append(s.years()).append(':').append(s.lastUsed());
    }
    m.put("skills", skills.toString());
    StringBuilder langs = new StringBuilder();
    for (LanguageSkill l : r.languages()) {
      if (langs.length() > 0) {
        langs.append(';');
      }
      langs.append(l.language()).append(':').append(l.level().name());
    }
    m.put("languages", langs.toString());
    return m;
  }

  @Override
  public String toString() {
    return "Roster[" + alumni + "]";
  }
}
