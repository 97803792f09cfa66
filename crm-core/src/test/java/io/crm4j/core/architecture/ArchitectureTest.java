package io.crm4j.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of crm-core, checked on the compiled main classes. */
@AnalyzeClasses(packages = "io.crm4j.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_neverImportsScoringOrExamples = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("io.crm4j.scoring..", "io.crm4j.examples..");

  @ArchTest
  static final ArchRule packages_areFreeOfCycles = slices().matching("io.crm4j.core.(**)")
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule publicApi_exposesNoThirdPartyType = classes().that(PublicSignatures.publicApi())
      .should(PublicSignatures.exposeNoThirdPartyType());

  @ArchTest
  static final ArchRule apiPackages_doNotUseStoreAdapters = noClasses()
      .that().resideInAnyPackage("io.crm4j.core.customer..", "io.crm4j.core.activity..", "io.crm4j.core.money..",
          "io.crm4j.core.event..", "io.crm4j.core.spi..", "io.crm4j.core.service..")
      .should().dependOnClassesThat().resideInAnyPackage("io.crm4j.core.store..");

  /**
   * Aggregates and values import nothing from the storage SPI: what a store needs to know about an
   * aggregate lives in the area's {@code *Storage} class, and only the services and the scheduled
   * evaluation, which run units of work, use the SPI.
   */
  @ArchTest
  static final ArchRule model_doesNotDependOnTheStorageSpi = noClasses()
      .that().resideInAnyPackage("io.crm4j.core.customer..", "io.crm4j.core.activity..", "io.crm4j.core.money..",
          "io.crm4j.core.lifecycle..", "io.crm4j.core.loyalty..", "io.crm4j.core.complaint..",
          "io.crm4j.core.credit..", "io.crm4j.core.pipeline..", "io.crm4j.core.outcome..")
      .and().haveNameNotMatching(".*(Service|Storage)(\\$.*)?")
      .and().haveNameNotMatching(".*\\.(ScheduledEvaluation|DailyCatchUp|EvaluationStep|FactSource|ReadOnlyProbe|TierMeasure"
          + "|MembershipChange|Transitions)(\\$.*)?")
      .should().dependOnClassesThat().resideInAPackage("io.crm4j.core.spi..")
      .because("storage descriptors and units of work belong to the store side, not to the model");

  /** Customer.restore bypasses history: it is for adapters and JSON mapping only. */
  @ArchTest
  static final ArchRule customerRestore_isCalledOnlyByAdaptersAndJsonMapping = noClasses()
      .that().resideOutsideOfPackages("io.crm4j.core.internal..", "io.crm4j.core.store..", "io.crm4j.core.customer..")
      .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("Customer.restore",
          call -> call.getTarget().getOwner().isEquivalentTo(io.crm4j.core.customer.Customer.class)
              && call.getTarget().getName().equals("restore")));

  /** The API stability policy (docs/api-stability.md) needs a status on every public type. */
  @ArchTest
  static final ArchRule publicTypes_declareTheirApiStatus = classes().that().arePublic().and().areTopLevelClasses()
      .and().doNotHaveSimpleName("package-info")
      .should().beAnnotatedWith(org.apiguardian.api.API.class);

  @ArchTest
  static final ArchRule nothing_readsTheWallClock = noClasses()
      .should().callMethod(java.time.Instant.class, "now")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(java.time.Clock.class, "systemUTC")
      .orShould().callMethod(java.time.Clock.class, "systemDefaultZone");
}
