package org.alumnisdk.matching.referral;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.opening.JobOpening;
import org.alumnisdk.core.opening.SkillRequirement;

/**
 * One ranking request: an opening, a mode, how many results, conflict lists and the optional
 * context features of referrer mode. Create it with {@link #boomerang} or {@link #referrer} and
 * refine it with the {@code with*} methods.
 *
 * @param opening the opening; its tenant must be the index's tenant
 * @param mode boomerang or referrer
 * @param k how many results, 1 or more
 * @param excludedAlumni conflict list: alumni never to return (e.g. the hiring manager's relatives)
 * @param excludedEmployers conflict list: current employers whose staff are never approached
 *     (e.g. clients under a no-poach agreement), compared case-insensitively
 * @param hiringDepartment the department that hires, or empty; feeds company knowledge
 * @param targetIndustries industries where good candidates work (referrer mode), or empty
 * @param targetEmployers employers where good candidates work (referrer mode), or empty
 * @since 0.1.0
 */
public record ReferralQuery(
    JobOpening opening,
    ReferralMode mode,
    int k,
    Set<AlumnusId> excludedAlumni,
    Set<String> excludedEmployers,
    String hiringDepartment,
    Set<String> targetIndustries,
    Set<String> targetEmployers) {
  /** The largest k a query may ask for. */
  public static final int MAX_K = 100_000;

  /**
   * Validates the query and copies its sets.
   *
   * @param opening the opening; its tenant must be the index's tenant
   * @param mode boomerang or referrer
   * @param k how many results, 1 or more
   * @param excludedAlumni conflict list: alumni never to return (e.g. the hiring manager's relatives)
   * @param excludedEmployers conflict list: current employers whose staff are never approached
   *     (e.g. clients under a no-poach agreement), compared case-insensitively
   * @param hiringDepartment the department that hires, or empty; feeds company knowledge
   * @param targetIndustries industries where good candidates work (referrer mode), or empty
   * @param targetEmployers employers where good candidates work (referrer mode), or empty
   * @throws InvalidValueException if a field is missing, k is out of range, the opening lists a skill
   *     twice, or a boomerang opening is on site without a location
   */
  public ReferralQuery {
    Checks.notNull(opening, "opening");
    Checks.notNull(mode, "mode");
    if (k < 1 || k > MAX_K) {
      throw new InvalidValueException("k", "must be between 1 and " + MAX_K + ", was " + k);
    }
    excludedAlumni = Set.copyOf(Checks.notNull(excludedAlumni, "excludedAlumni"));
    excludedEmployers = Set.copyOf(Checks.notNull(excludedEmployers, "excludedEmployers"));
    hiringDepartment = hiringDepartment == null ? "" : hiringDepartment.strip();
    targetIndustries = Set.copyOf(Checks.notNull(targetIndustries, "targetIndustries"));
    targetEmployers = Set.copyOf(Checks.notNull(targetEmployers, "targetEmployers"));
    List<SkillRequirement> skills = opening.skills();
    Set<SkillId> seen = new HashSet<>();
    for (int i = 0; i < skills.size(); i++) {
      if (!seen.add(skills.get(i).skill())) {
        throw new InvalidValueException(
            "opening.skills[" + i + "]", "skill " + skills.get(i).skill() + " is listed twice");
      }
    }
    if (mode == ReferralMode.BOOMERANG && !opening.remote() && opening.location().country().isEmpty()) {
      throw new InvalidValueException(
          "opening.location", "an on-site opening needs a country for the location filter; set it or mark the opening remote");
    }
  }

  /**
   * A boomerang query without conflict lists or context.
   *
   * @param opening the opening
   * @param k how many results
   * @return the query
   * @throws InvalidValueException as the constructor
   */
  public static ReferralQuery boomerang(JobOpening opening, int k) {
    return new ReferralQuery(opening, ReferralMode.BOOMERANG, k, Set.of(), Set.of(), "", Set.of(), Set.of());
  }

  /**
   * A referrer query without conflict lists or context.
   *
   * @param opening the opening
   * @param k how many results
   * @return the query
   * @throws InvalidValueException as the constructor
   */
  public static ReferralQuery referrer(JobOpening opening, int k) {
    return new ReferralQuery(opening, ReferralMode.REFERRER, k, Set.of(), Set.of(), "", Set.of(), Set.of());
  }

  /**
   * A copy with another k.
   *
   * @param newK how many results
   * @return the copy
   */
  public ReferralQuery withK(int newK) {
    return new ReferralQuery(opening, mode, newK, excludedAlumni, excludedEmployers, hiringDepartment,
        targetIndustries, targetEmployers);
  }

  /**
   * A copy with a conflict list of alumni.
   *
   * @param ids alumni never to return
   * @return the copy
   */
  public ReferralQuery withExcludedAlumni(Set<AlumnusId> ids) {
    return new ReferralQuery(opening, mode, k, ids, excludedEmployers, hiringDepartment,
        targetIndustries, targetEmployers);
  }

  /**
   * A copy with a conflict list of current employers.
   *
   * @param employers employers whose current staff are never approached
   * @return the copy
   */
  public ReferralQuery withExcludedEmployers(Set<String> employers) {
    return new ReferralQuery(opening, mode, k, excludedAlumni, employers, hiringDepartment,
        targetIndustries, targetEmployers);
  }

  /**
   * A copy with the hiring department.
   *
   * @param department the department, or empty
   * @return the copy
   */
  public ReferralQuery withHiringDepartment(String department) {
    return new ReferralQuery(opening, mode, k, excludedAlumni, excludedEmployers, department,
        targetIndustries, targetEmployers);
  }

  /**
   * A copy with target industries and employers (referrer mode features).
   *
   * @param industries industries where good candidates work
   * @param employers employers where good candidates work
   * @return the copy
   */
  public ReferralQuery withTargets(Set<String> industries, Set<String> employers) {
    return new ReferralQuery(opening, mode, k, excludedAlumni, excludedEmployers, hiringDepartment,
        industries, employers);
  }
}
