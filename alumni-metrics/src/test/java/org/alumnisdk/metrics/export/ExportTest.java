package org.alumnisdk.metrics.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.metrics.kpi.FiscalYear;
import org.alumnisdk.metrics.kpi.Kpi;
import org.alumnisdk.metrics.kpi.KpiDefinition;
import org.alumnisdk.metrics.kpi.KpiFlag;
import org.junit.jupiter.api.Test;

class ExportTest {
  private static Kpi kpi() {
    Map<String, Long> ex = new LinkedHashMap<>();
    ex.put("no consent", 2L);
    return Kpi.ratio("pct-engaged.any", 1, 4, new KpiDefinition("a, \"b\"", FiscalYear.japanese().year(2026),
        "=num", "den", ex, List.of("line1\nline2")), KpiFlag.UNRELIABLE_SIGNAL);
  }

  @Test
  void jsonWritesRecordsInComponentOrder() {
    String json = JsonExport.write(kpi());
    assertThat(json).startsWith("{\"name\":\"pct-engaged.any\",\"kind\":\"RATIO\",\"value\":0.25,\"numerator\":1,"
        + "\"denominator\":4,\"flags\":[\"UNRELIABLE_SIGNAL\"],\"definition\":{\"formula\":\"a, \\\"b\\\"\","
        + "\"window\":{\"from\":\"2026-03-31T15:00:00Z\",\"to\":\"2027-03-31T15:00:00Z\",\"label\":\"FY2026\"},");
    assertThat(json).endsWith("\"excluded\":{\"no consent\":2},\"notes\":[\"line1\\nline2\"]}}");
  }

  record Row(AlumnusId id, Optional<Instant> at, double x, Optional<Inner> inner) {}

  record Inner(int a, String b) {}

  @Test
  void jsonHandlesIdsOptionalsAndNonFiniteNumbers() {
    assertThat(JsonExport.write(new Row(AlumnusId.of("a1"), Optional.empty(), Double.NaN, Optional.of(new Inner(1, "z")))))
        .isEqualTo("{\"id\":\"a1\",\"at\":null,\"x\":null,\"inner\":{\"a\":1,\"b\":\"z\"}}");
    assertThat(JsonExport.write(Map.of(AlumnusId.of("k"), List.of(1.5, 2.0)))).isEqualTo("{\"k\":[1.5,2]}");
  }

  @Test
  void csvFlattensQuotesAndGuardsFormulas() {
    String csv = Csv.write(Kpi.class, List.of(kpi()));
    String[] lines = csv.split("\r\n", -1);
    assertThat(lines[0]).isEqualTo("name,kind,value,numerator,denominator,flags,definition.formula,"
        + "definition.window.from,definition.window.to,definition.window.label,definition.numerator,"
        + "definition.denominator,definition.excluded,definition.notes");
    assertThat(csv).contains("pct-engaged.any,RATIO,0.25,1,4,\"[\"\"UNRELIABLE_SIGNAL\"\"]\",\"a, \"\"b\"\"\"")
        .contains(",'=num,den,")
        .contains("\"{\"\"no consent\"\":2}\"")
        .endsWith("\r\n");
  }

  @Test
  void csvOfOptionalNestedRecordsAndEmptyLists() {
    String csv = Csv.write(Row.class, List.of(new Row(AlumnusId.of("a1"), Optional.empty(), -1.5, Optional.empty())));
    assertThat(csv).isEqualTo("id,at,x,inner.a,inner.b\r\na1,,-1.5,,\r\n");
    assertThat(Csv.write(Row.class, List.of())).isEqualTo("id,at,x,inner.a,inner.b\r\n");
  }

  @Test
  void memberMetricsExportWithStableColumnsAndModeOrder() {
    var members = java.util.List.of(new org.alumnisdk.metrics.MemberMetrics(AlumnusId.of("a1"), 2.5, 75.0, 1.0, 0.4,
        Optional.of(Instant.parse("2026-10-01T00:00:00Z")), 31, 3,
        java.util.Set.of(org.alumnisdk.metrics.taxonomy.EngagementMode.COMMUNICATION,
            org.alumnisdk.metrics.taxonomy.EngagementMode.CONTRIBUTION),
        new org.alumnisdk.metrics.level.LevelAssessment(5, 5, 0, Instant.parse("2026-10-01T00:00:00Z"), false, "depth"),
        new org.alumnisdk.metrics.rfm.RfmScore(4, 2, 1, 31, 3, 0, org.alumnisdk.metrics.rfm.RfmMethod.FIXED_BANDS, "Others"),
        new org.alumnisdk.metrics.segment.SegmentAssignment("passive", "active within 365 days")));
    String csv = Csv.write(org.alumnisdk.metrics.MemberMetrics.class, members);
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("alumnus,score,scorePercentile,recentScore,momentum,lastActivity,"
        + "daysSinceLastActivity,activities,modesInPeriod,level.step,level.depthStep,level.presenceStep,level.since,"
        + "level.held,level.reason,rfm.recency,rfm.frequency,rfm.monetary,rfm.recencyDays,rfm.frequencyCount,"
        + "rfm.monetaryValue,rfm.method,rfm.segment,segment.segment,segment.reason");
    assertThat(csv).contains("a1,2.5,75,1,0.4,2026-10-01T00:00:00Z,31,3,\"[\"\"CONTRIBUTION\"\",\"\"COMMUNICATION\"\"]\"");
    assertThat(JsonExport.write(members.get(0))).contains("\"modesInPeriod\":[\"CONTRIBUTION\",\"COMMUNICATION\"]");
  }
}
