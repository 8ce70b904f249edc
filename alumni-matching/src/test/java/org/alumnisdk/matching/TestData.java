package org.alumnisdk.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources and brute-force oracles shared by the module's tests. */
public final class TestData {
  private TestData() {}

  /**
   * Reads an OR-Library dense assignment file as a whitespace token stream.
   *
   * @param resource the classpath resource
   * @return {@code [n, c00, c01, ...]}
   */
  public static long[] orLibrary(String resource) {
    try (InputStream in = TestData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      String[] tokens = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
      long[] out = new long[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        out[i] = Long.parseLong(tokens[i]);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Brute force: the minimum over all injective maps of rows into columns (rows &lt;= cols) of the
   * total cost; forbidden cells are +Infinity.
   *
   * @param c row-major costs
   * @param rows rows
   * @param cols columns
   * @return the minimum total, +Infinity when infeasible
   */
  public static double bruteMin(double[] c, int rows, int cols) {
    return rec(c, rows, cols, 0, new boolean[cols]);
  }

  private static double rec(double[] c, int rows, int cols, int i, boolean[] used) {
    if (i == rows) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int j = 0; j < cols; j++) {
      if (!used[j] && c[i * cols + j] != Double.POSITIVE_INFINITY) {
        used[j] = true;
        best = Math.min(best, c[i * cols + j] + rec(c, rows, cols, i + 1, used));
        used[j] = false;
      }
    }
    return best;
  }
}
