package org.alumnisdk.core.inmemory;

import java.time.Clock;
import java.util.Objects;
import org.alumnisdk.core.spi.ActivityLog;
import org.alumnisdk.core.spi.AlumnusRepository;
import org.alumnisdk.core.spi.ContentRepository;
import org.alumnisdk.core.spi.EventRepository;
import org.alumnisdk.core.spi.GroupRepository;
import org.alumnisdk.core.spi.IdGenerator;
import org.alumnisdk.core.spi.JobOpeningRepository;
import org.alumnisdk.core.spi.MentorshipProgramRepository;
import org.alumnisdk.core.spi.MentorshipRepository;
import org.alumnisdk.core.spi.ReferralRepository;
import org.alumnisdk.core.spi.RehireApplicationRepository;

/**
 * One object holding an in-memory store for every core port, plus the {@link Clock} and
 * {@link IdGenerator} to use with them: the zero-wiring set-up of examples, tests and notebooks.
 *
 * @param alumni the alumni
 * @param activities the engagement log
 * @param openings the job openings
 * @param referrals the referrals
 * @param rehireApplications the boomerang applications
 * @param events the events
 * @param content the content items
 * @param programs the mentoring programmes
 * @param mentorships the mentorships
 * @param groups the groups
 * @param clock the clock
 * @param ids the id generator
 * @since 0.1.0
 */
public record InMemoryStores(
    AlumnusRepository alumni,
    ActivityLog activities,
    JobOpeningRepository openings,
    ReferralRepository referrals,
    RehireApplicationRepository rehireApplications,
    EventRepository events,
    ContentRepository content,
    MentorshipProgramRepository programs,
    MentorshipRepository mentorships,
    GroupRepository groups,
    Clock clock,
    IdGenerator ids) {
  /**
   * Checks that every part is present.
   *
   * @param alumni the alumni
   * @param activities the engagement log
   * @param openings the job openings
   * @param referrals the referrals
   * @param rehireApplications the boomerang applications
   * @param events the events
   * @param content the content items
   * @param programs the mentoring programmes
   * @param mentorships the mentorships
   * @param groups the groups
   * @param clock the clock
   * @param ids the id generator
   * @throws NullPointerException naming the missing part
   */
  public InMemoryStores {
    Objects.requireNonNull(alumni, "alumni");
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(openings, "openings");
    Objects.requireNonNull(referrals, "referrals");
    Objects.requireNonNull(rehireApplications, "rehireApplications");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(programs, "programs");
    Objects.requireNonNull(mentorships, "mentorships");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ids, "ids");
  }

  /**
   * Fresh, empty stores with the given clock and ids.
   *
   * @param clock the clock (use {@link Clock#fixed} in tests)
   * @param ids the id generator (use {@link IdGenerator#sequential} or a seeded one in tests)
   * @return the stores
   */
  public static InMemoryStores create(Clock clock, IdGenerator ids) {
    return new InMemoryStores(new InMemoryAlumnusRepository(), new InMemoryActivityLog(),
        new InMemoryJobOpeningRepository(), new InMemoryReferralRepository(),
        new InMemoryRehireApplicationRepository(), new InMemoryEventRepository(),
        new InMemoryContentRepository(), new InMemoryMentorshipProgramRepository(),
        new InMemoryMentorshipRepository(), new InMemoryGroupRepository(), clock, ids);
  }

  @Override
  public String toString() {
    return "InMemoryStores[clock=" + clock + "]";
  }
}
