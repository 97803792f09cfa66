package io.crm4j.scoring.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.crm4j.scoring.clv.BgNbdModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Module-wide rules for crm-scoring, read against its own {@code module-info.class}: the module
 * exports exactly the packages that are not {@code internal}, its packages have no dependency
 * cycle, and a public signature of an exported package names JDK and crm4j API types only (no
 * {@code internal} type, no third-party type).
 */
class ModuleArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.crm4j.scoring");

  private static final ModuleDescriptor MODULE = readDescriptor();

  @Test
  void moduleInfo_exportsEveryApiPackageAndNoInternalOne() {
    Set<String> packages = CLASSES.stream().map(JavaClass::getPackageName)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> api = packages.stream().filter(p -> !isInternal(p)).collect(Collectors.toCollection(TreeSet::new));
    Set<String> exported = MODULE.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(MODULE.name()).isEqualTo("io.crm4j.scoring");
    assertThat(MODULE.isAutomatic()).isFalse();
    assertThat(exported).isEqualTo(api).noneMatch(ModuleArchitectureTest::isInternal);
    assertThat(MODULE.exports()).allMatch(e -> !e.isQualified());
  }

  @Test
  void packages_areFreeOfCycles() {
    slices().matching("io.crm4j.scoring.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void publicSignatures_nameJdkAndCrm4jApiTypesOnly() {
    Set<String> exported = MODULE.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    classes().that(DescribedPredicate.describe("are public types of an exported package",
            c -> exported.contains(c.getPackageName()) && c.getModifiers().contains(JavaModifier.PUBLIC)
                && !c.isAnonymousClass()))
        .should(exposeOnlyJdkAndCrm4jApiTypes())
        .check(CLASSES);
  }

  /** A type may appear in an exported signature when it is primitive, from the JDK or a crm4j API type. */
  static boolean allowedInSignature(JavaClass type) {
    JavaClass base = type.getBaseComponentType();
    if (base.isPrimitive()) {
      return true;
    }
    String name = base.getName();
    if (name.startsWith("java.")) {
      return true;
    }
    return (name.startsWith("io.crm4j.core.") || name.startsWith("io.crm4j.scoring."))
        && !isInternal(base.getPackageName());
  }

  private static boolean isInternal(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }

  private static ArchCondition<JavaClass> exposeOnlyJdkAndCrm4jApiTypes() {
    return new ArchCondition<>("name only JDK and crm4j API types in public signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> found = new ArrayList<>();
        c.getRawSuperclass().ifPresent(s -> inspect(c.getName() + " extends", s, found));
        c.getRawInterfaces().forEach(i -> inspect(c.getName() + " implements", i, found));
        for (JavaCodeUnit m : c.getCodeUnits()) {
          if (visible(m.getModifiers())) {
            inspectAll(m.getFullName(), m.getReturnType(), found);
            m.getParameterTypes().forEach(p -> inspectAll(m.getFullName(), p, found));
            m.getExceptionTypes().forEach(e -> inspect(m.getFullName(), e, found));
          }
        }
        for (JavaField f : c.getFields()) {
          if (visible(f.getModifiers())) {
            inspectAll(f.getFullName(), f.getType(), found);
          }
        }
        found.forEach(msg -> events.add(SimpleConditionEvent.violated(c, msg)));
      }
    };
  }

  private static boolean visible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static void inspectAll(String where, JavaType type, List<String> found) {
    type.getAllInvolvedRawTypes().forEach(t -> inspect(where, t, found));
  }

  private static void inspect(String where, JavaClass type, List<String> found) {
    if (!allowedInSignature(type)) {
      found.add(where + " exposes " + type.getName());
    }
  }

  private static ModuleDescriptor readDescriptor() {
    try {
      Path classes = Path.of(BgNbdModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void allowedInSignature_rejectsInternalAndThirdPartyTypes() {
    JavaClasses probe = new ClassFileImporter().importClasses(String.class, BgNbdModel.class,
        io.crm4j.scoring.clv.internal.Special.class, Test.class);
    assertThat(allowedInSignature(probe.get(String.class))).isTrue();
    assertThat(allowedInSignature(probe.get(BgNbdModel.class))).isTrue();
    assertThat(allowedInSignature(probe.get(io.crm4j.scoring.clv.internal.Special.class))).isFalse();
    assertThat(allowedInSignature(probe.get(Test.class))).isFalse();
  }
}
