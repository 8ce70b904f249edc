package org.alumnisdk.testkit.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.inmemory.InMemoryAlumnusRepository;
import org.alumnisdk.core.roster.Roster;
import org.alumnisdk.core.roster.RosterFormatException;
import org.alumnisdk.core.roster.RosterImportResult;
import org.alumnisdk.core.roster.RosterOptions;
import org.alumnisdk.core.spi.IdGenerator;
import org.alumnisdk.testkit.generators.AlumniGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class RosterRoundTripProperties {
  private static final long SEED = 20261125L;
  private static final TenantId T = TenantId.of("acme");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
  private static final List<RosterOptions> FORMATS = List.of(
      RosterOptions.csv(),
      RosterOptions.csv().withBom(true),
      RosterOptions.csv().withCharset(RosterOptions.WINDOWS_31J),
      RosterOptions.jsonLines());

  private static Roster fresh(InMemoryAlumnusRepository repo) {
    return Roster.using(repo, CLOCK, IdGenerator.sequential("a"));
  }

  @Test
  void importExportImportIsTheIdentity() {
    qt().withFixedSeed(SEED).withExamples(150)
        .forAll(AlumniGenerators.leaverRosters(6), Generate.range(0, FORMATS.size() - 1))
        .checkAssert((records, f) -> {
          RosterOptions options = FORMATS.get(f);
          byte[] file = Roster.write(records, options);
          InMemoryAlumnusRepository first = new InMemoryAlumnusRepository();
          RosterImportResult r1 = fresh(first).importFrom(T, file, options);
          assertThat(r1.errors()).isEmpty();
          assertThat(r1.created()).isEqualTo(records.size());
          byte[] exported = fresh(first).export(T, options);
          InMemoryAlumnusRepository second = new InMemoryAlumnusRepository();
          RosterImportResult r2 = fresh(second).importFrom(T, exported, options);
          assertThat(r2.errors()).isEmpty();
          assertThat(second.findAll(T, PageRequest.first(100))).isEqualTo(first.findAll(T, PageRequest.first(100)));
          assertThat(fresh(second).export(T, options)).isEqualTo(exported);
          // and the first import kept what the records said
          for (var rec : records) {
            var a = first.findByExternalId(T, rec.externalId()).orElseThrow();
            assertThat(a.name()).isEqualTo(rec.name());
            assertThat(a.employment()).isEqualTo(rec.employment());
            assertThat(a.departure()).isEqualTo(rec.departure());
            assertThat(a.skills()).isEqualTo(rec.skills());
            assertThat(a.languages()).isEqualTo(rec.languages());
            assertThat(a.contacts()).isEqualTo(rec.contacts());
          }
        });
  }

  @Test
  void reImportingTheSameFileChangesNothing() {
    qt().withFixedSeed(SEED).withExamples(60)
        .forAll(AlumniGenerators.leaverRosters(5))
        .checkAssert(records -> {
          byte[] file = Roster.write(records, RosterOptions.csv());
          InMemoryAlumnusRepository repo = new InMemoryAlumnusRepository();
          fresh(repo).importFrom(T, file, RosterOptions.csv());
          var before = repo.findAll(T, PageRequest.first(100));
          RosterImportResult again = fresh(repo).importFrom(T, file, RosterOptions.csv());
          assertThat(again.unchanged()).isEqualTo(records.size());
          assertThat(repo.findAll(T, PageRequest.first(100))).isEqualTo(before);
        });
  }

  @Test
  void corruptedFilesNeverEscapeAsAnythingButTypedResults() {
    qt().withFixedSeed(SEED).withExamples(400)
        .forAll(AlumniGenerators.leaverRosters(3), Generate.range(0, FORMATS.size() - 1),
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 6))
        .checkAssert((records, f, edits) -> {
          RosterOptions options = FORMATS.get(f);
          byte[] file = Roster.write(records, options);
          if (file.length == 0) {
            file = "x".getBytes(StandardCharsets.UTF_8);
          }
          for (int e : edits) {
            int at = e % file.length;
            file[at] = (byte) (e >>> 8);
          }
          InMemoryAlumnusRepository repo = new InMemoryAlumnusRepository();
          try {
            RosterImportResult r = fresh(repo).importFrom(T, file, options);
            if (!r.committed()) {
              assertThat(repo.count(T)).isZero();
            }
          } catch (RosterFormatException expected) {
            assertThat(expected.code()).isNotBlank();
            assertThat(repo.count(T)).isZero();
          }
        });
  }
}
