package org.alumnisdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ContentId;
import org.alumnisdk.core.EventId;
import org.alumnisdk.core.GroupId;
import org.alumnisdk.core.MentorshipId;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.ReferralId;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.ApplicationId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.activity.ActivityType;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.CurrentSituation;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.DepartureType;
import org.alumnisdk.core.alumnus.FieldGroup;
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
import org.alumnisdk.core.alumnus.Visibility;
import org.alumnisdk.core.alumnus.VisibilitySettings;
import org.alumnisdk.core.alumnus.Willingness;
import org.alumnisdk.core.content.Content;
import org.alumnisdk.core.content.ContentKind;
import org.alumnisdk.core.content.InteractionType;
import org.alumnisdk.core.event.Event;
import org.alumnisdk.core.event.EventKind;
import org.alumnisdk.core.group.Group;
import org.alumnisdk.core.group.GroupKind;
import org.alumnisdk.core.mentoring.Mentorship;
import org.alumnisdk.core.mentoring.MentorshipProgram;
import org.alumnisdk.core.mentoring.MentorshipStatus;
import org.alumnisdk.core.offboarding.ImportOutcome;
import org.alumnisdk.core.offboarding.LeaverRecord;
import org.alumnisdk.core.opening.EmploymentType;
import org.alumnisdk.core.opening.JobOpening;
import org.alumnisdk.core.opening.SeniorityRange;
import org.alumnisdk.core.opening.SkillRequirement;
import org.alumnisdk.core.referral.Candidate;
import org.alumnisdk.core.referral.Referral;
import org.alumnisdk.core.referral.ReferralStage;
import org.alumnisdk.core.rehire.RehireApplication;
import org.alumnisdk.core.rehire.RehireStage;
import org.alumnisdk.core.roster.RosterError;
import org.alumnisdk.core.roster.RosterImportResult;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.text.TextNormalizer;
import org.alumnisdk.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class JsonRoundTripTest {
  private static final TenantId T = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-04-01T09:30:00Z");

  private static final ObjectMapper JACKSON2 = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

  static Alumnus alumnus() {
    Tenure first = new Tenure("開発部", "Engineer", "engineering", Grade.of("G3", 3), Location.japan("東京都"),
        LocalDate.of(2015, 4, 1), LocalDate.of(2020, 3, 31));
    Tenure second = new Tenure("開発部", "Lead", "engineering", Grade.of("M1", 5), Location.country("SG"),
        LocalDate.of(2022, 1, 4), null);
    MembershipHistory h = MembershipHistory.invited(T0).moveTo(MembershipStatus.REGISTERED, T0.plusSeconds(60), "")
        .moveTo(MembershipStatus.REHIRED, T0.plusSeconds(120), "app-1");
    return new Alumnus(AlumnusId.of("a-1"), T, "E001", new PersonName("山田", "太郎", "ヤマダ", "タロウ"),
        List.of(ContactPoint.email("taro@example.com", true), ContactPoint.phone("+81-3-0000-0000", false)),
        List.of(first, second),
        new Departure(LocalDate.of(2020, 3, 31), DepartureType.VOLUNTARY, "career-change", RehireEligibility.needsReview("check")),
        new CurrentSituation("Other KK", "CTO", "software", Location.japan("大阪府")),
        List.of(new SkillClaim(SkillId.of("java"), Proficiency.EXPERT, 10, YearMonth.of(2024, 3))),
        List.of(LanguageSkill.of("ja", LanguageSkill.Level.NATIVE), LanguageSkill.of("en", LanguageSkill.Level.FLUENT)),
        new Willingness(true, true, false, true, false),
        VisibilitySettings.privateByDefault().with(FieldGroup.SKILLS, Visibility.ALUMNI),
        h, 7);
  }

  static Stream<Object> samples() {
    Alumnus a = alumnus();
    Referral referral = Referral.submit(ReferralId.of("r-1"), T, OpeningId.of("o-1"), a.id(),
        Candidate.external(PersonName.of("佐藤", "花子"), "h@example.com"), 300_000, T0)
        .moveTo(ReferralStage.SCREENING, T0.plusSeconds(1)).moveTo(ReferralStage.INTERVIEWING, T0.plusSeconds(2))
        .moveTo(ReferralStage.OFFERED, T0.plusSeconds(3)).moveTo(ReferralStage.HIRED, T0.plusSeconds(4))
        .payReward(T0.plusSeconds(5));
    Alumnus eligible = a.withDeparture(new Departure(LocalDate.of(2020, 3, 31), DepartureType.VOLUNTARY, "", RehireEligibility.eligible()));
    RehireApplication app = RehireApplication.open(ApplicationId.of("app-1"), eligible, OpeningId.of("o-1"), T0)
        .moveTo(RehireStage.SCREENING, T0);
    Event event = Event.schedule(EventId.of("ev-1"), T, "Tokyo meetup", EventKind.HYBRID, T0, T0.plusSeconds(7200), 1)
        .rsvp(AlumnusId.of("a-1")).rsvp(AlumnusId.of("a-2")).checkIn(AlumnusId.of("a-1"), T0.plusSeconds(30));
    Content content = Content.publish(ContentId.of("c-1"), T, ContentKind.INTERVIEW, "Boomerang stories", T0)
        .record(AlumnusId.of("a-1"), InteractionType.DELIVERED, T0).record(AlumnusId.of("a-1"), InteractionType.CLICKED, T0);
    Tenure ended = new Tenure("営業部", "Rep", "sales", Grade.of("S1", 1), null, LocalDate.of(2010, 4, 1), LocalDate.of(2015, 3, 31));
    LeaverRecord leaver = new LeaverRecord("E002", PersonName.of("佐藤", "花子"), List.of(ContactPoint.email("h@example.com", false)),
        List.of(ended), new Departure(LocalDate.of(2015, 3, 31), DepartureType.CONTRACT_END, "", RehireEligibility.eligible()),
        List.of(), List.of());
    return Stream.of(
        a, a.name(), a.departure(), a.lastTenure(), a.membership(), a.visibility(), a.willingness(),
        new JobOpening(OpeningId.of("o-1"), T, "Backend", "engineering",
            List.of(SkillRequirement.required(SkillId.of("java")), new SkillRequirement(SkillId.of("sql"), false, 0.5)),
            SeniorityRange.of(2, 5), Location.japan("東京都"), true, List.of(LanguageSkill.of("ja", LanguageSkill.Level.WORKING)),
            EmploymentType.FULL_TIME, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), 300_000, 2),
        referral, app, event, content,
        MentorshipProgram.of(ProgramId.of("p-1"), T, "Spring", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), 3),
        Mentorship.propose(MentorshipId.of("m-1"), T, ProgramId.of("p-1"), AlumnusId.of("a-1"), AlumnusId.of("a-2"), T0)
            .moveTo(MentorshipStatus.ACTIVE, T0.plusSeconds(9)),
        Group.create(GroupId.of("g-1"), T, "Osaka chapter", GroupKind.CHAPTER, Location.japan("大阪府"))
            .join(AlumnusId.of("a-1"), Group.Role.ORGANIZER, T0),
        new Activity(ActivityId.of("x-1"), T, AlumnusId.of("a-1"), ActivityType.EVENT_ATTENDED, T0, "ev-1"),
        leaver, new ImportOutcome.Created(a), new ImportOutcome.Updated(a, true),
        new Violation("name.familyKana", "Katakana", "must be written in katakana", "カタカナで入力してください"),
        new RosterError(3, "email", "Email", "bad", "不正"),
        new RosterImportResult(3, 1, 1, 0, List.of(new RosterError(3, "email", "Email", "bad", "不正")), false),
        GateDecision.deny("no consent"), PageRequest.of(2, 50), TextNormalizer.kanaReadings(),
        PurposeId.MENTORING, new ActivityId("x"));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void roundTripsThroughJackson2WithJavaTimeModule(Object value) throws IOException {
    String json = JACKSON2.writeValueAsString(value);
    assertThat(JACKSON2.readValue(json, value.getClass())).isEqualTo(value);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void roundTripsThroughJackson3(Object value) {
    String json = JACKSON3.writeValueAsString(value);
    assertThat(JACKSON3.readValue(json, value.getClass())).isEqualTo(value);
  }

  @Test
  void bothMajorsWriteIso8601TimesAndTheSameTree() throws IOException {
    Alumnus a = alumnus();
    String j2 = JACKSON2.writeValueAsString(a);
    String j3 = JACKSON3.writeValueAsString(a);
    assertThat(j2).contains("\"2015-04-01\"", "\"2026-04-01T09:30:00Z\"", "\"2024-03\"");
    assertThat(JACKSON2.readTree(j2)).isEqualTo(JACKSON2.readTree(j3));
    assertThat(j2).doesNotContain("\"ongoing\"").doesNotContain("\"unknown\"");
  }

  @Test
  void noJacksonTypeAppearsInThePublicApi() throws URISyntaxException, IOException, ClassNotFoundException {
    Path root = Path.of(Alumnus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> offenders = new ArrayList<>();
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(root)) {
      classFiles = files.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class")).toList();
    }
    assertThat(classFiles).hasSizeGreaterThan(50);
    for (Path p : classFiles) {
      String name = root.relativize(p).toString().replace('/', '.').replace(".class", "");
      Class<?> c = Class.forName(name, false, getClass().getClassLoader());
      if (!Modifier.isPublic(c.getModifiers())) {
        continue;
      }
      List<Type> types = new ArrayList<>();
      types.add(c.getGenericSuperclass());
      types.addAll(List.of(c.getGenericInterfaces()));
      for (Method m : c.getMethods()) {
        types.add(m.getGenericReturnType());
        types.addAll(List.of(m.getGenericParameterTypes()));
      }
      for (Constructor<?> k : c.getConstructors()) {
        types.addAll(List.of(k.getGenericParameterTypes()));
      }
      for (Field f : c.getFields()) {
        types.add(f.getGenericType());
      }
      for (Type t : types) {
        if (t != null && (t.getTypeName().contains("com.fasterxml") || t.getTypeName().contains("tools.jackson"))) {
          offenders.add(c.getName() + " uses " + t.getTypeName());
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

}
