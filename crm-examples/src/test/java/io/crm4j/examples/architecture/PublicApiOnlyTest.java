package io.crm4j.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** crm-examples is a client of crm4j: it may use crm-core and crm-scoring only through their public API. */
class PublicApiOnlyTest {

  private static final JavaClasses EXAMPLES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.crm4j.examples");

  static final ArchRule NO_INTERNAL_PACKAGES = noClasses().that().resideInAPackage("io.crm4j.examples..")
      .should().dependOnClassesThat().resideInAnyPackage("io.crm4j.core..internal..", "io.crm4j.scoring..internal..")
      .because("crm-examples shows how an application uses crm4j, through its public API only");

  static final ArchRule NO_NON_PUBLIC_TYPES = noClasses().that().resideInAPackage("io.crm4j.examples..")
      .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
          .resideInAnyPackage("io.crm4j.core..", "io.crm4j.scoring..")
          .and(com.tngtech.archunit.base.DescribedPredicate.not(
              com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier(
                  com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))))
      .because("package-private types of crm-core and crm-scoring are not part of their API");

  @Test
  void examples_useNoInternalPackages() {
    assertThat(EXAMPLES.size()).isGreaterThan(20);
    NO_INTERNAL_PACKAGES.check(EXAMPLES);
  }

  @Test
  void examples_useOnlyPublicTypes() {
    NO_NON_PUBLIC_TYPES.check(EXAMPLES);
  }

  /** The rule can fail: an internal class of crm-scoring, checked against itself, violates it. */
  @Test
  void rule_detectsAnInternalDependency() {
    JavaClasses internal = new ClassFileImporter().importPackages("io.crm4j.scoring.clv");
    EvaluationResult result = noClasses().that().resideInAPackage("io.crm4j.scoring.clv")
        .should().dependOnClassesThat().resideInAnyPackage("io.crm4j.scoring..internal..").evaluate(internal);
    assertThat(result.hasViolation()).isTrue();
  }
}
