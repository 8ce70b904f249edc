package org.alumnisdk.jdbc.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ApplicationId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ContentId;
import org.alumnisdk.core.EventId;
import org.alumnisdk.core.GroupId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.MentorshipId;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.ReferralId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.content.Content;
import org.alumnisdk.core.event.Event;
import org.alumnisdk.core.group.Group;
import org.alumnisdk.core.mentoring.Mentorship;
import org.alumnisdk.core.mentoring.MentorshipProgram;
import org.alumnisdk.core.opening.JobOpening;
import org.alumnisdk.core.referral.Referral;
import org.alumnisdk.core.rehire.RehireApplication;
import org.alumnisdk.core.spi.AlumnusRepository;
import org.alumnisdk.core.spi.ContentRepository;
import org.alumnisdk.core.spi.EventRepository;
import org.alumnisdk.core.spi.GroupRepository;
import org.alumnisdk.core.spi.JobOpeningRepository;
import org.alumnisdk.core.spi.MentorshipProgramRepository;
import org.alumnisdk.core.spi.MentorshipRepository;
import org.alumnisdk.core.spi.ReferralRepository;
import org.alumnisdk.core.spi.RehireApplicationRepository;
import org.alumnisdk.jdbc.internal.AggregateTable.Child;
import org.alumnisdk.jdbc.internal.AggregateTable.Column;

/** The JDBC repositories of the core aggregates, one table each (see V1__core.sql). */
public final class CoreTables {
  private CoreTables() {}

  private static List<Object> between(TenantId tenant, Instant from, Instant to) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", "must not precede from");
    }
    return List.of(from.getEpochSecond(), to.getEpochSecond());
  }

  /** Alumni; the HRIS employee id is a unique column. */
  public static final class Alumni extends AggregateTable<AlumnusId, Alumnus> implements AlumnusRepository {
    /**
     * Creates the repository.
     *
     * @param sql the runner
     */
    public Alumni(Sql sql) {
      super(sql, "Alumnus", "alumni_alumnus", Alumnus.class, AlumnusId::value,
          List.of(Column.text("external_id", a -> a.externalId().strip())), null, "externalId");
    }

    @Override
    public Optional<Alumnus> findByExternalId(TenantId tenant, String externalId) {
      Checks.notNull(externalId, "externalId");
      return select("Alumnus.findByExternalId", tenant, "external_id = ?", List.of(externalId.strip()), a -> true)
          .stream().findFirst();
    }
  }

  /** Content, queried by publication instant. */
  public static final class Contents extends AggregateTable<ContentId, Content> implements ContentRepository {
    /**
     * Creates the repository.
     *
     * @param sql the runner
     */
    public Contents(Sql sql) {
      super(sql, "Content", "alumni_content", Content.class, ContentId::value,
          List.of(Column.number("published_s", c -> c.publishedAt().getEpochSecond())), null, null);
    }

    @Override
    public List<Content> findPublishedBetween(TenantId tenant, Instant from, Instant to) {
      return select("Content.findPublishedBetween", tenant, "published_s >= ? AND published_s <= ?",
          between(tenant, from, to), c -> !c.publishedAt().isBefore(from) && c.publishedAt().isBefore(to));
    }
  }

  /** Events, queried by start. */
  public static final class Events extends AggregateTable<EventId, Event> implements EventRepository {
    /**
     * Creates the repository.
     *
     * @param sql the runner
     */
    public Events(Sql sql) {
      super(sql, "Event", "alumni_event", Event.class, EventId::value,
          List.of(Column.number("starts_s", e -> e.startsAt().getEpochSecond())), null, null);
    }

    @Override
    public List<Event> findStartingBetween(TenantId tenant, Instant from, Instant to) {
      return select("Event.findStartingBetween", tenant, "starts_s >= ? AND starts_s <= ?",
          between(tenant, from, to), e -> !e.startsAt().isBefore(from) && e.startsAt().isBefore(to));
    }
  }

  /** Groups; members are a child table. */
  public static final class Groups extends AggregateTable<GroupId, Group> implements GroupRepository {
    /**
     * Creates the repository.
     *
     * @param sql the runner
     */
    public Groups(Sql sql) {
      super(sql, "Group", "alumni_group", Group.class, GroupId::value, List.of(),
          new Child<>("alumni_group_member", g -> g.members().stream().map(m -> m.alumnus().value()).toList()), null);
    }

    @Override
    public List<Group> findByMember(TenantId tenant, AlumnusId alumnus) {
      Checks.notNull(alumnus, "alumnus");
      Checks.notNull(tenant, "tenant");
      return select("Group.findByMember", tenant, childCondition(), List.of(tenant.value(), alumnus.value()),
          g -> g.member(alumnus).isPresent());
    }
  }

  /** Job openings, queried by their open days. */
  public static final class Openings extends AggregateTable<OpeningId, JobOpening> implements JobOpeningRepository {
    /**
     * Creates the repository.
     *
     * @param sql the runner
     */
    public Openings(Sql sql) {
      super(sql, "JobOpening", "alumni_job_opening", JobOpening.class, OpeningId::value,
          List.of(Column.number("opens_day", o -> o.opens().toEpochDay()),
              Column.number("closes_day", o -> o.closes().toEpochDay())), null, null);
    }

    @Override
    public List<JobOpening> findOpenOn(TenantId tenant, LocalDate day) {
      Checks.notNull(day, "day");
      return select("JobOpening.findOpenOn", tenant, "opens_day <= ? AND closes_day >= ?",
          List.of(day.toEpochDay(), day.toEpochDay()), o -> o.isOpenOn(day));
    }
  }

  /** Mentoring programmes. */
  public static final class Programs extends AggregateTable<ProgramId, MentorshipProgram>
      implements MentorshipProgramRepository {
    /**
     * Creates the repository.
     *
     * @param sql the runner
     */
    public Programs(Sql sql) {
      super(sql, "MentorshipProgram", "alumni_mentorship_program", MentorshipProgram.class, ProgramId::value,
          List.of(), null, null);
    }
  }

  /** Mentorships, queried by programme and participant. */
  public static final class Mentorships extends AggregateTable<MentorshipId, Mentorship> implements MentorshipRepository {
    /**
     * Creates the repository.
     *
     * @param sql the runner
     */
    public Mentorships(Sql sql) {
      super(sql, "Mentorship", "alumni_mentorship", Mentorship.class, MentorshipId::value,
          List.of(Column.text("program_id", m -> m.program().value()),
              Column.text("mentor_id", m -> m.mentor().value()),
              Column.text("mentee_id", m -> m.mentee().value())), null, null);
    }

    @Override
    public List<Mentorship> findByProgram(TenantId tenant, ProgramId program) {
      Checks.notNull(program, "program");
      return select("Mentorship.findByProgram", tenant, "program_id = ?", List.of(program.value()), m -> true);
    }

    @Override
    public List<Mentorship> findByParticipant(TenantId tenant, AlumnusId alumnus) {
      Checks.notNull(alumnus, "alumnus");
      return select("Mentorship.findByParticipant", tenant, "mentor_id = ? OR mentee_id = ?",
          List.of(alumnus.value(), alumnus.value()), m -> true);
    }
  }

  /** Referrals, queried by opening and referrer. */
  public static final class Referrals extends AggregateTable<ReferralId, Referral> implements ReferralRepository {
    /**
     * Creates the repository.
     *
     * @param sql the runner
     */
    public Referrals(Sql sql) {
      super(sql, "Referral", "alumni_referral", Referral.class, ReferralId::value,
          List.of(Column.text("opening_id", r -> r.opening().value()),
              Column.text("referrer_id", r -> r.referrer().value())), null, null);
    }

    @Override
    public List<Referral> findByOpening(TenantId tenant, OpeningId opening) {
      Checks.notNull(opening, "opening");
      return select("Referral.findByOpening", tenant, "opening_id = ?", List.of(opening.value()), r -> true);
    }

    @Override
    public List<Referral> findByReferrer(TenantId tenant, AlumnusId referrer) {
      Checks.notNull(referrer, "referrer");
      return select("Referral.findByReferrer", tenant, "referrer_id = ?", List.of(referrer.value()), r -> true);
    }
  }

  /** Boomerang applications, queried by applicant. */
  public static final class RehireApplications extends AggregateTable<ApplicationId, RehireApplication>
      implements RehireApplicationRepository {
    /**
     * Creates the repository.
     *
     * @param sql the runner
     */
    public RehireApplications(Sql sql) {
      super(sql, "RehireApplication", "alumni_rehire_application", RehireApplication.class, ApplicationId::value,
          List.of(Column.text("alumnus_id", a -> a.alumnus().value())), null, null);
    }

    @Override
    public List<RehireApplication> findByAlumnus(TenantId tenant, AlumnusId alumnus) {
      Checks.notNull(alumnus, "alumnus");
      return select("RehireApplication.findByAlumnus", tenant, "alumnus_id = ?", List.of(alumnus.value()), a -> true);
    }
  }
}
