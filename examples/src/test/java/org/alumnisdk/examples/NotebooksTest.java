package org.alumnisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every notebook in {@code examples/notebooks} through the JShell API, snippet by snippet, as
 * jshell would, and fails on the first snippet that does not compile or throws. Keeps the
 * notebooks the README points researchers to from rotting.
 */
class NotebooksTest {
  private static final Path NOTEBOOKS = Path.of("notebooks");

  @TestFactory
  Stream<DynamicTest> everyNotebookRunsToTheEnd() throws IOException {
    List<Path> notebooks;
    try (Stream<Path> files = Files.list(NOTEBOOKS)) {
      notebooks = files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
    }
    assertThat(notebooks).extracting(p -> p.getFileName().toString())
        .contains("mentor-matching.jsh", "engagement-scoring.jsh");
    return notebooks.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      String printed = run(p);
      assertThat(printed).isNotBlank();
      EXPECTED.getOrDefault(p.getFileName().toString(), List.of()).forEach(line -> assertThat(printed).contains(line));
    }));
  }

  /** Lines some notebooks must print: facts the notebook demonstrates, not just "it ran". */
  private static final Map<String, List<String>> EXPECTED = Map.of(
      "engagement-scoring.jsh", List.of(
          "one half-life old, weight 4: 2.0",
          "excluded for consent: 1",
          "same scores in another order: true"),
      "mentor-matching.jsh", List.of("stable:", "optimal:"));

  /** Runs a notebook and returns what it printed (the local engine prints to System.out). */
  private static String run(Path notebook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    // jshell commands ("/exit") are not Java; the tool handles them, the API does not
    String source = Files.readAllLines(notebook, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.startsWith("/"))
        .collect(Collectors.joining("\n"));
    try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        JShell shell = JShell.builder().executionEngine("local").out(print).err(print).build()) {
      System.setOut(print);
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      for (String entry : classPath.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          shell.addToClasspath(entry);
        }
      }
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String remaining = source;
      List<String> ran = new ArrayList<>();
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        assertThat(info.completeness().isComplete())
            .as("%s: incomplete snippet after %d snippets: %s", notebook, ran.size(), remaining.strip())
            .isTrue();
        String snippet = info.source();
        for (SnippetEvent event : shell.eval(snippet)) {
          String diagnostics = shell.diagnostics(event.snippet())
              .map(d -> d.getMessage(java.util.Locale.ROOT)).collect(Collectors.joining("; "));
          assertThat(event.status())
              .as("%s: snippet rejected: %s (%s)", notebook, snippet.strip(), diagnostics)
              .isNotEqualTo(Snippet.Status.REJECTED);
          assertThat(event.exception())
              .as("%s: snippet threw: %s", notebook, snippet.strip())
              .isNull();
        }
        ran.add(snippet);
        remaining = info.remaining();
      }
      assertThat(ran).hasSizeGreaterThan(5);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
