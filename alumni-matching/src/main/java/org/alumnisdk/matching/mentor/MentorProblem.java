package org.alumnisdk.matching.mentor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.GroupId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;

/**
 * A mentor-matching problem of one tenant: mentors with capacities, mentees, preference lists
 * and/or scores, forbidden pairs with reasons, pinned pairs and group quotas.
 *
 * <p>Construction checks everything at once and throws one {@link InvalidMatchingInputException}
 * listing every offending item (NaN or infinite scores, capacities below 1, duplicate ids, unknown
 * participants, empty sides, inconsistent lists, pins that contradict forbidden pairs or
 * capacities). {@link Builder#buildRepaired()} instead fixes what it can and reports each change.
 *
 * <p>How acceptability and rankings are derived (documented rule, used by every method):
 *
 * <ul>
 *   <li>A mentee with a preference list accepts exactly the mentors listed, in that order. A
 *       mentee without a list accepts the mentors it has a score with, best score first.
 *   <li>A mentor with a list accepts exactly the mentees listed. A mentor without a list accepts
 *       every mentee that accepts it, best score first (unscored pairs after scored ones).
 *   <li>Forbidden pairs are removed, then only mutually acceptable pairs remain.
 *   <li>Ties (equal or missing scores) are broken by a seeded rule: ascending SplitMix64 hash of
 *       {@code seed ^ id.hashCode()}, then by id. The seed is set on the matcher.
 *   <li>Optimal methods maximise the sum of scores; a pair without a score counts 0. If the
 *       problem has no scores at all, the score of a pair is minus the sum of its two ranks
 *       (0-based), so the optimum minimises total rank.
 * </ul>
 *
 * @param tenant the tenant every participant belongs to
 * @param mentors the mentors, ids unique
 * @param mentees the mentees, ids unique and distinct from mentors
 * @param menteePreferences ranked lists of mentees (owners are mentees)
 * @param mentorPreferences ranked lists of mentors (owners are mentors)
 * @param scores pair scores, higher is better
 * @param forbidden pairs never to match
 * @param pinned pairs to keep whatever the method
 * @param quotas per-mentor limits on mentee groups
 * @since 0.1.0
 */
public record MentorProblem(
    TenantId tenant,
    List<Mentor> mentors,
    List<Mentee> mentees,
    List<Preference> menteePreferences,
    List<Preference> mentorPreferences,
    List<ScoredPair> scores,
    List<ForbiddenPair> forbidden,
    List<PinnedPair> pinned,
    List<GroupQuota> quotas) {

  /**
   * Copies every list and checks the whole problem.
   *
   * @param tenant the tenant every participant belongs to
   * @param mentors the mentors, ids unique
   * @param mentees the mentees, ids unique and distinct from mentors
   * @param menteePreferences ranked lists of mentees (owners are mentees)
   * @param mentorPreferences ranked lists of mentors (owners are mentors)
   * @param scores pair scores, higher is better
   * @param forbidden pairs never to match
   * @param pinned pairs to keep whatever the method
   * @param quotas per-mentor limits on mentee groups
   * @throws InvalidMatchingInputException listing every offending item
   * @throws NullPointerException if a component is null
   */
  public MentorProblem {
    Checks.notNull(tenant, "tenant");
    mentors = List.copyOf(mentors);
    mentees = List.copyOf(mentees);
    menteePreferences = List.copyOf(menteePreferences);
    mentorPreferences = List.copyOf(mentorPreferences);
    scores = List.copyOf(scores);
    forbidden = List.copyOf(forbidden);
    pinned = List.copyOf(pinned);
    quotas = List.copyOf(quotas);
    List<InputProblem> problems = new ProblemCheck(false, mentors, mentees, menteePreferences,
        mentorPreferences, scores, forbidden, pinned, quotas).problems();
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("mentor problem", problems);
    }
  }

  /**
   * Starts a builder.
   *
   * @param tenant the tenant
   * @return the builder
   */
  public static Builder builder(TenantId tenant) {
    return new Builder(tenant);
  }

  /**
   * Starts a builder for a tenant given as text.
   *
   * @param tenant the tenant id text
   * @return the builder
   */
  public static Builder builder(String tenant) {
    return new Builder(TenantId.of(tenant));
  }

  /**
   * Reads a problem from CSV lines of the form {@code kind,field,...}; blank lines and lines
   * starting with {@code #} are skipped, as is a header line starting with {@code kind}.
   *
   * <pre>
   * mentor,m1,2              # id, capacity [, groups separated by ;]
   * mentee,e1,juniors        # id [, groups separated by ;]
   * score,e1,m1,0.8          # mentee, mentor, score
   * prefers,e1,m2 m1         # owner, ranked ids separated by spaces (mentee or mentor owner)
   * forbid,e1,m3,CONFLICT_OF_INTEREST
   * pin,e2,m1
   * quota,juniors,1          # mentee group, max per mentor
   * </pre>
   *
   * @param tenant the tenant
   * @param csv the text; read fully, not closed
   * @return a builder holding the rows, to {@link Builder#build()} or {@link Builder#buildRepaired()}
   * @throws InvalidMatchingInputException listing every line that cannot be parsed
   * @throws UncheckedIOException if reading fails
   */
  public static Builder fromCsv(TenantId tenant, Reader csv) {
    Checks.notNull(csv, "csv");
    Builder b = new Builder(tenant);
    List<InputProblem> problems = new ArrayList<>();
    List<String[]> prefers = new ArrayList<>();
    List<Integer> preferLines = new ArrayList<>();
    BufferedReader in = new BufferedReader(csv);
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        int hash = line.indexOf('#');
        String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (text.isEmpty()) {
          continue;
        }
        String[] f = text.split(",", -1);
        for (int i = 0; i < f.length; i++) {
          f[i] = f[i].strip();
        }
        String kind = f[0].toLowerCase(Locale.ROOT);
        String item = "line " + lineNo;
        try {
          switch (kind) {
            case "kind" -> { }
            case "mentor" -> {
              need(f, 3, item);
              b.mentors.add(new Mentor(AlumnusId.of(f[1]), Integer.parseInt(f[2]), groups(f, 3)));
            }
            case "mentee" -> {
              need(f, 2, item);
              b.mentees.add(new Mentee(AlumnusId.of(f[1]), groups(f, 2)));
            }
            case "score" -> {
              need(f, 4, item);
              b.score(f[1], f[2], Double.parseDouble(f[3]));
            }
            case "prefers" -> {
              need(f, 3, item);
              prefers.add(f);
              preferLines.add(lineNo);
            }
            case "forbid" -> {
              need(f, 3, item);
              ForbiddenReason reason = f.length > 3 && !f[3].isEmpty()
                  ? ForbiddenReason.valueOf(f[3].toUpperCase(Locale.ROOT)) : ForbiddenReason.OTHER;
              b.forbid(f[1], f[2], reason);
            }
            case "pin" -> {
              need(f, 3, item);
              b.pin(f[1], f[2]);
            }
            case "quota" -> {
              need(f, 3, item);
              b.quota(f[1], Integer.parseInt(f[2]));
            }
            default -> problems.add(InputProblem.of(item, InputProblem.Kind.INCONSISTENT,
                "unknown kind '" + f[0] + "'; use mentor, mentee, score, prefers, forbid, pin or quota"));
          }
        } catch (IllegalArgumentException | org.alumnisdk.core.AlumniException e) {
          problems.add(InputProblem.of(item, InputProblem.Kind.INCONSISTENT,
              "cannot be read (" + e.getClass().getSimpleName() + "): check the number of fields and numbers"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    java.util.Set<String> mentorIds = new java.util.HashSet<>();
    for (Mentor m : b.mentors) {
      mentorIds.add(m.id().value());
    }
    for (int i = 0; i < prefers.size(); i++) {
      String[] f = prefers.get(i);
      String[] ranked = f[2].isEmpty() ? new String[0] : f[2].split("\\s+");
      if (mentorIds.contains(f[1])) {
        b.mentorPrefers(f[1], ranked);
      } else {
        b.menteePrefers(f[1], ranked);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("mentor problem CSV", problems);
    }
    return b;
  }

  private static void need(String[] f, int n, String item) {
    if (f.length < n || f[1].isEmpty()) {
      throw new IllegalArgumentException(item + " needs " + n + " fields");
    }
  }

  private static List<GroupId> groups(String[] f, int at) {
    if (f.length <= at || f[at].isEmpty()) {
      return List.of();
    }
    List<GroupId> g = new ArrayList<>();
    for (String s : f[at].split(";")) {
      if (!s.isBlank()) {
        g.add(GroupId.of(s));
      }
    }
    return g;
  }

  /**
   * Finds a mentor by id.
   *
   * @param id the id
   * @return the mentor, if present
   */
  public java.util.Optional<Mentor> mentor(AlumnusId id) {
    return mentors.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * Returns a copy of this problem without the given participants and every pair, list entry, pin
   * and score that mentions them.
   *
   * @param removed ids to drop (mentors or mentees)
   * @return the smaller problem
   * @throws InvalidMatchingInputException if a side becomes empty
   */
  public MentorProblem without(java.util.Set<AlumnusId> removed) {
    if (removed.isEmpty()) {
      return this;
    }
    List<Preference> ep = new ArrayList<>();
    for (Preference p : menteePreferences) {
      if (!removed.contains(p.owner())) {
        ep.add(new Preference(p.owner(), p.ranked().stream().filter(x -> !removed.contains(x)).toList()));
      }
    }
    List<Preference> mp = new ArrayList<>();
    for (Preference p : mentorPreferences) {
      if (!removed.contains(p.owner())) {
        mp.add(new Preference(p.owner(), p.ranked().stream().filter(x -> !removed.contains(x)).toList()));
      }
    }
    return new MentorProblem(tenant,
        mentors.stream().filter(m -> !removed.contains(m.id())).toList(),
        mentees.stream().filter(m -> !removed.contains(m.id())).toList(),
        ep, mp,
        scores.stream().filter(s -> !removed.contains(s.mentee()) && !removed.contains(s.mentor())).toList(),
        forbidden.stream().filter(s -> !removed.contains(s.mentee()) && !removed.contains(s.mentor())).toList(),
        pinned.stream().filter(s -> !removed.contains(s.mentee()) && !removed.contains(s.mentor())).toList(),
        quotas);
  }

  /**
   * Returns a copy of this problem without group quotas (for example to compare with the
   * mentor-optimal stable matching, which does not take quotas).
   *
   * @return the copy
   */
  public MentorProblem withoutQuotas() {
    return new MentorProblem(tenant, mentors, mentees, menteePreferences, mentorPreferences, scores,
        forbidden, pinned, List.of());
  }

  @Override
  public String toString() {
    return "MentorProblem[tenant=" + tenant + ", mentors=" + mentors.size() + ", mentees=" + mentees.size()
        + ", menteeLists=" + menteePreferences.size() + ", mentorLists=" + mentorPreferences.size()
        + ", scores=" + scores.size() + ", forbidden=" + forbidden.size() + ", pinned=" + pinned.size()
        + ", quotas=" + quotas.size() + "]";
  }

  /**
   * A problem repaired by {@link Builder#buildRepaired()}, with every change made.
   *
   * @param problem the repaired, valid problem
   * @param repairs what was changed, in the order found
   */
  public record Repaired(MentorProblem problem, List<Repair> repairs) {
    /**
     * Copies the list.
     *
     * @param problem the repaired, valid problem
     * @param repairs what was changed, in the order found
     */
    public Repaired {
      Checks.notNull(problem, "problem");
      repairs = List.copyOf(repairs);
    }
  }

  /**
   * Collects participants, lists, scores and constraints; {@link #build()} checks strictly,
   * {@link #buildRepaired()} repairs. Not thread-safe.
   */
  public static final class Builder {
    private final TenantId tenant;
    private final List<Mentor> mentors = new ArrayList<>();
    private final List<Mentee> mentees = new ArrayList<>();
    private final List<Preference> menteePrefs = new ArrayList<>();
    private final List<Preference> mentorPrefs = new ArrayList<>();
    private final List<ScoredPair> scores = new ArrayList<>();
    private final List<ForbiddenPair> forbidden = new ArrayList<>();
    private final List<PinnedPair> pinned = new ArrayList<>();
    private final List<GroupQuota> quotas = new ArrayList<>();

    private Builder(TenantId tenant) {
      this.tenant = Checks.notNull(tenant, "tenant");
    }

    /**
     * Adds a mentor.
     *
     * @param id the alumnus id text
     * @param capacity how many mentees the mentor takes
     * @param groups the mentor's group ids
     * @return this builder
     */
    public Builder mentor(String id, int capacity, String... groups) {
      mentors.add(new Mentor(AlumnusId.of(id), capacity, Arrays.stream(groups).map(GroupId::of).toList()));
      return this;
    }

    /**
     * Adds a mentor.
     *
     * @param mentor the mentor
     * @return this builder
     */
    public Builder mentor(Mentor mentor) {
      mentors.add(Checks.notNull(mentor, "mentor"));
      return this;
    }

    /**
     * Adds a mentee.
     *
     * @param id the alumnus id text
     * @param groups the mentee's group ids
     * @return this builder
     */
    public Builder mentee(String id, String... groups) {
      mentees.add(new Mentee(AlumnusId.of(id), Arrays.stream(groups).map(GroupId::of).toList()));
      return this;
    }

    /**
     * Adds a mentee.
     *
     * @param mentee the mentee
     * @return this builder
     */
    public Builder mentee(Mentee mentee) {
      mentees.add(Checks.notNull(mentee, "mentee"));
      return this;
    }

    /**
     * Sets a mentee's ranked list of mentors, most preferred first.
     *
     * @param mentee the mentee id text
     * @param mentorsRanked mentor id texts
     * @return this builder
     */
    public Builder menteePrefers(String mentee, String... mentorsRanked) {
      menteePrefs.add(new Preference(AlumnusId.of(mentee), Arrays.stream(mentorsRanked).map(AlumnusId::of).toList()));
      return this;
    }

    /**
     * Sets a mentor's ranked list of mentees, most preferred first.
     *
     * @param mentor the mentor id text
     * @param menteesRanked mentee id texts
     * @return this builder
     */
    public Builder mentorPrefers(String mentor, String... menteesRanked) {
      mentorPrefs.add(new Preference(AlumnusId.of(mentor), Arrays.stream(menteesRanked).map(AlumnusId::of).toList()));
      return this;
    }

    /**
     * Sets the score of a pair (higher is better).
     *
     * @param mentee the mentee id text
     * @param mentor the mentor id text
     * @param score the score; checked on build
     * @return this builder
     */
    public Builder score(String mentee, String mentor, double score) {
      scores.add(new ScoredPair(AlumnusId.of(mentee), AlumnusId.of(mentor), score));
      return this;
    }

    /**
     * Adds every score of a table: {@code table.get(mentee).get(mentor)}.
     *
     * @param table scores by mentee id text, then mentor id text
     * @return this builder
     */
    public Builder scores(Map<String, Map<String, Double>> table) {
      new LinkedHashMap<>(table).forEach((e, row) -> row.forEach((m, s) -> score(e, m, s)));
      return this;
    }

    /**
     * Forbids a pair.
     *
     * @param mentee the mentee id text
     * @param mentor the mentor id text
     * @param reason why
     * @return this builder
     */
    public Builder forbid(String mentee, String mentor, ForbiddenReason reason) {
      forbidden.add(new ForbiddenPair(AlumnusId.of(mentee), AlumnusId.of(mentor), reason));
      return this;
    }

    /**
     * Pins a pair.
     *
     * @param mentee the mentee id text
     * @param mentor the mentor id text
     * @return this builder
     */
    public Builder pin(String mentee, String mentor) {
      pinned.add(new PinnedPair(AlumnusId.of(mentee), AlumnusId.of(mentor)));
      return this;
    }

    /**
     * Limits each mentor to {@code maxPerMentor} mentees of a group.
     *
     * @param group the mentee group id text
     * @param maxPerMentor the limit
     * @return this builder
     */
    public Builder quota(String group, int maxPerMentor) {
      quotas.add(new GroupQuota(GroupId.of(group), maxPerMentor));
      return this;
    }

    /**
     * Builds the problem, checking it strictly.
     *
     * @return the problem
     * @throws InvalidMatchingInputException listing every offending item
     */
    public MentorProblem build() {
      return new MentorProblem(tenant, mentors, mentees, menteePrefs, mentorPrefs, scores, forbidden,
          pinned, quotas);
    }

    /**
     * Builds the problem in repair mode: drops or fixes every offending item it can and reports the
     * change (duplicates keep their first occurrence; unknown ids, non-finite scores, pins that
     * contradict a forbidden pair or a capacity, and mentors with capacity below 1 are dropped).
     *
     * @return the repaired problem and the list of repairs
     * @throws InvalidMatchingInputException if what remains is still unusable (an empty side)
     */
    public Repaired buildRepaired() {
      ProblemCheck fix = new ProblemCheck(true, mentors, mentees, menteePrefs, mentorPrefs, scores,
          forbidden, pinned, quotas);
      List<InputProblem> left = fix.problems();
      if (!left.isEmpty()) {
        throw new InvalidMatchingInputException("mentor problem (after repair)", left);
      }
      MentorProblem p = new MentorProblem(tenant, fix.mentors, fix.mentees, fix.menteePrefs,
          fix.mentorPrefs, fix.scores, fix.forbidden, fix.pinned, fix.quotas);
      return new Repaired(p, fix.repairs);
    }
  }
}
