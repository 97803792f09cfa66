package io.crm4j.scoring.tiering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/** Layering of the RFM, tiering, satisfaction and forecast packages. */
@AnalyzeClasses(packages = "io.crm4j.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class TieringArchitectureTest {

  private static final String[] API = {
      "io.crm4j.scoring.rfm", "io.crm4j.scoring.tiering", "io.crm4j.scoring.satisfaction", "io.crm4j.scoring.forecast"};

  @ArchTest
  static final ArchRule no_third_party_libraries = noClasses().that().resideInAnyPackage(API)
      .should().dependOnClassesThat().resideInAnyPackage("com.google..", "com.fasterxml..", "org.apache.commons..");

  @ArchTest
  static final ArchRule independent_of_other_formula_packages = noClasses()
      .that().resideInAnyPackage("io.crm4j.scoring.rfm..", "io.crm4j.scoring.tiering..",
          "io.crm4j.scoring.satisfaction..", "io.crm4j.scoring.forecast..")
      .should().dependOnClassesThat().resideInAnyPackage("io.crm4j.scoring.clv..", "io.crm4j.scoring.credit..");

  @ArchTest
  static final ArchRule public_methods_expose_no_internal_type = methods().that().arePublic()
      .and().areDeclaredInClassesThat().resideInAnyPackage(API)
      .should(new ArchCondition<JavaMethod>("not take or return an internal type") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
          List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
          types.add(method.getRawReturnType());
          for (JavaClass type : types) {
            if (type.getPackageName().contains(".internal")) {
              events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes " + type.getName()));
            }
          }
        }
      });
}
