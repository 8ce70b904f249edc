package org.alumnisdk.core.group;

/**
 * The kind of an alumni group.
 *
 * @since 0.1.0
 */
public enum GroupKind {
  /** A regional chapter. */
  CHAPTER,
  /** A group around an interest or profession. */
  INTEREST,
  /** A cohort (e.g. the same entry year or department). */
  COHORT
}
