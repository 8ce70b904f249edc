package org.alumnisdk.matching.flow;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;
import org.alumnisdk.matching.internal.DoubleIntHeap;

/**
 * Min-cost flow by successive shortest paths with node potentials (Dijkstra on reduced costs).
 *
 * <p>A super-source feeds every node with positive supply and every demand node drains into a
 * super-sink; each round sends the bottleneck amount along a cheapest path. Negative arc costs are
 * allowed: the first potentials then come from Bellman–Ford, and a negative-cost cycle is
 * rejected as bad input. Integral capacities give an integral optimal flow. The result carries
 * the node potentials as an optimality certificate (see {@link FlowOutcome.Optimal#verify}).
 *
 * <p>Running time O(F · (E + V) log V) for total supply F; meant for mentoring programmes with
 * quotas. For large bipartite mentee–mentor instances use {@link CapacitatedAssignment}, which
 * searches from one mentee at a time and stops early.
 *
 * @since 0.1.0
 */
public final class MinCostFlow {
  private MinCostFlow() {}

  /**
   * Solves the network.
   *
   * @param network the network; not modified
   * @return the optimal flow with potentials, or {@link FlowOutcome.Infeasible}
   * @throws InvalidMatchingInputException if the network has bad arcs, unbalanced supplies or a
   *     negative-cost cycle
   */
  public static FlowOutcome solve(FlowNetwork network) {
    Checks.notNull(network, "network");
    List<InputProblem> problems = network.problems();
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("min-cost flow", problems);
    }
    int n = network.nodeCount();
    int m = network.arcCount();
    int s = n;
    int t = n + 1;
    int nn = n + 2;
    int extra = 0;
    for (int i = 0; i < n; i++) {
      if (network.supply(i) != 0) {
        extra++;
      }
    }
    int total = m + extra;
    // residual arcs: 2k forward, 2k+1 backward
    int[] to = new int[2 * total];
    long[] cap = new long[2 * total];
    double[] cost = new double[2 * total];
    int[] degree = new int[nn + 1];
    int[] from = new int[2 * total];
    int k = 0;
    long required = 0;
    boolean negative = false;
    for (int a = 0; a < m; a++, k++) {
      set(k, network.tail(a), network.head(a), network.capacity(a), network.cost(a), from, to, cap, cost);
      negative |= network.cost(a) < 0;
    }
    for (int i = 0; i < n; i++) {
      long sup = network.supply(i);
      if (sup > 0) {
        set(k++, s, i, sup, 0, from, to, cap, cost);
        required += sup;
      } else if (sup < 0) {
        set(k++, i, t, -sup, 0, from, to, cap, cost);
      }
    }
    for (int e = 0; e < 2 * total; e++) {
      degree[from[e] + 1]++;
    }
    for (int i = 0; i < nn; i++) {
      degree[i + 1] += degree[i];
    }
    int[] adj = new int[2 * total];
    int[] fill = Arrays.copyOf(degree, nn);
    for (int e = 0; e < 2 * total; e++) {
      adj[fill[from[e]]++] = e;
    }
    double[] pi = new double[nn];
    if (negative && !bellmanFord(nn, s, degree, adj, to, cap, cost, pi)) {
      throw new InvalidMatchingInputException(
          "min-cost flow",
          List.of(InputProblem.of("network", InputProblem.Kind.INCONSISTENT,
              "contains a negative-cost cycle with spare capacity; successive shortest paths needs none")));
    }
    double[] dist = new double[nn];
    int[] pred = new int[nn];
    boolean[] done = new boolean[nn];
    DoubleIntHeap heap = new DoubleIntHeap(nn);
    long routed = 0;
    while (routed < required) {
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
      Arrays.fill(done, false);
      dist[s] = 0;
      heap.clear();
      heap.push(0, s);
      while (!heap.isEmpty()) {
        double d = heap.peekKey();
        int x = heap.pop();
        if (done[x] || d > dist[x]) {
          continue;
        }
        done[x] = true;
        if (x == t) {
          break;
        }
        for (int q = degree[x], qe = degree[x + 1]; q < qe; q++) {
          int e = adj[q];
          if (cap[e] <= 0) {
            continue;
          }
          int y = to[e];
          double rc = cost[e] + pi[x] - pi[y];
          if (rc < 0) {
            rc = 0; // rounding noise only; potentials keep reduced costs non-negative
          }
          double nd = d + rc;
          if (nd < dist[y]) {
            dist[y] = nd;
            pred[y] = e;
            heap.push(nd, y);
          }
        }
      }
      if (!done[t]) {
        break;
      }
      double dt = dist[t];
      for (int i = 0; i < nn; i++) {
        pi[i] += Math.min(dist[i], dt);
      }
      long push = required - routed;
      for (int y = t; y != s; y = from[pred[y]]) {
        push = Math.min(push, cap[pred[y]]);
      }
      for (int y = t; y != s; y = from[pred[y]]) {
        int e = pred[y];
        cap[e] -= push;
        cap[e ^ 1] += push;
      }
      routed += push;
    }
    if (routed < required) {
      return new FlowOutcome.Infeasible(routed, required,
          "only " + routed + " of " + required + " units of supply can reach a demand node");
    }
    long[] flow = new long[m];
    double totalCost = 0;
    for (int a = 0; a < m; a++) {
      flow[a] = cap[2 * a + 1];
      totalCost += flow[a] * network.cost(a);
    }
    return new FlowOutcome.Optimal(flow, totalCost, Arrays.copyOf(pi, n));
  }

  private static void set(int k, int u, int v, long c, double w,
      int[] from, int[] to, long[] cap, double[] cost) {
    from[2 * k] = u;
    to[2 * k] = v;
    cap[2 * k] = c;
    cost[2 * k] = w;
    from[2 * k + 1] = v;
    to[2 * k + 1] = u;
    cap[2 * k + 1] = 0;
    cost[2 * k + 1] = -w;
  }

  /** Queue-based Bellman–Ford from every node at once; false on a negative cycle. */
  private static boolean bellmanFord(int nn, int s, int[] start, int[] adj, int[] to, long[] cap,
      double[] cost, double[] pi) {
    Arrays.fill(pi, 0); // virtual root connected to every node with cost 0
    int[] relaxCount = new int[nn];
    boolean[] inQueue = new boolean[nn];
    ArrayDeque<Integer> q = new ArrayDeque<>();
    for (int i = 0; i < nn; i++) {
      q.add(i);
      inQueue[i] = true;
    }
    while (!q.isEmpty()) {
      int x = q.poll();
      inQueue[x] = false;
      for (int p = start[x]; p < start[x + 1]; p++) {
        int e = adj[p];
        if (cap[e] <= 0) {
          continue;
        }
        int y = to[e];
        double nd = pi[x] + cost[e];
        if (nd < pi[y] - 1e-12 * Math.max(1, Math.abs(nd))) {
          pi[y] = nd;
          if (!inQueue[y]) {
            if (++relaxCount[y] > nn) {
              return false;
            }
            q.add(y);
            inQueue[y] = true;
          }
        }
      }
    }
    return true;
  }
}
