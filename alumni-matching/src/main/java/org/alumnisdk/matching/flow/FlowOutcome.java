package org.alumnisdk.matching.flow;

import java.util.ArrayList;
import java.util.List;
import org.alumnisdk.matching.NoSolutionException;
import org.alumnisdk.matching.Verification;

/**
 * The outcome of {@link MinCostFlow#solve}: an optimal flow with its certificate, or infeasible.
 *
 * @since 0.1.0
 */
public sealed interface FlowOutcome permits FlowOutcome.Optimal, FlowOutcome.Infeasible {

  /**
   * Returns the optimal flow or throws.
   *
   * @return the optimal flow
   * @throws NoSolutionException if the outcome is infeasible
   */
  default Optimal orElseThrow() {
    if (this instanceof Optimal o) {
      return o;
    }
    throw new NoSolutionException(toString());
  }

  /**
   * An optimal flow and the node potentials that prove it optimal.
   *
   * <p>Certificate: for every arc, the reduced cost {@code cost + potential[tail] -
   * potential[head]} is {@code >= 0} if the arc has spare capacity and {@code <= 0} if it carries
   * flow. {@link #verify} checks this, flow conservation and the capacity bounds.
   *
   * @param flow flow on each arc, by arc index
   * @param totalCost the total cost
   * @param potentials the node potentials (the dual solution)
   */
  record Optimal(long[] flow, double totalCost, double[] potentials) implements FlowOutcome {
    /**
     * Copies the arrays.
     *
     * @param flow flow on each arc, by arc index
     * @param totalCost the total cost
     * @param potentials the node potentials (the dual solution)
     */
    public Optimal {
      flow = flow.clone();
      potentials = potentials.clone();
    }

    /**
     * Flow on each arc.
     *
     * @return a copy of the flows
     */
    @Override
    public long[] flow() {
      return flow.clone();
    }

    /**
     * Flow on one arc.
     *
     * @param arc the arc index
     * @return its flow
     */
    public long flowOn(int arc) {
      return flow[arc];
    }

    /**
     * The node potentials.
     *
     * @return a copy
     */
    @Override
    public double[] potentials() {
      return potentials.clone();
    }

    /**
     * Re-checks this flow against the network: bounds, conservation, total cost and
     * complementary slackness of the potentials.
     *
     * @param network the network it was computed for
     * @return the verification
     */
    public Verification verify(FlowNetwork network) {
      List<String> v = new ArrayList<>();
      int total = 0;
      int n = network.nodeCount();
      if (flow.length != network.arcCount() || potentials.length != n) {
        return new Verification(List.of("flow or potentials do not fit the network"));
      }
      long[] balance = new long[n];
      double sum = 0;
      double scale = 1;
      for (int a = 0; a < flow.length; a++) {
        scale = Math.max(scale, Math.abs(network.cost(a)));
      }
      for (double p : potentials) {
        scale = Math.max(scale, Math.abs(p));
      }
      double eps = 1e-9 * scale * Math.max(1, n);
      for (int a = 0; a < flow.length; a++) {
        long f = flow[a];
        if (f < 0 || f > network.capacity(a)) {
          total++;
          if (v.size() < Verification.limit()) {
            v.add("arc " + a + ": flow " + f + " outside [0, " + network.capacity(a) + "]");
          }
        }
        balance[network.tail(a)] += f;
        balance[network.head(a)] -= f;
        sum += f * network.cost(a);
        double rc = network.cost(a) + potentials[network.tail(a)] - potentials[network.head(a)];
        if (f < network.capacity(a) && rc < -eps) {
          total++;
          if (v.size() < Verification.limit()) {
            v.add("arc " + a + ": spare capacity but reduced cost " + rc + " < 0");
          }
        }
        if (f > 0 && rc > eps) {
          total++;
          if (v.size() < Verification.limit()) {
            v.add("arc " + a + ": carries flow but reduced cost " + rc + " > 0");
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (balance[i] != network.supply(i)) {
          total++;
          if (v.size() < Verification.limit()) {
            v.add("node " + i + ": net outflow " + balance[i] + " != supply " + network.supply(i));
          }
        }
      }
      if (Math.abs(sum - totalCost) > eps * Math.max(1, flow.length)) {
        total++;
        v.add("total cost " + totalCost + " != sum of flow x cost " + sum);
      }
      return Verification.of(v, total);
    }

    @Override
    public String toString() {
      return "Optimal[totalCost=" + totalCost + ", arcs=" + flow.length + ", nodes=" + potentials.length + "]";
    }
  }

  /**
   * No flow meets the supplies: the demand that could be routed falls short.
   *
   * @param routed units routed before no augmenting path was left
   * @param required total positive supply
   * @param reason a sentence that says why
   */
  record Infeasible(long routed, long required, String reason) implements FlowOutcome {}
}
