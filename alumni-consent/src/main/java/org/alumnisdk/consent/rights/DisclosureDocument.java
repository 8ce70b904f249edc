package org.alumnisdk.consent.rights;

import java.util.List;
import org.alumnisdk.core.Checks;

/**
 * The document handed to the person on disclosure: the content in the format asked for, and what
 * was withheld. Prints without its content.
 *
 * @param format the format
 * @param content the document text (contains personal data: hand it only to the verified person)
 * @param itemCount how many items it discloses
 * @param recordCount how many statutory records it includes (Art. 33(5))
 * @param withheld what was withheld, with grounds
 * @since 0.1.0
 */
public record DisclosureDocument(DisclosureFormat format, String content, int itemCount, int recordCount,
    List<Withholding> withheld) {
  /**
   * Validates and copies.
   *
   * @param format the format
   * @param content the document text (contains personal data: hand it only to the verified person)
   * @param itemCount how many items it discloses
   * @param recordCount how many statutory records it includes (Art. 33(5))
   * @param withheld what was withheld, with grounds
   * @throws org.alumnisdk.core.InvalidValueException if a part is missing
   */
  public DisclosureDocument {
    Checks.notNull(format, "format");
    Checks.notNull(content, "content");
    withheld = List.copyOf(withheld);
  }

  /**
   * Returns the media type.
   *
   * @return e.g. {@code text/csv}
   */
  public String mediaType() {
    return format.mediaType();
  }

  @Override
  public String toString() {
    return "DisclosureDocument[" + format + ", items=" + itemCount + ", records=" + recordCount
        + ", withheld=" + withheld.size() + "]";
  }
}
