package org.alumnisdk.consent.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.alumnisdk.consent.rights.TestProfiles;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.TenantMismatchException;
import org.junit.jupiter.api.Test;

class ResearchExportTest {
  private static final TenantId T = TenantId.of("acme");
  private static final byte[] KEY = "0123456789abcdef-secret".getBytes(StandardCharsets.UTF_8);

  private static ResearchRecord row(String id, String birth, String pref, String dept, String dep, String rehired) {
    return new ResearchRecord(T, AlumnusId.of(id), Map.of(ResearchRecord.BIRTH_YEAR, birth, ResearchRecord.PREFECTURE, pref,
        ResearchRecord.DEPARTMENT, dept, ResearchRecord.DEPARTURE_YEAR, dep), Map.of("rehired", rehired));
  }

  @Test
  void art41_aProfileBecomesARowWithoutNameOrContact() {
    ResearchRecord r = ResearchRecord.from(TestProfiles.alumnus(T, "a-1", "Sales", "Aichi", 0), OptionalInt.of(1988),
        Map.of("rehired", "false"));
    assertThat(r.quasi()).containsEntry(ResearchRecord.PREFECTURE, "Aichi").containsEntry(ResearchRecord.DEPARTMENT, "Sales")
        .containsEntry(ResearchRecord.BIRTH_YEAR, "1988").containsEntry(ResearchRecord.DEPARTURE_YEAR, "2024");
    assertThat(r.quasi().values()).noneMatch(v -> v.contains("example.invalid") || v.contains("試験"));
  }

  @Test
  void art41_contactAndNameColumnsAreRejected() {
    assertThatThrownBy(() -> new ResearchRecord(T, AlumnusId.of("a"), Map.of(), Map.of("email", "x@y")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("attributes.email");
    assertThatThrownBy(() -> new ResearchRecord(T, AlumnusId.of("a"), Map.of("contact.phone", "1"), Map.of()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void art41_2_pseudonymsAreKeyedAndTheKeyTableIsKeptApart() {
    List<ResearchRecord> rows = List.of(row("a-1", "1988", "Tokyo", "Sales", "2024", "true"),
        row("a-2", "1990", "Osaka", "Eng", "2023", "false"));
    PseudonymisedExport out = ResearchExport.pseudonymise(T, "turnover research", rows, KEY);
    assertThat(out.dataset().rows()).hasSize(2).allSatisfy(r -> {
      assertThat(r.pseudonym()).hasSize(32).doesNotContain("a-");
      assertThat(r.values()).doesNotContainKeys("id", "name", "email");
    });
    assertThat(out.dataset().toString()).doesNotContain("a-1");
    for (PseudonymisedDataset.Row r : out.dataset().rows()) {
      assertThat(out.keys().alumnus(r.pseudonym())).isPresent();
    }
    // Same key, same pseudonyms; another key, unlinkable pseudonyms.
    PseudonymisedExport again = ResearchExport.pseudonymise(T, "turnover research", rows, KEY);
    assertThat(again.dataset().rows()).isEqualTo(out.dataset().rows());
    PseudonymisedExport other = ResearchExport.pseudonymise(T, "turnover research", rows,
        "another-secret-key-16".getBytes(StandardCharsets.UTF_8));
    assertThat(other.dataset().rows().get(0).pseudonym()).isNotIn(out.keys().byPseudonym().keySet());
  }

  @Test
  void art41_aShortKeyIsRejected() {
    assertThatThrownBy(() -> ResearchExport.pseudonymise(T, "p", List.of(), new byte[8]))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("secretKey");
  }

  @Test
  void art43_1_exportIsRefusedWhenACombinationIsSharedByFewerThanKPeople() {
    List<ResearchRecord> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rows.add(row("t" + i, "1988", "Tokyo", "Sales", "2024", "true"));
    }
    rows.add(row("o1", "1990", "Osaka", "Sales", "2024", "false"));
    AnonymisedExport out = ResearchExport.anonymise(T, rows,
        AnonymisationSpec.of(3, ResearchRecord.BIRTH_YEAR, ResearchRecord.PREFECTURE, ResearchRecord.DEPARTMENT));
    assertThat(out).isInstanceOfSatisfying(AnonymisedExport.Refused.class, r -> {
      assertThat(r.violations()).singleElement().satisfies(v -> {
        assertThat(v.count()).isEqualTo(1);
        assertThat(v.values()).containsEntry(ResearchRecord.PREFECTURE, "Osaka");
      });
    });
  }

  @Test
  void art43_1_generalisingTheBirthYearAndDroppingPrefectureCanMakeTheExportPass() {
    List<ResearchRecord> rows = List.of(row("a", "1986", "Tokyo", "Sales", "2024", "true"),
        row("b", "1988", "Osaka", "Sales", "2024", "false"), row("c", "1989", "Chiba", "Sales", "2024", "true"));
    AnonymisationSpec strict = AnonymisationSpec.of(3, ResearchRecord.BIRTH_YEAR, ResearchRecord.DEPARTMENT);
    assertThat(ResearchExport.anonymise(T, rows, strict)).isInstanceOf(AnonymisedExport.Refused.class);
    AnonymisedExport out = ResearchExport.anonymise(T, rows,
        strict.generalise(ResearchRecord.BIRTH_YEAR, AnonymisationSpec.yearBand(5)).keeping("rehired"));
    assertThat(out).isInstanceOfSatisfying(AnonymisedExport.Exported.class, e -> {
      assertThat(e.columns()).containsExactly(ResearchRecord.BIRTH_YEAR, ResearchRecord.DEPARTMENT, "rehired");
      assertThat(e.rows()).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("1985-1989"));
      assertThat(e.smallestClass()).isEqualTo(3);
      assertThat(e.publishedCategories()).contains("rehired");
      assertThat(e.recipientStatement()).contains("Art. 43");
    });
  }

  @Test
  void rowsOfAnotherTenantAreRejected() {
    ResearchRecord foreign = new ResearchRecord(TenantId.of("globex"), AlumnusId.of("x"), Map.of("department", "a"), Map.of());
    assertThatThrownBy(() -> ResearchExport.anonymise(T, List.of(foreign), AnonymisationSpec.of(1, "department")))
        .isInstanceOf(TenantMismatchException.class);
  }

  @Test
  void theSpecValidatesK() {
    assertThatThrownBy(() -> AnonymisationSpec.of(0, "department")).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("k");
    assertThat(AnonymisationSpec.yearBand(10).apply("1987")).isEqualTo("1980-1989");
  }
}
