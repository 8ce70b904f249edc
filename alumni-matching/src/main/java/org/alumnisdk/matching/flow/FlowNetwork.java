package org.alumnisdk.matching.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;

/**
 * A directed network for min-cost flow: nodes with supplies, arcs with capacity and unit cost.
 *
 * <p>Build it with {@link #withNodes(int)}, {@link #addArc} and {@link #setSupply}, then call
 * {@link MinCostFlow#solve(FlowNetwork)}. Positive supply = source, negative = demand; the
 * supplies must sum to zero. Costs must be finite, capacities non-negative. Lower bounds are not
 * supported (route a floor as a separate constraint). Mutable while being built; not thread-safe.
 *
 * @since 0.1.0
 */
public final class FlowNetwork {
  private final int nodes;
  private final long[] supply;
  private int[] tail = new int[16];
  private int[] head = new int[16];
  private long[] capacity = new long[16];
  private double[] cost = new double[16];
  private int arcs;
  private final List<InputProblem> problems = new ArrayList<>();

  private FlowNetwork(int nodes) {
    this.nodes = nodes;
    this.supply = new long[nodes];
  }

  /**
   * Creates a network with nodes {@code 0 .. nodes-1} and no arcs.
   *
   * @param nodes the number of nodes, at least 1
   * @return the network
   * @throws InvalidMatchingInputException if {@code nodes < 1}
   */
  public static FlowNetwork withNodes(int nodes) {
    if (nodes < 1) {
      throw new InvalidMatchingInputException(
          "flow network",
          List.of(InputProblem.of("nodes", InputProblem.Kind.EMPTY, "need at least one node, was " + nodes)));
    }
    return new FlowNetwork(nodes);
  }

  /**
   * Adds an arc. Bad values are collected and reported together by {@link MinCostFlow#solve}.
   *
   * @param from tail node
   * @param to head node
   * @param cap capacity, at least 0
   * @param unitCost cost per unit of flow, finite
   * @return the arc index
   */
  public int addArc(int from, int to, long cap, double unitCost) {
    int a = arcs;
    String item = "arc " + a + " (" + from + "->" + to + ")";
    if (from < 0 || from >= nodes || to < 0 || to >= nodes) {
      problems.add(InputProblem.of(item, InputProblem.Kind.UNKNOWN_PARTICIPANT, "node out of range 0.." + (nodes - 1)));
    }
    if (cap < 0) {
      problems.add(InputProblem.of(item, InputProblem.Kind.BAD_CAPACITY, "capacity must be >= 0, was " + cap));
    }
    if (!Double.isFinite(unitCost)) {
      problems.add(InputProblem.of(item, InputProblem.Kind.NOT_FINITE, "cost must be finite, was " + unitCost));
    }
    if (arcs == tail.length) {
      int n = arcs * 2;
      tail = Arrays.copyOf(tail, n);
      head = Arrays.copyOf(head, n);
      capacity = Arrays.copyOf(capacity, n);
      cost = Arrays.copyOf(cost, n);
    }
    tail[a] = from;
    head[a] = to;
    capacity[a] = cap;
    cost[a] = unitCost;
    arcs++;
    return a;
  }

  /**
   * Sets the supply of a node (positive: source; negative: demand).
   *
   * @param node the node
   * @param amount the supply
   * @return this network
   * @throws InvalidMatchingInputException if the node is out of range
   */
  public FlowNetwork setSupply(int node, long amount) {
    if (node < 0 || node >= nodes) {
      throw new InvalidMatchingInputException(
          "flow network",
          List.of(InputProblem.of("node " + node, InputProblem.Kind.UNKNOWN_PARTICIPANT, "node out of range 0.." + (nodes - 1))));
    }
    supply[node] = amount;
    return this;
  }

  /**
   * The number of nodes.
   *
   * @return the count
   */
  public int nodeCount() {
    return nodes;
  }

  /**
   * The number of arcs.
   *
   * @return the count
   */
  public int arcCount() {
    return arcs;
  }

  /**
   * The tail of an arc.
   *
   * @param arc the arc index
   * @return the tail node
   */
  public int tail(int arc) {
    return tail[arc];
  }

  /**
   * The head of an arc.
   *
   * @param arc the arc index
   * @return the head node
   */
  public int head(int arc) {
    return head[arc];
  }

  /**
   * The capacity of an arc.
   *
   * @param arc the arc index
   * @return the capacity
   */
  public long capacity(int arc) {
    return capacity[arc];
  }

  /**
   * The unit cost of an arc.
   *
   * @param arc the arc index
   * @return the cost
   */
  public double cost(int arc) {
    return cost[arc];
  }

  /**
   * The supply of a node.
   *
   * @param node the node
   * @return the supply (negative for demand)
   */
  public long supply(int node) {
    return supply[node];
  }

  /** Collects every problem of the network, including an unbalanced total supply. */
  List<InputProblem> problems() {
    List<InputProblem> all = new ArrayList<>(problems);
    long sum = 0;
    for (long s : supply) {
      sum += s;
    }
    if (sum != 0) {
      all.add(InputProblem.of("supplies", InputProblem.Kind.INCONSISTENT, "supplies must sum to 0, sum is " + sum));
    }
    return all;
  }
}
