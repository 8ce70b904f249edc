package org.alumnisdk.consent.rights;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alumnisdk.core.Checks;

/**
 * A read-only view of a statutory record about a person (Art. 29 provision or Art. 30 receipt
 * record), for disclosure (Art. 33(5)) and for deletion reports.
 *
 * @param recordId the record id
 * @param article the article, e.g. {@code APPI@2022-04-01:Art.29}
 * @param retainUntil the end of its retention period
 * @param fields the disclosable fields, in order
 * @since 0.1.0
 */
public record RecordView(String recordId, String article, Instant retainUntil, Map<String, String> fields) {
  /**
   * Validates and copies.
   *
   * @param recordId the record id
   * @param article the article, e.g. {@code APPI@2022-04-01:Art.29}
   * @param retainUntil the end of its retention period
   * @param fields the disclosable fields, in order
   * @throws org.alumnisdk.core.InvalidValueException if a part is missing
   */
  public RecordView {
    recordId = Checks.notBlank(recordId, "record.recordId");
    article = Checks.notBlank(article, "record.article");
    Checks.notNull(retainUntil, "record.retainUntil");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(fields, "record.fields")));
  }

  @Override
  public String toString() {
    return "RecordView[" + recordId + ", " + article + ", retainUntil=" + retainUntil + "]";
  }
}
