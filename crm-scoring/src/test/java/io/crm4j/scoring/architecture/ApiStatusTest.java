package io.crm4j.scoring.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/** The API stability policy (docs/api-stability.md) needs a status on every public type of crm-scoring. */
@AnalyzeClasses(packages = "io.crm4j.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiStatusTest {

  @ArchTest
  static final ArchRule publicTypes_declareTheirApiStatus = classes().that().arePublic().and().areTopLevelClasses()
      .and().doNotHaveSimpleName("package-info")
      .should().beAnnotatedWith(API.class);
}
