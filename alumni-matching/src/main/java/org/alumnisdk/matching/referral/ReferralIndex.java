package org.alumnisdk.matching.referral;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.alumnus.Willingness;
import org.alumnisdk.core.spi.ActivityLog;
import org.alumnisdk.core.text.SkillAliases;

/**
 * A compact index of one tenant's alumni for referral ranking, updated incrementally.
 *
 * <p>Each alumnus occupies one slot of parallel primitive arrays: packed status, rehire eligibility,
 * willingness and grade level; dictionary ids of job family, location, current employer and
 * industry; last engagement day; tenure months; network proximity (float precision). Skills (as
 * {@code skillId << 2 | proficiency}, sorted), title words, former departments and languages live
 * in one shared {@code int[]} pool addressed by a start offset and four packed lengths; ids live in
 * a byte pool (Latin-1, or UTF-16 when needed) with an open-addressing hash table. Skill document
 * frequencies are maintained on every change, so rarity (IDF) needs no rebuild. Removed slots are
 * reused; pool space freed by changes is reclaimed by {@link #compact()} (also run automatically
 * when more than half of a pool is garbage).
 *
 * <p>No personal data is kept: not names, contacts or free-text reasons; employer and industry
 * names only as lower-cased dictionary keys. Thread-safe: updates take a write lock, rankings a
 * read lock.
 *
 * @since 0.1.0
 */
public final class ReferralIndex {
  static final int NO_DAY = Integer.MIN_VALUE;
  static final int ALIVE = 1;
  private static final int MAX_LIST = 255;

  final TenantId tenant;
  final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  final Dict skillDict = new Dict();
  final Dict tokenDict = new Dict();
  final Dict familyDict = new Dict();
  final Dict deptDict = new Dict();
  final Dict langDict = new Dict();
  final Dict locDict = new Dict();
  final Dict countryDict = new Dict();
  final Dict employerDict = new Dict();
  final Dict industryDict = new Dict();
  int[] locCountry = new int[16];
  int[] skillDf = new int[16];

  int slots;
  int live;
  int[] meta;
  int[] family;
  int[] loc;
  int[] employer;
  int[] industry;
  int[] lastDay;
  char[] tenureMonths;
  float[] proximity;
  byte[] consent;
  int[] poolStart;
  int[] poolLens;
  int[] pool = new int[64];
  int poolSize;
  private int poolGarbage;
  byte[] idBytes = new byte[256];
  private int idSize;
  private int idGarbage;
  int[] idStart;
  short[] idLen;
  private int[] table = new int[32];
  private int[] free = new int[16];
  private int freeCount;

  private final SkillAliases aliases;

  private ReferralIndex(TenantId tenant, int initialCapacity, SkillAliases aliases) {
    this.tenant = tenant;
    this.aliases = aliases;
    allocate(Math.max(16, initialCapacity));
  }

  /**
   * Creates an empty index for one tenant.
   *
   * @param tenant the tenant
   * @return the index
   * @throws InvalidValueException if the tenant is null
   */
  public static ReferralIndex create(TenantId tenant) {
    return new ReferralIndex(Checks.notNull(tenant, "tenant"), 16, null);
  }

  /**
   * Creates an empty index sized for an expected population (avoids growth copies).
   *
   * @param tenant the tenant
   * @param expectedSize the expected number of alumni, 0 or more
   * @return the index
   * @throws InvalidValueException if the tenant is null or the size negative
   */
  public static ReferralIndex create(TenantId tenant, int expectedSize) {
    Checks.notNull(tenant, "tenant");
    Checks.notNegative(expectedSize, "expectedSize");
    return new ReferralIndex(tenant, expectedSize, null);
  }

  /**
   * Creates an empty index that resolves skill ids through an alias table, for profiles and
   * openings alike: a skill id the table knows as an alias (e.g. {@code JS}) counts as the table's
   * id ({@code javascript}); unknown ids stay as they are.
   *
   * @param tenant the tenant
   * @param expectedSize the expected number of alumni, 0 or more
   * @param aliases the alias table, e.g. {@link SkillAliases#builtIn()}
   * @return the index
   * @throws InvalidValueException if an argument is null or the size negative
   */
  public static ReferralIndex create(TenantId tenant, int expectedSize, SkillAliases aliases) {
    Checks.notNull(tenant, "tenant");
    Checks.notNegative(expectedSize, "expectedSize");
    return new ReferralIndex(tenant, expectedSize, Checks.notNull(aliases, "aliases"));
  }

  /** The id a skill counts as: the alias table's id when it knows the value, else the value. */
  String canonicalSkill(String value) {
    if (aliases == null) {
      return value;
    }
    return aliases.resolve(value).map(SkillId::value).orElse(value);
  }

  /**
   * The tenant whose alumni this index holds.
   *
   * @return the tenant
   */
  public TenantId tenant() {
    return tenant;
  }

  /**
   * The number of indexed alumni.
   *
   * @return the size
   */
  public int size() {
    lock.readLock().lock();
    try {
      return live;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Whether an alumnus is indexed.
   *
   * @param id the id
   * @return true if indexed
   * @throws InvalidValueException if the id is null
   */
  public boolean contains(AlumnusId id) {
    Checks.notNull(id, "id");
    lock.readLock().lock();
    try {
      return slotOf(id.value()) >= 0;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Adds an alumnus or replaces the indexed profile with the same id. Engagement recency and
   * network proximity recorded for the id are kept.
   *
   * @param alumnus the profile
   * @return true if added, false if an existing profile was replaced
   * @throws InvalidValueException if the profile is null or exceeds a limit (255 skills, title
   *     words, departments or languages; grade level 255; id length 32767); nothing is changed
   * @throws org.alumnisdk.core.TenantMismatchException if it belongs to another tenant
   */
  public boolean put(Alumnus alumnus) {
    lock.writeLock().lock();
    try {
      // encoding interns dictionary entries, so it runs under the write lock too
      return write(encode(alumnus, "alumnus"));
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Adds or replaces many alumni: all are validated first, so a bad profile changes nothing.
   *
   * @param alumni the profiles
   * @return how many were newly added
   * @throws InvalidValueException naming the first bad profile by position; nothing is changed
   * @throws org.alumnisdk.core.TenantMismatchException if one belongs to another tenant
   */
  public int putAll(Collection<Alumnus> alumni) {
    Checks.notNull(alumni, "alumni");
    lock.writeLock().lock();
    try {
      List<Encoded> encoded = new ArrayList<>(alumni.size());
      int i = 0;
      for (Alumnus a : alumni) {
        encoded.add(encode(a, "alumni[" + i + "]"));
        i++;
      }
      ensureCapacity(slots + encoded.size());
      int added = 0;
      for (Encoded e : encoded) {
        if (write(e)) {
          added++;
        }
      }
      return added;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Removes an alumnus (e.g. after erasure or when the profile leaves the tenant).
   *
   * @param id the id
   * @return true if it was indexed
   * @throws InvalidValueException if the id is null
   */
  public boolean remove(AlumnusId id) {
    Checks.notNull(id, "id");
    lock.writeLock().lock();
    try {
      int slot = slotOf(id.value());
      if (slot < 0) {
        return false;
      }
      unlinkSkills(slot);
      tableRemove(slot);
      poolGarbage += listTotal(poolLens[slot]);
      idGarbage += idByteLength(slot);
      meta[slot] = 0;
      lastDay[slot] = NO_DAY;
      proximity[slot] = 0f;
      consent[slot] = 0;
      if (freeCount == free.length) {
        free = Arrays.copyOf(free, free.length * 2);
      }
      free[freeCount++] = slot;
      live--;
      maybeCompact();
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Records an engagement of an indexed alumnus; the latest instant wins (UTC day precision).
   *
   * @param id the alumnus
   * @param at when the engagement happened
   * @return true if the alumnus is indexed, false if the record was ignored
   * @throws InvalidValueException if an argument is null
   */
  public boolean recordActivity(AlumnusId id, Instant at) {
    Checks.notNull(id, "id");
    Checks.notNull(at, "at");
    lock.writeLock().lock();
    try {
      return recordDay(id.value(), dayOf(at));
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Records the last engagement instants of many alumni; unknown ids are ignored.
   *
   * @param lastActivity the latest activity instant per alumnus
   * @return how many records applied to indexed alumni
   * @throws InvalidValueException if the map, a key or a value is null
   */
  public int recordActivities(Map<AlumnusId, Instant> lastActivity) {
    Checks.notNull(lastActivity, "lastActivity");
    lastActivity.forEach((k, v) -> {
      Checks.notNull(k, "lastActivity.key");
      Checks.notNull(v, "lastActivity[" + k + "]");
    });
    lock.writeLock().lock();
    try {
      int n = 0;
      for (Map.Entry<AlumnusId, Instant> en : lastActivity.entrySet()) {
        if (recordDay(en.getKey().value(), dayOf(en.getValue()))) {
          n++;
        }
      }
      return n;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Reads this tenant's whole activity log and records each alumnus's latest activity.
   *
   * @param log the log
   * @return how many activities applied to indexed alumni
   * @throws InvalidValueException if the log is null
   */
  public int recordActivities(ActivityLog log) {
    Checks.notNull(log, "log");
    int[] n = {0};
    lock.writeLock().lock();
    try {
      log.forEach(tenant, a -> {
        if (a.tenant().equals(tenant) && recordDay(a.alumnus().value(), dayOf(a.at()))) {
          n[0]++;
        }
      });
      return n[0];
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Sets the network proximity of an alumnus to the hiring organisation (host-computed, e.g. shared
   * teams or past collaboration), used by the NETWORK feature; stored with float precision.
   *
   * @param id the alumnus
   * @param value a number in [0, 1]
   * @return true if the alumnus is indexed, false if ignored
   * @throws InvalidValueException if the id is null or the value out of range
   */
  public boolean setNetworkProximity(AlumnusId id, double value) {
    Checks.notNull(id, "id");
    if (!(value >= 0 && value <= 1)) {
      throw new InvalidValueException("networkProximity", "must be in [0, 1], was " + value);
    }
    lock.writeLock().lock();
    try {
      int slot = slotOf(id.value());
      if (slot < 0) {
        return false;
      }
      proximity[slot] = (float) value;
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Records in the consent snapshot whether a purpose is covered for an alumnus. Only rankers in
   * {@link GateMode#SNAPSHOT_VERIFIED} read the snapshot; feed it from consent events (grant,
   * withdrawal, expiry) or {@link #refreshConsent}. New alumni start with nothing covered (fail
   * closed); the bits survive a {@link #put} of a changed profile and are cleared by {@link #remove}.
   *
   * @param id the alumnus
   * @param purpose {@link org.alumnisdk.core.PurposeId#REHIRE_OUTREACH} or {@link
   *     org.alumnisdk.core.PurposeId#REFERRAL_OUTREACH}
   * @param covered whether the purpose is covered
   * @return true if the alumnus is indexed, false if ignored
   * @throws InvalidValueException if an argument is null or the purpose is not a referral purpose
   */
  public boolean setPurposeCovered(AlumnusId id, org.alumnisdk.core.PurposeId purpose, boolean covered) {
    Checks.notNull(id, "id");
    int bit = purposeBit(purpose);
    lock.writeLock().lock();
    try {
      int slot = slotOf(id.value());
      if (slot < 0) {
        return false;
      }
      consent[slot] = (byte) (covered ? consent[slot] | bit : consent[slot] & ~bit);
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Rebuilds the consent snapshot of both referral purposes by asking the gate for every indexed
   * alumnus (holds the write lock meanwhile). A gate answer of {@code null} counts as not covered.
   *
   * @param gate the authoritative gate
   * @param at the instant to evaluate consent at
   * @return how many (alumnus, purpose) pairs are covered
   * @throws InvalidValueException if an argument is null
   */
  public int refreshConsent(org.alumnisdk.core.spi.PurposeGate gate, Instant at) {
    Checks.notNull(gate, "gate");
    Checks.notNull(at, "at");
    lock.writeLock().lock();
    try {
      int covered = 0;
      for (int s = 0; s < slots; s++) {
        if ((meta[s] & ALIVE) == 0) {
          continue;
        }
        AlumnusId id = idOf(s);
        byte bits = 0;
        for (ReferralMode m : ReferralMode.values()) {
          org.alumnisdk.core.spi.GateDecision d = gate.check(tenant, id, m.purpose(), at);
          if (d != null && d.allowed()) {
            bits |= (byte) (1 << m.ordinal());
            covered++;
          }
        }
        consent[s] = bits;
      }
      return covered;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private static int purposeBit(org.alumnisdk.core.PurposeId purpose) {
    Checks.notNull(purpose, "purpose");
    for (ReferralMode m : ReferralMode.values()) {
      if (m.purpose().equals(purpose)) {
        return 1 << m.ordinal();
      }
    }
    throw new InvalidValueException("purpose", "must be " + org.alumnisdk.core.PurposeId.REHIRE_OUTREACH
        + " or " + org.alumnisdk.core.PurposeId.REFERRAL_OUTREACH + ", was " + purpose);
  }

  /**
   * Reclaims pool space freed by changes and removals and trims arrays to size.
   */
  public void compact() {
    lock.writeLock().lock();
    try {
      compactPools();
      int cap = Math.max(16, slots);
      resize(cap);
      free = Arrays.copyOf(free, Math.max(16, freeCount));
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * An estimate of the bytes held by the index's arrays (not counting dictionaries).
   *
   * @return the estimate in bytes
   */
  public long arrayBytes() {
    lock.readLock().lock();
    try {
      long cap = meta.length;
      return cap * (4L * 9 + 2 + 4 + 2 + 1) + 4L * pool.length + idBytes.length + 4L * table.length
          + 4L * free.length + 4L * skillDf.length + 4L * locCountry.length;
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public String toString() {
    return "ReferralIndex[tenant=" + tenant + ", size=" + size() + "]";
  }

  // ---------------------------------------------------------------- encoding

  private record Encoded(
      String id, int meta, int family, int loc, int employer, int industry, char months,
      int[] skills, int[] tokens, int[] depts, int[] langs, String country) {}

  private Encoded encode(Alumnus a, String field) {
    Checks.notNull(a, field);
    Checks.sameTenant(tenant, a.tenant(), field + ".tenant");
    String id = a.id().value();
    if (id.length() > Short.MAX_VALUE) {
      throw new InvalidValueException(field + ".id", "longer than " + Short.MAX_VALUE + " characters");
    }
    Tenure last = a.lastTenure();
    int level = last.grade().level();
    if (level > MAX_LIST) {
      throw new InvalidValueException(field + ".employment.grade.level", "must be at most 255 for ranking");
    }
    Willingness w = a.willingness();
    int wbits = (w.openToRehire() ? 1 : 0) | (w.openToRefer() ? 2 : 0) | (w.openToMentor() ? 4 : 0)
        | (w.openToSpeak() ? 8 : 0) | (w.openToCollaborate() ? 16 : 0);
    int m = ALIVE | (a.status().ordinal() << 1)
        | (a.departure().rehireEligibility().status().ordinal() << 4) | (wbits << 6) | (level << 16);
    // skills: dedupe by id keeping the highest proficiency, sorted by dictionary id
    List<SkillClaim> claims = a.skills();
    int[] sk = new int[claims.size()];
    int ns = 0;
    outer:
    for (SkillClaim c : claims) {
      int sid = skillDict.intern(canonicalSkill(c.skill().value()));
      int enc = (sid << 2) | c.proficiency().ordinal();
      for (int i = 0; i < ns; i++) {
        if ((sk[i] >>> 2) == sid) {
          sk[i] = Math.max(sk[i], enc);
          continue outer;
        }
      }
      sk[ns++] = enc;
    }
    sk = Arrays.copyOf(sk, ns);
    Arrays.sort(sk);
    checkListSize(sk.length, field + ".skills");
    // title words of the last tenure and the current title
    java.util.Set<String> words = Text.words(last.jobTitle());
    words.addAll(Text.words(a.current().title()));
    int[] tk = words.stream().mapToInt(tokenDict::intern).sorted().toArray();
    checkListSize(tk.length, field + ".title");
    int[] dp = a.employment().stream().mapToInt(t -> deptDict.intern(Text.norm(t.department())))
        .filter(x -> x > 0).distinct().sorted().toArray();
    checkListSize(dp.length, field + ".employment.department");
    int[] lg = new int[a.languages().size()];
    int nl = 0;
    outer2:
    for (LanguageSkill l : a.languages()) {
      int lid = langDict.intern(l.language());
      int enc = (lid << 2) | l.level().ordinal();
      for (int i = 0; i < nl; i++) {
        if ((lg[i] >>> 2) == lid) {
          lg[i] = Math.max(lg[i], enc);
          continue outer2;
        }
      }
      lg[nl++] = enc;
    }
    lg = Arrays.copyOf(lg, nl);
    Arrays.sort(lg);
    checkListSize(lg.length, field + ".languages");
    Location where = a.current().location();
    int locId = 0;
    if (!where.country().isEmpty()) {
      int cid = countryDict.intern(where.country());
      locId = locDict.intern(locKey(where.country(), where.region()));
      if (locId >= locCountry.length) {
        locCountry = Arrays.copyOf(locCountry, Math.max(locId + 1, locCountry.length * 2));
      }
      locCountry[locId] = cid;
    }
    long months = 0;
    for (Tenure t : a.employment()) {
      LocalDate end = t.end() != null ? t.end() : a.departure().lastWorkingDay();
      months += Math.max(0, ChronoUnit.MONTHS.between(t.start(), end));
    }
    char mo = (char) Math.min(months, Character.MAX_VALUE);
    return new Encoded(id, m, familyDict.intern(Text.norm(last.jobFamily())), locId,
        employerDict.intern(Text.norm(a.current().employer())),
        industryDict.intern(Text.norm(a.current().industry())), mo, sk, tk, dp, lg, where.country());
  }

  static String locKey(String country, String region) {
    return country + "|" + Text.norm(region);
  }

  private static void checkListSize(int n, String field) {
    if (n > MAX_LIST) {
      throw new InvalidValueException(field, "at most " + MAX_LIST + " distinct entries, was " + n);
    }
  }

  static int dayOf(Instant at) {
    long d = Math.floorDiv(at.getEpochSecond(), 86_400L);
    return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE, d));
  }

  // ---------------------------------------------------------------- writing

  private boolean write(Encoded e) {
    int slot = slotOf(e.id);
    boolean added = slot < 0;
    if (added) {
      if (freeCount > 0) {
        slot = free[--freeCount];
      } else {
        ensureCapacity(slots + 1);
        slot = slots++;
      }
      writeId(slot, e.id);
      tableInsert(slot);
      lastDay[slot] = NO_DAY;
      proximity[slot] = 0f;
      consent[slot] = 0;
      live++;
    } else {
      unlinkSkills(slot);
    }
    meta[slot] = e.meta;
    family[slot] = e.family;
    loc[slot] = e.loc;
    employer[slot] = e.employer;
    industry[slot] = e.industry;
    tenureMonths[slot] = e.months;
    int total = e.skills.length + e.tokens.length + e.depts.length + e.langs.length;
    int start;
    if (!added && listTotal(poolLens[slot]) >= total) {
      start = poolStart[slot];
      poolGarbage += listTotal(poolLens[slot]) - total;
    } else {
      if (!added) {
        poolGarbage += listTotal(poolLens[slot]);
      }
      if (poolSize + total > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(poolSize + total, pool.length + (pool.length >> 1)));
      }
      start = poolSize;
      poolSize += total;
    }
    int p = start;
    for (int[] part : new int[][] {e.skills, e.tokens, e.depts, e.langs}) {
      System.arraycopy(part, 0, pool, p, part.length);
      p += part.length;
    }
    poolStart[slot] = start;
    poolLens[slot] = e.skills.length | (e.tokens.length << 8) | (e.depts.length << 16)
        | (e.langs.length << 24);
    for (int s : e.skills) {
      int sid = s >>> 2;
      if (sid >= skillDf.length) {
        skillDf = Arrays.copyOf(skillDf, Math.max(sid + 1, skillDf.length * 2));
      }
      skillDf[sid]++;
    }
    maybeCompact();
    return added;
  }

  private void unlinkSkills(int slot) {
    int start = poolStart[slot];
    int n = poolLens[slot] & 0xFF;
    for (int i = 0; i < n; i++) {
      skillDf[pool[start + i] >>> 2]--;
    }
  }

  private boolean recordDay(String id, int day) {
    int slot = slotOf(id);
    if (slot < 0) {
      return false;
    }
    if (lastDay[slot] == NO_DAY || day > lastDay[slot]) {
      lastDay[slot] = day;
    }
    return true;
  }

  static int listTotal(int lens) {
    return (lens & 0xFF) + ((lens >>> 8) & 0xFF) + ((lens >>> 16) & 0xFF) + (lens >>> 24);
  }

  private void ensureCapacity(int needed) {
    if (needed > meta.length) {
      resize(Math.max(needed, meta.length + (meta.length >> 1)));
    }
  }

  private void allocate(int cap) {
    meta = new int[cap];
    family = new int[cap];
    loc = new int[cap];
    employer = new int[cap];
    industry = new int[cap];
    lastDay = new int[cap];
    tenureMonths = new char[cap];
    proximity = new float[cap];
    consent = new byte[cap];
    poolStart = new int[cap];
    poolLens = new int[cap];
    idStart = new int[cap];
    idLen = new short[cap];
    table = new int[tableSizeFor(cap)];
  }

  private void resize(int cap) {
    meta = Arrays.copyOf(meta, cap);
    family = Arrays.copyOf(family, cap);
    loc = Arrays.copyOf(loc, cap);
    employer = Arrays.copyOf(employer, cap);
    industry = Arrays.copyOf(industry, cap);
    lastDay = Arrays.copyOf(lastDay, cap);
    tenureMonths = Arrays.copyOf(tenureMonths, cap);
    proximity = Arrays.copyOf(proximity, cap);
    consent = Arrays.copyOf(consent, cap);
    poolStart = Arrays.copyOf(poolStart, cap);
    poolLens = Arrays.copyOf(poolLens, cap);
    idStart = Arrays.copyOf(idStart, cap);
    idLen = Arrays.copyOf(idLen, cap);
    int ts = tableSizeFor(cap);
    if (ts != table.length) {
      table = new int[ts];
      for (int s = 0; s < slots; s++) {
        if ((meta[s] & ALIVE) != 0) {
          tableInsert(s);
        }
      }
    }
  }

  private static int tableSizeFor(int cap) {
    return Integer.highestOneBit(Math.max(16, cap) * 2 - 1) << 1;
  }

  private void maybeCompact() {
    if ((poolGarbage > 4096 && poolGarbage > poolSize / 2)
        || (idGarbage > 4096 && idGarbage > idSize / 2)) {
      compactPools();
    }
  }

  private void compactPools() {
    int total = 0;
    int idTotal = 0;
    for (int s = 0; s < slots; s++) {
      if ((meta[s] & ALIVE) != 0) {
        total += listTotal(poolLens[s]);
        idTotal += idByteLength(s);
      }
    }
    int[] np = new int[Math.max(64, total)];
    byte[] nb = new byte[Math.max(64, idTotal)];
    int p = 0;
    int b = 0;
    for (int s = 0; s < slots; s++) {
      if ((meta[s] & ALIVE) != 0) {
        int n = listTotal(poolLens[s]);
        System.arraycopy(pool, poolStart[s], np, p, n);
        poolStart[s] = p;
        p += n;
        int nbytes = idByteLength(s);
        System.arraycopy(idBytes, idStart[s], nb, b, nbytes);
        idStart[s] = b;
        b += nbytes;
      }
    }
    pool = np;
    poolSize = p;
    poolGarbage = 0;
    idBytes = nb;
    idSize = b;
    idGarbage = 0;
  }

  // ---------------------------------------------------------------- ids

  private void writeId(int slot, String id) {
    boolean latin1 = true;
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) > 0xFF) {
        latin1 = false;
        break;
      }
    }
    int nbytes = latin1 ? id.length() : id.length() * 2;
    if (idSize + nbytes > idBytes.length) {
      idBytes = Arrays.copyOf(idBytes, Math.max(idSize + nbytes, idBytes.length + (idBytes.length >> 1)));
    }
    int s = idSize;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (latin1) {
        idBytes[s + i] = (byte) c;
      } else {
        idBytes[s + 2 * i] = (byte) (c >>> 8);
        idBytes[s + 2 * i + 1] = (byte) c;
      }
    }
    idStart[slot] = s;
    idLen[slot] = (short) (latin1 ? id.length() : -id.length());
    idSize += nbytes;
  }

  private int idByteLength(int slot) {
    int l = idLen[slot];
    return l < 0 ? -2 * l : l;
  }

  int idLength(int slot) {
    int l = idLen[slot];
    return l < 0 ? -l : l;
  }

  char idChar(int slot, int i) {
    int s = idStart[slot];
    if (idLen[slot] < 0) {
      return (char) (((idBytes[s + 2 * i] & 0xFF) << 8) | (idBytes[s + 2 * i + 1] & 0xFF));
    }
    return (char) (idBytes[s + i] & 0xFF);
  }

  /** Compares the ids of two slots exactly as {@link String#compareTo} would. */
  int compareIds(int a, int b) {
    int la = idLength(a);
    int lb = idLength(b);
    int n = Math.min(la, lb);
    for (int i = 0; i < n; i++) {
      char ca = idChar(a, i);
      char cb = idChar(b, i);
      if (ca != cb) {
        return ca - cb;
      }
    }
    return la - lb;
  }

  AlumnusId idOf(int slot) {
    int l = idLen[slot];
    String v;
    if (l >= 0) {
      v = new String(idBytes, idStart[slot], l, StandardCharsets.ISO_8859_1);
    } else {
      char[] cs = new char[-l];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = idChar(slot, i);
      }
      v = new String(cs);
    }
    return new AlumnusId(v);
  }

  private int hashOfSlot(int slot) {
    int h = 0;
    int n = idLength(slot);
    for (int i = 0; i < n; i++) {
      h = 31 * h + idChar(slot, i);
    }
    return h;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private boolean idEquals(int slot, String id) {
    if (idLength(slot) != id.length()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (idChar(slot, i) != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  int slotOf(String id) {
    int mask = table.length - 1;
    int i = spread(id.hashCode()) & mask;
    while (true) {
      int t = table[i];
      if (t == 0) {
        return -1;
      }
      if (idEquals(t - 1, id)) {
        return t - 1;
      }
      i = (i + 1) & mask;
    }
  }

  private void tableInsert(int slot) {
    int mask = table.length - 1;
    int i = spread(hashOfSlot(slot)) & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = slot + 1;
  }

  private void tableRemove(int slot) {
    int mask = table.length - 1;
    int i = spread(hashOfSlot(slot)) & mask;
    while (table[i] != slot + 1) {
      i = (i + 1) & mask;
    }
    // backward-shift deletion keeps linear probing free of tombstones
    int j = i;
    while (true) {
      j = (j + 1) & mask;
      int t = table[j];
      if (t == 0) {
        break;
      }
      int home = spread(hashOfSlot(t - 1)) & mask;
      boolean movable = (j > i) ? (home <= i || home > j) : (home <= i && home > j);
      if (movable) {
        table[i] = t;
        i = j;
      }
    }
    table[i] = 0;
  }
}
