package io.crm4j.core.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An ArchUnit condition: no type from the given third-party packages appears in a public
 * signature (public and protected members of a public class: parameters, returns, exceptions,
 * fields, type arguments, supertypes). Shared with crm-scoring's architecture test.
 */
public final class PublicSignatures {

  /** Guava, Jackson and Commons Math: used inside, never shown. */
  public static final List<String> THIRD_PARTY = List.of("com.google.common.", "com.fasterxml.jackson.",
      "org.apache.commons.math3.");

  private PublicSignatures() {}

  public static DescribedPredicate<JavaClass> publicApi() {
    return DescribedPredicate.describe("public API classes", c -> c.getModifiers().contains(JavaModifier.PUBLIC)
        && !c.getPackageName().contains(".internal") && !c.isAnonymousClass());
  }

  public static ArchCondition<JavaClass> exposeNoThirdPartyType() {
    return new ArchCondition<>("expose no Guava, Jackson or Commons Math type in a public signature") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> found = new ArrayList<>();
        c.getRawSuperclass().ifPresent(s -> inspect(c.getName() + " extends", s, found));
        c.getRawInterfaces().forEach(i -> inspect(c.getName() + " implements", i, found));
        for (JavaCodeUnit m : c.getCodeUnits()) {
          if (!visible(m.getModifiers())) {
            continue;
          }
          String where = m.getFullName();
          inspectAll(where, m.getReturnType(), found);
          m.getParameterTypes().forEach(p -> inspectAll(where, p, found));
          m.getExceptionTypes().forEach(e -> inspect(where, e, found));
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
    for (JavaClass involved : type.getAllInvolvedRawTypes()) {
      inspect(where, involved, found);
    }
  }

  private static void inspect(String where, JavaClass type, List<String> found) {
    for (String prefix : THIRD_PARTY) {
      if (type.getName().startsWith(prefix)) {
        found.add(where + " exposes " + type.getName());
      }
    }
  }
}
