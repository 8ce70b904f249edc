package org.alumnisdk.benchmarks.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.inmemory.InMemoryAlumnusRepository;
import org.alumnisdk.core.offboarding.LeaverRecord;
import org.alumnisdk.core.roster.Roster;
import org.alumnisdk.core.roster.RosterImportResult;
import org.alumnisdk.core.roster.RosterOptions;
import org.alumnisdk.core.spi.IdGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Roster import (decode, parse, validate, plan, write to an empty in-memory store) and export. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RosterBenchmark {
  private static final TenantId TENANT = TenantId.of("bench");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);

  /** Number of leavers (about 10% have two tenures, i.e. two rows). */
  @Param({"10000"})
  public int leavers;

  private byte[] csvUtf8;
  private byte[] csvSjis;
  private byte[] jsonLines;
  private Roster exporter;

  /** Builds the files and a populated store for export. */
  @Setup
  public void setUp() {
    List<LeaverRecord> records = CoreData.leavers(leavers, 20261125L);
    csvUtf8 = Roster.write(records, RosterOptions.csv());
    csvSjis = Roster.write(records, RosterOptions.csv().withCharset(RosterOptions.WINDOWS_31J));
    jsonLines = Roster.write(records, RosterOptions.jsonLines());
    InMemoryAlumnusRepository repo = new InMemoryAlumnusRepository();
    exporter = Roster.using(repo, CLOCK, IdGenerator.sequential("a"));
    exporter.importFrom(TENANT, csvUtf8, RosterOptions.csv());
  }

  private static RosterImportResult importInto(byte[] file, RosterOptions options) {
    Roster r = Roster.using(new InMemoryAlumnusRepository(), CLOCK, IdGenerator.sequential("a"));
    RosterImportResult result = r.importFrom(TENANT, file, options);
    if (!result.committed()) {
      throw new IllegalStateException("benchmark data invalid: " + result.errors());
    }
    return result;
  }

  /** Imports the UTF-8 CSV with encoding detection. */
  @Benchmark
  public RosterImportResult importCsvUtf8() {
    return importInto(csvUtf8, RosterOptions.csv());
  }

  /** Imports the Windows-31J CSV with encoding detection (UTF-8 is tried first and fails). */
  @Benchmark
  public RosterImportResult importCsvWindows31jDetected() {
    return importInto(csvSjis, RosterOptions.csv());
  }

  /** Imports JSON Lines. */
  @Benchmark
  public RosterImportResult importJsonLines() {
    return importInto(jsonLines, RosterOptions.jsonLines());
  }

  /** Exports the populated store as UTF-8 CSV. */
  @Benchmark
  public byte[] exportCsvUtf8() {
    return exporter.export(TENANT, RosterOptions.csv());
  }
}
