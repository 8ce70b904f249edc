package org.alumnisdk.consent.visibility;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.CurrentSituation;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.alumnus.Willingness;
import org.alumnisdk.core.alumnus.FieldGroup;

/**
 * A profile as one viewer may see it: hidden groups are empty. Prints only the id and which groups
 * are visible.
 *
 * @param id the alumnus id
 * @param name the name, if visible
 * @param contacts the contacts, empty if hidden
 * @param employment the tenures, empty if hidden
 * @param departure the departure, if visible
 * @param current the current situation, if visible
 * @param skills the skills, empty if hidden
 * @param languages the languages, empty if hidden
 * @param willingness the willingness, if visible
 * @param visible the visible groups
 * @since 0.1.0
 */
public record RedactedProfile(AlumnusId id, Optional<PersonName> name, List<ContactPoint> contacts,
    List<Tenure> employment, Optional<Departure> departure, Optional<CurrentSituation> current,
    List<SkillClaim> skills, List<LanguageSkill> languages, Optional<Willingness> willingness,
    Set<FieldGroup> visible) {
  /**
   * Copies.
   *
   * @param id the alumnus id
   * @param name the name, if visible
   * @param contacts the contacts, empty if hidden
   * @param employment the tenures, empty if hidden
   * @param departure the departure, if visible
   * @param current the current situation, if visible
   * @param skills the skills, empty if hidden
   * @param languages the languages, empty if hidden
   * @param willingness the willingness, if visible
   * @param visible the visible groups
   * @throws org.alumnisdk.core.InvalidValueException if a part is null
   */
  public RedactedProfile {
    Checks.notNull(id, "id");
    Checks.notNull(name, "name");
    contacts = List.copyOf(contacts);
    employment = List.copyOf(employment);
    Checks.notNull(departure, "departure");
    Checks.notNull(current, "current");
    skills = List.copyOf(skills);
    languages = List.copyOf(languages);
    Checks.notNull(willingness, "willingness");
    visible = Set.copyOf(visible);
  }

  @Override
  public String toString() {
    return "RedactedProfile[id=" + id + ", visible=" + new java.util.TreeSet<>(visible) + "]";
  }
}
