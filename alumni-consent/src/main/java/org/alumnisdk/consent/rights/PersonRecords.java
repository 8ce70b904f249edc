package org.alumnisdk.consent.rights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alumnisdk.consent.records.KeptRecord;
import org.alumnisdk.consent.records.ProvisionRecord;
import org.alumnisdk.consent.records.ReceiptRecord;
import org.alumnisdk.consent.records.RecordBook;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;

/**
 * Read port onto the statutory records about a person (Arts. 29, 30), used by disclosure and
 * deletion. {@link #of(RecordBook)} adapts the consent module's record book.
 *
 * <p>Hosts must guarantee: tenant-scoped, never {@code null}, thread-safe.
 *
 * @since 0.1.0
 */
public interface PersonRecords {

  /**
   * Lists the records that name the person.
   *
   * @param tenant the tenant
   * @param alumnus the person
   * @return the records, possibly empty
   */
  List<RecordView> about(TenantId tenant, AlumnusId alumnus);

  /**
   * Deletes the tenant's records whose retention has ended, and only those.
   *
   * @param tenant the tenant
   * @return how many were deleted
   */
  int purgeExpired(TenantId tenant);

  /**
   * Returns a port with no records.
   *
   * @return the port
   */
  static PersonRecords none() {
    return new PersonRecords() {
      @Override
      public List<RecordView> about(TenantId tenant, AlumnusId alumnus) {
        return List.of();
      }

      @Override
      public int purgeExpired(TenantId tenant) {
        return 0;
      }
    };
  }

  /**
   * Adapts a {@link RecordBook}.
   *
   * @param book the record book
   * @return the port
   * @throws org.alumnisdk.core.InvalidValueException if null
   */
  static PersonRecords of(RecordBook book) {
    Checks.notNull(book, "book");
    return new PersonRecords() {
      @Override
      public List<RecordView> about(TenantId tenant, AlumnusId alumnus) {
        List<RecordView> out = new ArrayList<>();
        for (KeptRecord k : book.onProfileDeleted(tenant, alumnus)) {
          Map<String, String> f = new LinkedHashMap<>();
          if (k.record() instanceof ProvisionRecord p) {
            f.put("basis", p.basis().name());
            f.put("recipient", p.recipientName());
            f.put("recipientCountry", p.recipientCountry());
            f.put("dataCategories", String.join(";", p.dataCategories()));
            f.put("firstProvidedAt", p.firstProvidedAt().toString());
            f.put("lastProvidedAt", p.lastProvidedAt().toString());
          } else if (k.record() instanceof ReceiptRecord r) {
            f.put("basis", r.basis().name());
            f.put("provider", r.providerName());
            f.put("dataCategories", String.join(";", r.dataCategories()));
            f.put("firstReceivedAt", r.firstReceivedAt().toString());
            f.put("lastReceivedAt", r.lastReceivedAt().toString());
          }
          out.add(new RecordView(k.record().recordId(), k.record().type().article(), k.retainUntil(), f));
        }
        return List.copyOf(out);
      }

      @Override
      public int purgeExpired(TenantId tenant) {
        return book.purge(tenant).deleted().size();
      }
    };
  }
}
