package org.alumnisdk.consent.ledger;

import org.alumnisdk.core.Checks;

/**
 * The outcome of verifying a tenant's hash chain.
 *
 * @since 0.1.0
 */
public sealed interface ChainVerification permits ChainVerification.Intact, ChainVerification.Broken {
  /**
   * Whether the chain verified.
   *
   * @return true for {@link Intact}
   */
  boolean intact();

  /**
   * Every record links to its predecessor and hashes to its stored hash.
   *
   * @param records the number of records checked
   * @param anchor the head of the verified chain
   */
  record Intact(long records, ChainAnchor anchor) implements ChainVerification {
    /**
     * Validates the outcome.
     *
     * @param records the number of records checked
     * @param anchor the head of the verified chain
     */
    public Intact {
      Checks.notNull(anchor, "anchor");
    }

    @Override
    public boolean intact() {
      return true;
    }
  }

  /**
   * The chain is broken; {@code position} is the first position whose record fails.
   *
   * @param position the first bad position (may equal the stored size when records are missing
   *     at the end compared with an anchor)
   * @param problem what failed there
   */
  record Broken(long position, String problem) implements ChainVerification {
    /**
     * Validates the outcome.
     *
     * @param position the first bad position (may equal the stored size when records are missing
     *     at the end compared with an anchor)
     * @param problem what failed there
     */
    public Broken {
      Checks.notNegative(position, "position");
      problem = Checks.notBlank(problem, "problem");
    }

    @Override
    public boolean intact() {
      return false;
    }
  }
}
