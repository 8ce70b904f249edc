package org.alumnisdk.core.offboarding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.MembershipHistory;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.spi.AlumnusRepository;
import org.alumnisdk.core.spi.IdGenerator;
import org.alumnisdk.core.text.TextNormalizer;

/**
 * Turns HRIS leaver records into invited alumni. Re-importing the same person (same external id,
 * compared after NFKC) updates that alumnus and never creates a duplicate; re-importing the same
 * record twice writes nothing the second time.
 *
 * <p>Merge rules for an existing alumnus: name, contacts, skills and languages come from the
 * record (contacts keep a verified flag the record lacks; skills and languages the record does
 * not mention are kept); tenures are merged by start date; the departure is replaced unless the
 * record's is older than the stored one; willingness, visibility, current situation and the
 * membership history are kept, except that a REHIRED alumnus whose record shows a later
 * departure moves back to INVITED (a boomerang who left again). Thread-safe.
 *
 * @since 0.1.0
 */
public final class Offboarding {
  private static final int MAX_ATTEMPTS = 3;
  private final AlumnusRepository alumni;
  private final Clock clock;
  private final IdGenerator ids;

  private Offboarding(AlumnusRepository alumni, Clock clock, IdGenerator ids) {
    this.alumni = Objects.requireNonNull(alumni, "alumni");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /**
   * Creates an importer.
   *
   * @param alumni where alumni are stored
   * @param clock the clock that dates invitations
   * @param ids makes ids for new alumni
   * @return the importer
   */
  public static Offboarding using(AlumnusRepository alumni, Clock clock, IdGenerator ids) {
    return new Offboarding(alumni, clock, ids);
  }

  /**
   * The canonical form of an HRIS employee id: NFKC (full-width digits become ASCII), stripped.
   *
   * @param externalId the id as exported
   * @return the canonical id
   */
  public static String canonicalExternalId(String externalId) {
    return TextNormalizer.standard().withCaseFolding(false).apply(Checks.notBlank(externalId, "externalId"));
  }

  /**
   * Imports one leaver: creates an invited alumnus, or updates the one with the same external id.
   * Retries twice when a concurrent writer wins.
   *
   * @param tenant the tenant
   * @param record the leaver record
   * @return what happened
   * @throws InvalidValueException if the record is malformed (e.g. an e-mail that is not one)
   * @throws ConcurrentUpdateException if concurrent writers win three times in a row
   */
  public ImportOutcome importLeaver(TenantId tenant, LeaverRecord record) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(record, "record");
    ConcurrentUpdateException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Optional<Alumnus> existing = alumni.findByExternalId(tenant, canonicalExternalId(record.externalId()));
      ImportOutcome planned = plan(tenant, record, existing);
      try {
        if (planned instanceof ImportOutcome.Created c) {
          return new ImportOutcome.Created(alumni.save(c.alumnus()));
        }
        if (planned instanceof ImportOutcome.Updated u) {
          return new ImportOutcome.Updated(alumni.save(u.alumnus()), u.leftAgain());
        }
        return planned;
      } catch (ConcurrentUpdateException e) {
        last = e;
      }
    }
    throw last;
  }

  /**
   * Plans the import of one record without writing: the alumnus to save and what kind of change
   * it is. Used by batch imports that validate everything before writing anything.
   *
   * @param tenant the tenant
   * @param record the record
   * @param existing the stored alumnus with the same external id, if any
   * @return the planned outcome; for Created and Updated the alumnus is not saved yet
   * @throws InvalidValueException if the record is malformed
   */
  public ImportOutcome plan(TenantId tenant, LeaverRecord record, Optional<Alumnus> existing) {
    String externalId = canonicalExternalId(record.externalId());
    List<ContactPoint> contacts = normaliseContacts(record.contacts());
    if (existing.isEmpty()) {
      Alumnus created = new Alumnus(AlumnusId.of(ids.next()), tenant, externalId, record.name(), contacts,
          sortTenures(record.employment()), record.departure(), null, dedupeSkills(record.skills(), List.of()),
          dedupeLanguages(record.languages(), List.of()), null, null,
          MembershipHistory.invited(clock.instant()), 0);
      return new ImportOutcome.Created(created);
    }
    Alumnus old = existing.get();
    Checks.sameTenant(tenant, old.tenant(), "existing");
    Map<java.time.LocalDate, Tenure> byStart = new TreeMap<>();
    old.employment().forEach(t -> byStart.put(t.start(), t));
    record.employment().forEach(t -> byStart.put(t.start(), t));
    List<Tenure> employment = new ArrayList<>(byStart.values());
    Departure departure = record.departure().lastWorkingDay().isBefore(old.departure().lastWorkingDay())
        ? old.departure() : record.departure();
    MembershipHistory membership = old.membership();
    boolean leftAgain = false;
    if (old.status() == MembershipStatus.REHIRED
        && record.departure().lastWorkingDay().isAfter(old.departure().lastWorkingDay())) {
      membership = membership.moveTo(MembershipStatus.INVITED, clock.instant(), "");
      leftAgain = true;
    }
    Alumnus merged = old.withName(record.name())
        .withContacts(mergeContacts(old.contacts(), contacts))
        .withEmployment(employment)
        .withDeparture(departure)
        .withSkills(dedupeSkills(record.skills(), old.skills()))
        .withLanguages(dedupeLanguages(record.languages(), old.languages()))
        .withMembership(membership);
    if (merged.equals(old)) {
      return new ImportOutcome.Unchanged(old);
    }
    return new ImportOutcome.Updated(merged, leftAgain);
  }

  private static List<Tenure> sortTenures(List<Tenure> tenures) {
    List<Tenure> sorted = new ArrayList<>(tenures);
    sorted.sort(Comparator.comparing(Tenure::start));
    return sorted;
  }

  private static List<ContactPoint> normaliseContacts(List<ContactPoint> contacts) {
    List<ContactPoint> out = new ArrayList<>();
    for (int i = 0; i < contacts.size(); i++) {
      ContactPoint c = contacts.get(i);
      if (c.kind() == ContactPoint.Kind.EMAIL) {
        String email = TextNormalizer.email(c.value())
            .orElseThrow(() -> new InvalidValueException("contacts", "an e-mail address is malformed"));
        c = new ContactPoint(ContactPoint.Kind.EMAIL, email, c.verified());
      } else {
        c = new ContactPoint(c.kind(), TextNormalizer.standard().apply(c.value()), c.verified());
      }
      ContactPoint candidate = c;
      if (out.stream().noneMatch(o -> o.kind() == candidate.kind() && o.value().equals(candidate.value()))) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<ContactPoint> mergeContacts(List<ContactPoint> old, List<ContactPoint> fresh) {
    List<ContactPoint> out = new ArrayList<>();
    for (ContactPoint c : fresh) {
      boolean wasVerified = old.stream()
          .anyMatch(o -> o.kind() == c.kind() && o.value().equals(c.value()) && o.verified());
      out.add(wasVerified && !c.verified() ? new ContactPoint(c.kind(), c.value(), true) : c);
    }
    return out;
  }

  private static List<SkillClaim> dedupeSkills(List<SkillClaim> fresh, List<SkillClaim> old) {
    Map<SkillId, SkillClaim> bySkill = new LinkedHashMap<>();
    old.forEach(s -> bySkill.put(s.skill(), s));
    fresh.forEach(s -> bySkill.put(s.skill(), s));
    return new ArrayList<>(bySkill.values());
  }

  private static List<LanguageSkill> dedupeLanguages(List<LanguageSkill> fresh, List<LanguageSkill> old) {
    Map<String, LanguageSkill> byLang = new LinkedHashMap<>();
    old.forEach(l -> byLang.put(l.language(), l));
    fresh.forEach(l -> byLang.put(l.language(), l));
    return new ArrayList<>(byLang.values());
  }

  @Override
  public String toString() {
    return "Offboarding[" + alumni + "]";
  }
}
