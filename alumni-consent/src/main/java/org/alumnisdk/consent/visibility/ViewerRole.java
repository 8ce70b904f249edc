package org.alumnisdk.consent.visibility;

/**
 * Who looks at a profile.
 *
 * @since 0.1.0
 */
public enum ViewerRole {
  /** The alumnus themself. */
  SELF,
  /** Alumni-relations staff of the operator. */
  ALUMNI_RELATIONS_STAFF,
  /** A recruiter of the operator (rehire outreach). */
  RECRUITER,
  /** Another alumnus of the network. */
  FELLOW_ALUMNUS,
  /** A group company under a joint-use arrangement (Art. 27(5)(iii)). */
  JOINT_USER,
  /** A processor (entrusted person) doing a task for the operator (Art. 27(5)(i)). */
  PROCESSOR
}
