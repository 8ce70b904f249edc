package org.alumnisdk.core.alumnus;

/**
 * What the person said they are open to.
 *
 * @param openToRehire open to being rehired
 * @param openToRefer open to referring candidates
 * @param openToMentor open to mentoring
 * @param openToSpeak open to speaking at events
 * @param openToCollaborate open to business collaboration
 * @since 0.1.0
 */
public record Willingness(
    boolean openToRehire,
    boolean openToRefer,
    boolean openToMentor,
    boolean openToSpeak,
    boolean openToCollaborate) {
  private static final Willingness NONE = new Willingness(false, false, false, false, false);

  /**
   * Open to nothing: the default until the person says otherwise.
   *
   * @return the value
   */
  public static Willingness none() {
    return NONE;
  }
}
