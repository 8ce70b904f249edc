package org.alumnisdk.matching.referral;

/**
 * How a ranking consults consent.
 *
 * @since 0.1.0
 */
public enum GateMode {
  /**
   * Ask the {@link org.alumnisdk.core.spi.PurposeGate} for every alumnus who passes the cheap
   * filters, before scoring. Exact and simple; the gate's cost is paid once per alumnus and purpose.
   */
  LIVE,
  /**
   * Use the index's consent snapshot ({@link ReferralIndex#setPurposeCovered}, {@link
   * ReferralIndex#refreshConsent}) as the purpose filter during the scan, then verify the returned
   * candidates best-first with the live gate: a candidate the gate now denies is dropped (counted
   * under PURPOSE_GATE) and the next one takes its place, rescanning if the reserve runs out. So a
   * stale snapshot never lets a person through; someone whose consent lapsed after the last
   * snapshot update may be scored in memory but is never returned. Alumni never marked covered
   * are filtered without a gate call (fail closed).
   */
  SNAPSHOT_VERIFIED
}
