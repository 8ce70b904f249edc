package org.alumnisdk.verification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules the README states, checked on the compiled main classes of every library
 * module (test classes are not imported).
 */
class ArchitectureTest {
  static JavaClasses sdk;

  @BeforeAll
  static void importSdk() {
    sdk = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.alumnisdk");
  }

  @Test
  @DisplayName("the import saw every library module")
  void importSawEveryModule() {
    for (String pkg : new String[] {"org.alumnisdk.core", "org.alumnisdk.consent",
        "org.alumnisdk.matching", "org.alumnisdk.metrics", "org.alumnisdk.testkit", "org.alumnisdk.jdbc"}) {
      org.assertj.core.api.Assertions.assertThat(sdk.stream()
              .filter(c -> c.getPackageName().startsWith(pkg)).count())
          .as(pkg).isGreaterThan(5);
    }
  }

  @Test
  @DisplayName("core knows no policy, algorithm or scoring: it depends on no other SDK module")
  void coreKnowsNoPolicyAlgorithmOrScoring() {
    noClasses().that().resideInAPackage("org.alumnisdk.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.alumnisdk.consent..", "org.alumnisdk.matching..", "org.alumnisdk.metrics..",
            "org.alumnisdk.testkit..")
        .check(sdk);
  }

  @Test
  @DisplayName("only alumni-jdbc touches java.sql, and it knows no matching, metrics or testkit")
  void onlyTheJdbcAdapterTouchesJdbc() {
    noClasses().that().resideOutsideOfPackage("org.alumnisdk.jdbc..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
        .check(sdk);
    noClasses().that().resideInAPackage("org.alumnisdk.jdbc..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.alumnisdk.matching..", "org.alumnisdk.metrics..", "org.alumnisdk.testkit..")
        .check(sdk);
  }

  @Test
  @DisplayName("matching and metrics never import consent: they see it only through core's PurposeGate")
  void matchingAndMetricsNeverImportConsent() {
    noClasses().that().resideInAnyPackage("org.alumnisdk.matching..", "org.alumnisdk.metrics..")
        .should().dependOnClassesThat().resideInAPackage("org.alumnisdk.consent..")
        .check(sdk);
  }

  @Test
  @DisplayName("matching and metrics do not know each other")
  void matchingAndMetricsAreIndependent() {
    noClasses().that().resideInAPackage("org.alumnisdk.matching..")
        .should().dependOnClassesThat().resideInAPackage("org.alumnisdk.metrics..")
        .check(sdk);
    noClasses().that().resideInAPackage("org.alumnisdk.metrics..")
        .should().dependOnClassesThat().resideInAPackage("org.alumnisdk.matching..")
        .check(sdk);
  }

  @Test
  @DisplayName("no module uses another module's internal package")
  void noModuleUsesAnotherModulesInternals() {
    ArchRule rule = ArchRuleDefinition.classes().that().resideInAPackage("org.alumnisdk..")
        .should(new ArchCondition<JavaClass>("use internal packages of their own module only") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            String own = Modules.moduleOf(c.getPackageName());
            c.getDirectDependenciesFromSelf().forEach(d -> {
              String target = d.getTargetClass().getPackageName();
              if (Modules.isInternal(target) && !Modules.moduleOf(target).equals(own)) {
                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
              }
            });
          }
        });
    rule.check(sdk);
  }

  @Test
  @DisplayName("the SDK never logs: no library class touches a logging API")
  void noLogging() {
    noClasses().should().dependOnClassesThat(DescribedPredicate.describe("a logging API",
            (JavaClass c) -> c.getPackageName().startsWith("org.slf4j")
                || c.getPackageName().startsWith("java.util.logging")
                || c.getPackageName().startsWith("org.apache.logging")
                || c.getName().equals("java.lang.System$Logger")))
        .check(sdk);
  }

  @Test
  @DisplayName("no library class reads the wall clock or unseeded randomness (inject Clock and seeds)")
  void noWallClockOrUnseededRandomness() {
    noClasses().should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould().callMethod(Math.class, "random")
        .orShould().callConstructor(java.util.Random.class)
        .check(sdk);
  }

  @Test
  @DisplayName("the system clock is only a documented default of an entry point, every one of which also takes a Clock")
  void systemClockOnlyAsAnEntryPointDefault() {
    java.util.Set<String> allowed = java.util.Set.of(
        "org.alumnisdk.consent.Consent.defaults",
        "org.alumnisdk.consent.Consent$Builder.<init>",
        "org.alumnisdk.matching.referral.Referrals.ranker");
    noClasses().should(new ArchCondition<JavaClass>("call Clock.systemUTC() outside " + allowed) {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            c.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTarget().getOwner().isEquivalentTo(java.time.Clock.class)
                    && call.getTarget().getName().equals("systemUTC"))
                .filter(call -> !allowed.contains(
                    call.getOrigin().getOwner().getName() + "." + call.getOrigin().getName()))
                .forEach(call -> events.add(SimpleConditionEvent.satisfied(call, call.getDescription())));
          }
        })
        .check(sdk);
  }
}
