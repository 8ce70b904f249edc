package org.alumnisdk.matching.mentor;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.matching.Verification;
import org.alumnisdk.matching.assignment.SparseCosts;
import org.alumnisdk.matching.flow.CapacitatedAssignment;
import org.alumnisdk.matching.flow.FlowNetwork;
import org.alumnisdk.matching.flow.FlowOutcome;

/**
 * The optimality certificate of an optimal mentor matching: the dual solution of the flow problem
 * that was solved, with what is needed to check it again.
 *
 * @since 0.1.0
 */
public sealed interface Certificate permits Certificate.AssignmentDuals, Certificate.FlowPotentials {

  /**
   * Checks complementary slackness and feasibility of the certificate against its own problem.
   *
   * @return the verification
   */
  Verification verify();

  /**
   * Which mentor each mentee (by id) gets under the certified solution, pinned pairs excluded.
   *
   * @return pairs as {@code [mentee, mentor]}; mentor null when unmatched
   */
  List<AlumnusId[]> certifiedPairs();

  /**
   * Mentee and mentor duals of the capacitated assignment (no quotas); pinned mentees and their
   * places are taken out before solving.
   *
   * @param pairs the scored, acceptable pairs that were solved (rows = {@code rowMentees},
   *     columns = {@code columnMentors})
   * @param capacity remaining places per column
   * @param result the solver's result with its potentials
   * @param rowMentees the mentee of each row
   * @param columnMentors the mentor of each column
   */
  record AssignmentDuals(SparseCosts pairs, int[] capacity, CapacitatedAssignment.Result result,
      List<AlumnusId> rowMentees, List<AlumnusId> columnMentors) implements Certificate {
    /**
     * Copies the lists and the capacities.
     *
     * @param pairs the scored, acceptable pairs that were solved (rows = {@code rowMentees},
     *     columns = {@code columnMentors})
     * @param capacity remaining places per column
     * @param result the solver's result with its potentials
     * @param rowMentees the mentee of each row
     * @param columnMentors the mentor of each column
     */
    public AssignmentDuals {
      capacity = capacity.clone();
      rowMentees = List.copyOf(rowMentees);
      columnMentors = List.copyOf(columnMentors);
    }

    /**
     * Remaining places per column.
     *
     * @return a copy
     */
    @Override
    public int[] capacity() {
      return capacity.clone();
    }

    @Override
    public Verification verify() {
      return result.verify(pairs, capacity);
    }

    @Override
    public List<AlumnusId[]> certifiedPairs() {
      int[] r2c = result.rowToColumn();
      java.util.ArrayList<AlumnusId[]> out = new java.util.ArrayList<>();
      for (int i = 0; i < r2c.length; i++) {
        out.add(new AlumnusId[] {rowMentees.get(i), r2c[i] < 0 ? null : columnMentors.get(r2c[i])});
      }
      return out;
    }

    @Override
    public String toString() {
      return "AssignmentDuals[" + result + "]";
    }
  }

  /**
   * Node potentials of the min-cost flow network used when the problem has group quotas.
   *
   * @param network the network that was solved (do not modify)
   * @param flow the optimal flow and its potentials
   * @param rowMentees mentee per mentee node (nodes {@code 0..rowMentees.size()-1})
   * @param columnMentors mentor per mentor node (the next {@code columnMentors.size()} nodes)
   * @param menteeArcs for each arc, the mentee row it starts from or -1
   * @param mentorOfArc for each arc, the mentor column it ends at (directly or through a quota node) or -1
   */
  record FlowPotentials(FlowNetwork network, FlowOutcome.Optimal flow, List<AlumnusId> rowMentees,
      List<AlumnusId> columnMentors, int[] menteeArcs, int[] mentorOfArc) implements Certificate {
    /**
     * Copies the lists and arrays.
     *
     * @param network the network that was solved (do not modify)
     * @param flow the optimal flow and its potentials
     * @param rowMentees mentee per mentee node (nodes {@code 0..rowMentees.size()-1})
     * @param columnMentors mentor per mentor node (the next {@code columnMentors.size()} nodes)
     * @param menteeArcs for each arc, the mentee row it starts from or -1
     * @param mentorOfArc for each arc, the mentor column it ends at (directly or through a quota node) or -1
     */
    public FlowPotentials {
      rowMentees = List.copyOf(rowMentees);
      columnMentors = List.copyOf(columnMentors);
      menteeArcs = menteeArcs.clone();
      mentorOfArc = mentorOfArc.clone();
    }

    /**
     * Mentee row per arc.
     *
     * @return a copy
     */
    @Override
    public int[] menteeArcs() {
      return menteeArcs.clone();
    }

    /**
     * Mentor column per arc.
     *
     * @return a copy
     */
    @Override
    public int[] mentorOfArc() {
      return mentorOfArc.clone();
    }

    @Override
    public Verification verify() {
      return flow.verify(network);
    }

    @Override
    public List<AlumnusId[]> certifiedPairs() {
      AlumnusId[] mentorOf = new AlumnusId[rowMentees.size()];
      for (int a = 0; a < menteeArcs.length; a++) {
        if (menteeArcs[a] >= 0 && mentorOfArc[a] >= 0 && flow.flowOn(a) > 0) {
          mentorOf[menteeArcs[a]] = columnMentors.get(mentorOfArc[a]);
        }
      }
      java.util.ArrayList<AlumnusId[]> out = new java.util.ArrayList<>();
      for (int i = 0; i < mentorOf.length; i++) {
        out.add(new AlumnusId[] {rowMentees.get(i), mentorOf[i]});
      }
      return out;
    }

    @Override
    public String toString() {
      return "FlowPotentials[" + flow + "]";
    }
  }
}
