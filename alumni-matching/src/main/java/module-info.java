/**
 * Alumni SDK matching: explainable referral ranking, stable and optimal mentor matching with
 * certificates, and the assignment, flow and stable-matching algorithms under them. {@code
 * org.alumnisdk.matching.internal} (solver kernels) is not exported.
 */
module org.alumnisdk.matching {
  requires transitive org.alumnisdk.core;
  requires static transitive org.jspecify;

  exports org.alumnisdk.matching;
  exports org.alumnisdk.matching.assignment;
  exports org.alumnisdk.matching.flow;
  exports org.alumnisdk.matching.mentor;
  exports org.alumnisdk.matching.referral;
  exports org.alumnisdk.matching.stable;
  exports org.alumnisdk.matching.stable.spa;
}
