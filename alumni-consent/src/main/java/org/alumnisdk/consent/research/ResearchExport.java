package org.alumnisdk.consent.research;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.alumnisdk.core.AlumniException;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * Research exports: a pseudonymised dataset with the keys kept apart (Art. 41), and an anonymised
 * dataset that is refused unless every combination of quasi-identifier values is shared by at
 * least k people (Art. 43(1); k-anonymity). Stateless and thread-safe.
 *
 * <p>Checking the full combination of all quasi-identifiers suffices: when every group sharing all
 * of them has at least k people, every group sharing any subset of them is a union of such groups
 * and has at least k people too.
 *
 * @since 0.1.0
 */
public final class ResearchExport {
  private ResearchExport() {}

  private static void sameTenant(TenantId tenant, List<ResearchRecord> records) {
    Checks.notNull(tenant, "tenant");
    for (int i = 0; i < Checks.notNull(records, "records").size(); i++) {
      Checks.sameTenant(tenant, Checks.notNull(records.get(i), "records[" + i + "]").tenant(), "records[" + i + "]");
    }
  }

  /**
   * Pseudonymises: replaces each alumnus id by a keyed hash (HMAC-SHA-256 of tenant and id with the
   * secret key), keeps quasi-identifiers and attributes, and returns the key table apart.
   *
   * @param tenant the tenant
   * @param purpose the published purpose of use
   * @param records the rows
   * @param secretKey the secret key (at least 16 bytes), kept by the key custodian
   * @return the dataset and the key table
   * @throws InvalidValueException if the key is short or a row belongs to another tenant
   */
  public static PseudonymisedExport pseudonymise(TenantId tenant, String purpose, List<ResearchRecord> records, byte[] secretKey) {
    sameTenant(tenant, records);
    Checks.notNull(secretKey, "secretKey");
    if (secretKey.length < 16) {
      throw new InvalidValueException("secretKey", "must be at least 16 bytes");
    }
    Mac mac;
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new AlumniException("HmacSHA256 is not available in this JVM", e);
    }
    Map<String, AlumnusId> keys = new TreeMap<>();
    List<PseudonymisedDataset.Row> rows = new ArrayList<>();
    for (ResearchRecord r : records) {
      byte[] h = mac.doFinal((tenant.value() + "\u0000" + r.id().value()).getBytes(StandardCharsets.UTF_8));
      String pseudonym = HexFormat.of().formatHex(h, 0, 16);
      if (keys.putIfAbsent(pseudonym, r.id()) != null) {
        throw new InvalidValueException("records", "lists alumnus " + r.id() + " twice");
      }
      Map<String, String> values = new LinkedHashMap<>(r.quasi());
      values.putAll(r.attributes());
      rows.add(new PseudonymisedDataset.Row(pseudonym, values));
    }
    rows.sort(Comparator.comparing(PseudonymisedDataset.Row::pseudonym));
    return new PseudonymisedExport(new PseudonymisedDataset(tenant, purpose, rows), new PseudonymKeyTable(tenant, keys));
  }

  /**
   * Anonymises: drops ids, applies the generalisations, and exports only if every combination of
   * quasi-identifier values is shared by at least k people; otherwise refuses and names the
   * combinations.
   *
   * @param tenant the tenant
   * @param records the rows
   * @param spec the quasi-identifiers, k, generalisations and kept attributes
   * @return the export or the refusal
   * @throws InvalidValueException if a row lacks a quasi-identifier or kept attribute, or belongs to another tenant
   */
  public static AnonymisedExport anonymise(TenantId tenant, List<ResearchRecord> records, AnonymisationSpec spec) {
    sameTenant(tenant, records);
    Checks.notNull(spec, "spec");
    List<List<String>> rows = new ArrayList<>();
    Map<List<String>, Integer> classes = new LinkedHashMap<>();
    int qn = spec.quasiIdentifiers().size();
    for (int i = 0; i < records.size(); i++) {
      ResearchRecord r = records.get(i);
      List<String> row = new ArrayList<>();
      for (String q : spec.quasiIdentifiers()) {
        String v = r.quasi().get(q);
        if (v == null) {
          throw new InvalidValueException("records[" + i + "].quasi." + q, "is missing");
        }
        row.add(spec.generalisations().getOrDefault(q, x -> x).apply(v));
      }
      classes.merge(List.copyOf(row), 1, Integer::sum);
      for (String a : spec.keptAttributes()) {
        String v = r.attributes().get(a);
        if (v == null) {
          throw new InvalidValueException("records[" + i + "].attributes." + a, "is missing");
        }
        row.add(v);
      }
      rows.add(row);
    }
    List<AnonymisedExport.Violation> violations = new ArrayList<>();
    int smallest = Integer.MAX_VALUE;
    for (Map.Entry<List<String>, Integer> e : classes.entrySet()) {
      smallest = Math.min(smallest, e.getValue());
      if (e.getValue() < spec.k()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int j = 0; j < qn; j++) {
          values.put(spec.quasiIdentifiers().get(j), e.getKey().get(j));
        }
        violations.add(new AnonymisedExport.Violation(values, e.getValue()));
      }
    }
    if (!violations.isEmpty()) {
      return new AnonymisedExport.Refused(spec.k(), violations);
    }
    rows.sort((x, y) -> {
      for (int j = 0; j < x.size(); j++) {
        int c = x.get(j).compareTo(y.get(j));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    List<String> columns = new ArrayList<>(spec.quasiIdentifiers());
    columns.addAll(spec.keptAttributes());
    return new AnonymisedExport.Exported(columns, rows, spec.k(), records.isEmpty() ? 0 : smallest, columns,
        "This dataset is anonymised information under APPI Art. 43; the recipient must not identify persons (Art. 45).");
  }
}
