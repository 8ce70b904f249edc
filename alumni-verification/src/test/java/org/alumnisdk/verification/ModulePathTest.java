package org.alumnisdk.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The library jars as named modules, the way a host on the module path sees them: they resolve
 * with only their declared dependencies, export their API and SPI packages and nothing internal,
 * and no exported signature mentions an internal type.
 */
class ModulePathTest {
  static final List<String> SDK_MODULES = List.of(
      "org.alumnisdk.core", "org.alumnisdk.consent", "org.alumnisdk.matching", "org.alumnisdk.metrics",
      "org.alumnisdk.jdbc");
  static ModuleLayer layer;

  @BeforeAll
  static void resolveOnTheModulePath() throws Exception {
    Path[] paths = {
      location(org.alumnisdk.core.AlumnusId.class),
      location(org.alumnisdk.consent.Consent.class),
      location(org.alumnisdk.matching.referral.WhyNot.class),
      location(org.alumnisdk.metrics.kpi.Kpi.class),
      location(org.alumnisdk.jdbc.JdbcStores.class),
      // the declared requires: jakarta.validation (transitive), jackson-annotations and JSpecify (static)
      location(jakarta.validation.constraints.NotNull.class),
      location(org.jspecify.annotations.NullMarked.class),
    };
    Configuration cf = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(paths), ModuleFinder.of(), SDK_MODULES);
    layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  static Path location(Class<?> c) throws URISyntaxException {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  @DisplayName("every library jar is a named module (module-info), not an automatic one")
  void namedModules() {
    for (String name : SDK_MODULES) {
      ModuleDescriptor d = layer.findModule(name).orElseThrow().getDescriptor();
      assertThat(d.isAutomatic()).as(name).isFalse();
      assertThat(d.isOpen()).as(name).isFalse();
    }
    Set<String> resolved = layer.configuration().modules().stream()
        .map(ResolvedModule::name).collect(Collectors.toCollection(TreeSet::new));
    assertThat(resolved).containsExactlyInAnyOrder(
        "org.alumnisdk.core", "org.alumnisdk.consent", "org.alumnisdk.matching",
        "org.alumnisdk.metrics", "org.alumnisdk.jdbc", "jakarta.validation");
  }

  @Test
  @DisplayName("exported = every package but the internal ones; internal packages are exported to nobody")
  void exportsEveryApiPackageAndNoInternal() {
    for (String name : SDK_MODULES) {
      ModuleDescriptor d = layer.findModule(name).orElseThrow().getDescriptor();
      Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
      assertThat(d.exports()).as(name).allMatch(e -> !e.isQualified());
      for (String pkg : d.packages()) {
        if (!pkg.startsWith("org.alumnisdk.")) {
          continue; // resources only, e.g. alumni-jdbc's db.migration.alumni (opened, not exported)
        }
        assertThat(exported.contains(pkg)).as(name + " exports " + pkg).isEqualTo(!Modules.isInternal(pkg));
      }
    }
  }

  @Test
  @DisplayName("a host on the module path can use the SDK and cannot reach its internals")
  void usableAndSealed() throws Exception {
    Module consent = layer.findModule("org.alumnisdk.consent").orElseThrow();
    Class<?> c = Class.forName("org.alumnisdk.consent.Consent", true, consent.getClassLoader());
    Object defaults = c.getMethod("defaults").invoke(null);
    assertThat(defaults).isNotNull();
    assertThat(defaults.getClass().getModule()).isEqualTo(consent);
    Module core = layer.findModule("org.alumnisdk.core").orElseThrow();
    assertThat(core.isExported("org.alumnisdk.core.spi")).isTrue();
    assertThat(core.isExported("org.alumnisdk.core.internal")).isFalse();
    assertThat(layer.findModule("org.alumnisdk.matching").orElseThrow()
        .isExported("org.alumnisdk.matching.internal")).isFalse();
  }

  @Test
  @DisplayName("no public member of an exported type mentions an internal type")
  void noInternalTypeLeaksThroughTheApi() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (String name : SDK_MODULES) {
      Module m = layer.findModule(name).orElseThrow();
      for (String pkg : m.getDescriptor().exports().stream().map(ModuleDescriptor.Exports::source).toList()) {
        for (Class<?> type : Classes.publicTypesIn(m, pkg)) {
          List<Class<?>> mentioned = new ArrayList<>();
          if (type.getSuperclass() != null) {
            mentioned.add(type.getSuperclass());
          }
          mentioned.addAll(List.of(type.getInterfaces()));
          for (Method method : type.getMethods()) {
            mentioned.add(method.getReturnType());
            mentioned.addAll(List.of(method.getParameterTypes()));
            mentioned.addAll(List.of(method.getExceptionTypes()));
          }
          for (var ctor : type.getConstructors()) {
            mentioned.addAll(List.of(ctor.getParameterTypes()));
          }
          for (Class<?> t : mentioned) {
            while (t.isArray()) {
              t = t.getComponentType();
            }
            if (!t.isPrimitive() && Modules.isInternal(t.getPackageName())) {
              leaks.add(type.getName() + " -> " + t.getName());
            }
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  /** Lists the public top-level and member types of a package of a named module. */
  static final class Classes {
    private Classes() {}

    static List<Class<?>> publicTypesIn(Module m, String pkg) throws Exception {
      List<Class<?>> out = new ArrayList<>();
      try (var reader = layer.configuration().findModule(m.getName()).orElseThrow().reference().open()) {
        for (String entry : reader.list().toList()) {
          if (!entry.endsWith(".class") || entry.equals("module-info.class")) {
            continue;
          }
          String cls = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
          if (!cls.substring(0, cls.lastIndexOf('.')).equals(pkg)) {
            continue;
          }
          Class<?> c = Class.forName(cls, false, m.getClassLoader());
          if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass() && !c.isSynthetic()) {
            out.add(c);
          }
        }
      }
      return out;
    }
  }
}
