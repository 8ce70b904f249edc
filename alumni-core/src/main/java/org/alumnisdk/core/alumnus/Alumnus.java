package org.alumnisdk.core.alumnus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;

/**
 * A former employee in the alumni network: the central aggregate of the SDK.
 *
 * <p>Immutable; change it with the {@code with*} methods and save it through the {@code
 * AlumnusRepository} port with its optimistic {@link #version()}. {@link #toString()} prints only
 * ids, status and version: never personal data.
 *
 * @param id the alumnus id
 * @param tenant the owning tenant
 * @param externalId the HRIS employee id; unique per tenant, the key of re-imports
 * @param name the name
 * @param contacts e-mail addresses and phone numbers
 * @param employment all tenures with the company, oldest first (a boomerang has several)
 * @param departure the latest departure
 * @param current what the person does now
 * @param skills skills by normalised id
 * @param languages languages with level
 * @param willingness what the person is open to
 * @param visibility per-field-group visibility
 * @param membership the membership lifecycle
 * @param version the optimistic version: 0 before the first save
 * @since 0.1.0
 */
public record Alumnus(
    AlumnusId id,
    TenantId tenant,
    @NotBlank @Size(max = 64) String externalId,
    @Valid PersonName name,
    @Size(max = 20) List<@Valid ContactPoint> contacts,
    @Size(min = 1, max = 50) List<@Valid Tenure> employment,
    @Valid Departure departure,
    @Valid CurrentSituation current,
    @Size(max = 200) List<@Valid SkillClaim> skills,
    @Size(max = 30) List<@Valid LanguageSkill> languages,
    Willingness willingness,
    VisibilitySettings visibility,
    MembershipHistory membership,
    long version) implements Aggregate<AlumnusId, Alumnus> {
  /**
   * Validates the alumnus and copies its collections.
   *
   * @param id the alumnus id
   * @param tenant the owning tenant
   * @param externalId the HRIS employee id; unique per tenant, the key of re-imports
   * @param name the name
   * @param contacts e-mail addresses and phone numbers
   * @param employment all tenures with the company, oldest first (a boomerang has several)
   * @param departure the latest departure
   * @param current what the person does now
   * @param skills skills by normalised id
   * @param languages languages with level
   * @param willingness what the person is open to
   * @param visibility per-field-group visibility
   * @param membership the membership lifecycle
   * @param version the optimistic version: 0 before the first save
   * @throws org.alumnisdk.core.InvalidValueException naming the first missing or malformed field
   */
  public Alumnus {
    Checks.notNull(id, "id");
    Checks.notNull(tenant, "tenant");
    externalId = Checks.noControlCharacters(Checks.notBlank(externalId, "externalId"), "externalId");
    Checks.notNull(name, "name");
    contacts = Checks.copyOf(contacts, "contacts");
    employment = Checks.copyOf(employment, "employment");
    if (employment.isEmpty()) {
      throw new org.alumnisdk.core.InvalidValueException("employment", "must hold at least one tenure");
    }
    Checks.notNull(departure, "departure");
    current = current == null ? CurrentSituation.unknown() : current;
    skills = Checks.copyOf(skills, "skills");
    languages = Checks.copyOf(languages, "languages");
    willingness = willingness == null ? Willingness.none() : willingness;
    visibility = visibility == null ? VisibilitySettings.privateByDefault() : visibility;
    Checks.notNull(membership, "membership");
    Checks.notNegative(version, "version");
  }

  /**
   * The current membership state.
   *
   * @return the state of the last membership event
   */
  public MembershipStatus status() {
    return membership.current();
  }

  /**
   * The latest tenure.
   *
   * @return the last element of {@link #employment()}
   */
  public Tenure lastTenure() {
    return employment.get(employment.size() - 1);
  }

  /**
   * A copy with another version (used by stores).
   *
   * @param newVersion the version
   * @return the copy
   */
  @Override
  public Alumnus withVersion(long newVersion) {
    return new Alumnus(id, tenant, externalId, name, contacts, employment, departure, current,
        skills, languages, willingness, visibility, membership, newVersion);
  }

  /**
   * A copy with another membership history.
   *
   * @param newMembership the history
   * @return the copy
   */
  public Alumnus withMembership(MembershipHistory newMembership) {
    return new Alumnus(id, tenant, externalId, name, contacts, employment, departure, current,
        skills, languages, willingness, visibility, newMembership, version);
  }

  /**
   * A copy with other skills.
   *
   * @param newSkills the skills
   * @return the copy
   */
  public Alumnus withSkills(List<SkillClaim> newSkills) {
    return new Alumnus(id, tenant, externalId, name, contacts, employment, departure, current,
        newSkills, languages, willingness, visibility, membership, version);
  }

  /**
   * A copy with another current situation.
   *
   * @param newCurrent the situation
   * @return the copy
   */
  public Alumnus withCurrent(CurrentSituation newCurrent) {
    return new Alumnus(id, tenant, externalId, name, contacts, employment, departure, newCurrent,
        skills, languages, willingness, visibility, membership, version);
  }

  /**
   * A copy with other willingness flags.
   *
   * @param newWillingness the flags
   * @return the copy
   */
  public Alumnus withWillingness(Willingness newWillingness) {
    return new Alumnus(id, tenant, externalId, name, contacts, employment, departure, current,
        skills, languages, newWillingness, visibility, membership, version);
  }

  /**
   * A copy with another employment history (used when a boomerang is rehired or leaves again).
   *
   * @param newEmployment the tenures, oldest first
   * @return the copy
   */
  public Alumnus withEmployment(List<Tenure> newEmployment) {
    return new Alumnus(id, tenant, externalId, name, contacts, newEmployment, departure, current,
        skills, languages, willingness, visibility, membership, version);
  }

  /**
   * A copy with another departure.
   *
   * @param newDeparture the departure
   * @return the copy
   */
  public Alumnus withDeparture(Departure newDeparture) {
    return new Alumnus(id, tenant, externalId, name, contacts, employment, newDeparture, current,
        skills, languages, willingness, visibility, membership, version);
  }

  /**
   * A copy with other contact points.
   *
   * @param newContacts the contact points
   * @return the copy
   */
  public Alumnus withContacts(List<ContactPoint> newContacts) {
    return new Alumnus(id, tenant, externalId, name, newContacts, employment, departure, current,
        skills, languages, willingness, visibility, membership, version);
  }

  /**
   * A copy with another name.
   *
   * @param newName the name
   * @return the copy
   */
  public Alumnus withName(PersonName newName) {
    return new Alumnus(id, tenant, externalId, newName, contacts, employment, departure, current,
        skills, languages, willingness, visibility, membership, version);
  }

  /**
   * A copy with other languages.
   *
   * @param newLanguages the languages
   * @return the copy
   */
  public Alumnus withLanguages(List<LanguageSkill> newLanguages) {
    return new Alumnus(id, tenant, externalId, name, contacts, employment, departure, current,
        skills, newLanguages, willingness, visibility, membership, version);
  }

  /**
   * A copy with other visibility settings.
   *
   * @param newVisibility the settings
   * @return the copy
   */
  public Alumnus withVisibility(VisibilitySettings newVisibility) {
    return new Alumnus(id, tenant, externalId, name, contacts, employment, departure, current,
        skills, languages, willingness, newVisibility, membership, version);
  }

  /** Prints ids, status and version only: never personal data. */
  @Override
  public String toString() {
    return "Alumnus[id=" + id + ", tenant=" + tenant + ", status=" + status()
        + ", tenures=" + employment.size() + ", version=" + version + "]";
  }
}
