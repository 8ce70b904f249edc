package org.alumnisdk.verification;

/** Which SDK module a package belongs to, by its package prefix. */
final class Modules {
  private Modules() {}

  /** The module name for a package of the SDK: {@code org.alumnisdk.<first segment>}. */
  static String moduleOf(String pkg) {
    String rest = pkg.substring("org.alumnisdk.".length());
    int dot = rest.indexOf('.');
    String first = dot < 0 ? rest : rest.substring(0, dot);
    if (first.equals("testkit")) {
      return pkg.startsWith("org.alumnisdk.testkit.consent") ? "testkit.consent" : "testkit";
    }
    return first;
  }

  static boolean isInternal(String pkg) {
    return pkg.startsWith("org.alumnisdk.")
        && (pkg.endsWith(".internal") || pkg.contains(".internal."));
  }
}
