package org.alumnisdk.consent.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * The record of receiving personal data from a third party, with the confirmations made
 * (APPI@2022-04-01 Art. 30(1), (3); contents per Rules Art. 17 [M]): the provider's name and
 * address (and representative for a corporation), how the provider acquired the data, the
 * items, the persons and when. {@code toString()} omits the representative's name.
 *
 * @param tenant the recipient (tenant)
 * @param recordId the record id
 * @param alumni the persons concerned
 * @param basis how the provider lawfully supplied the data
 * @param providerName the provider's name (an organisation)
 * @param providerAddress the provider's address
 * @param providerRepresentative the representative of a corporate provider, if any
 * @param acquisitionCircumstances how the provider acquired the data (Art. 30(1)(ii))
 * @param dataCategories the items received
 * @param firstReceivedAt the first receipt covered
 * @param lastReceivedAt the last receipt covered
 * @param method how the record is kept
 * @param recordedAt when the record was made
 * @since 0.1.0
 */
public record ReceiptRecord(
    TenantId tenant,
    String recordId,
    List<AlumnusId> alumni,
    ReceiptBasis basis,
    String providerName,
    String providerAddress,
    Optional<String> providerRepresentative,
    String acquisitionCircumstances,
    List<String> dataCategories,
    Instant firstReceivedAt,
    Instant lastReceivedAt,
    RecordingMethod method,
    Instant recordedAt)
    implements StatutoryRecord {

  /**
   * Validates the record and copies its lists.
   *
   * @param tenant the recipient (tenant)
   * @param recordId the record id
   * @param alumni the persons concerned
   * @param basis how the provider lawfully supplied the data
   * @param providerName the provider's name (an organisation)
   * @param providerAddress the provider's address
   * @param providerRepresentative the representative of a corporate provider, if any
   * @param acquisitionCircumstances how the provider acquired the data (Art. 30(1)(ii))
   * @param dataCategories the items received
   * @param firstReceivedAt the first receipt covered
   * @param lastReceivedAt the last receipt covered
   * @param method how the record is kept
   * @param recordedAt when the record was made
   * @throws InvalidValueException if a field is missing or inconsistent
   */
  public ReceiptRecord {
    Checks.notNull(tenant, "receipt.tenant");
    recordId = Checks.notBlank(recordId, "receipt.recordId");
    alumni = Checks.copyOf(alumni, "receipt.alumni");
    if (alumni.isEmpty()) {
      throw new InvalidValueException("receipt.alumni", "name at least one person");
    }
    Checks.notNull(basis, "receipt.basis");
    providerName = Checks.notBlank(providerName, "receipt.providerName");
    providerAddress = Checks.notBlank(providerAddress, "receipt.providerAddress");
    Checks.notNull(providerRepresentative, "receipt.providerRepresentative");
    acquisitionCircumstances =
        Checks.notBlank(acquisitionCircumstances, "receipt.acquisitionCircumstances");
    dataCategories = Checks.copyOf(dataCategories, "receipt.dataCategories");
    if (dataCategories.isEmpty()) {
      throw new InvalidValueException("receipt.dataCategories", "name the items received");
    }
    Checks.notNull(firstReceivedAt, "receipt.firstReceivedAt");
    Checks.notNull(lastReceivedAt, "receipt.lastReceivedAt");
    if (lastReceivedAt.isBefore(firstReceivedAt)) {
      throw new InvalidValueException("receipt.lastReceivedAt", "must not precede firstReceivedAt");
    }
    Checks.notNull(method, "receipt.method");
    Checks.notNull(recordedAt, "receipt.recordedAt");
  }

  @Override
  public RecordType type() {
    return RecordType.RECEIPT_ART_30;
  }

  @Override
  public Instant lastOccurredAt() {
    return lastReceivedAt;
  }

  @Override
  public String toString() {
    return "ReceiptRecord[" + tenant + "/" + recordId + " " + alumni.size() + " person(s) from "
        + providerName + " basis " + basis + " items " + dataCategories + " " + firstReceivedAt
        + ".." + lastReceivedAt + " " + method + "]";
  }
}
