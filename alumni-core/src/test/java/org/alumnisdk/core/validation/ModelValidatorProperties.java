package org.alumnisdk.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.alumnisdk.core.alumnus.Grade;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.Tenure;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The built-in validator agrees with Hibernate Validator (the oracle) on random values. */
class ModelValidatorProperties {
  private static final long SEED = 20261125L;
  private static final ModelValidator BUILT_IN = ModelValidator.builtIn();
  private static final ModelValidator HIBERNATE = ModelValidator.usingDefaultProvider();

  private static final List<int[]> RANGES = List.of(new int[] {'a', 'z'}, new int[] {0x30A1, 0x30FC},
      new int[] {0x3041, 0x3096}, new int[] {0x4E00, 0x4E20}, new int[] {' ', ' '}, new int[] {0x3000, 0x3000},
      new int[] {'-', '-'}, new int[] {'0', '9'});

  private static Gen<String> text(int maxLength) {
    Gen<Integer> cp = Generate.range(0, RANGES.size() - 1).flatMap(i -> Generate.range(RANGES.get(i)[0], RANGES.get(i)[1]));
    return integers().between(0, maxLength).flatMap(n -> lists().of(cp).ofSize(n).map(cps -> {
      StringBuilder sb = new StringBuilder();
      cps.forEach(sb::appendCodePoint);
      return sb.toString();
    }));
  }

  private static Gen<String> nonBlank(int maxLength) {
    return text(maxLength).map(s -> "x" + s);
  }

  @Test
  void builtInAgreesWithHibernateValidatorOnNames() {
    Gen<PersonName> names = nonBlank(110).zip(nonBlank(110), text(110), text(110), PersonName::new);
    qt().withFixedSeed(SEED).withExamples(400).forAll(names)
        .checkAssert(n -> assertThat(BUILT_IN.validate(n)).isEqualTo(HIBERNATE.validate(n)));
  }

  @Test
  void builtInAgreesWithHibernateValidatorOnTenures() {
    Gen<Tenure> tenures = nonBlank(210).zip(nonBlank(110), text(40), integers().between(0, 120),
        (dept, family, region, level) -> new Tenure(dept, "Engineer", family, Grade.of("G", level),
            Location.japan(region.repeat(3)), LocalDate.of(2020, 1, 1), null));
    qt().withFixedSeed(SEED).withExamples(400).forAll(tenures)
        .checkAssert(t -> assertThat(BUILT_IN.validate(t)).isEqualTo(HIBERNATE.validate(t)));
  }
}
