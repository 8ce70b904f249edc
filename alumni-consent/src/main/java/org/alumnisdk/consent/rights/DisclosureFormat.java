package org.alumnisdk.consent.rights;

/**
 * The form of disclosure the person asks for (Art. 33(1)).
 *
 * @since 0.1.0
 */
public enum DisclosureFormat {
  /** An electronic record in JSON ({@code application/json}). */
  JSON("application/json"),
  /** An electronic record in CSV, RFC 4180 ({@code text/csv}). */
  CSV("text/csv");

  private final String mediaType;

  DisclosureFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /**
   * Returns the media type.
   *
   * @return the media type
   */
  public String mediaType() {
    return mediaType;
  }
}
