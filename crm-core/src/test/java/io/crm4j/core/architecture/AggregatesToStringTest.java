package io.crm4j.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.crm4j.core.spi.AggregateType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every aggregate a store keeps (the type of any public {@link AggregateType} constant) writes its
 * own {@code toString}: a record's generated one prints every component, personal data and free-text
 * notes included, and aggregates end up in logs. The aggregates' own tests check what each prints.
 */
class AggregatesToStringTest {

  @Test
  void everyAggregate_declaresItsOwnToString() throws Exception {
    List<Class<?>> aggregates = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.crm4j.core")) {
      for (Field f : c.reflect().getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == AggregateType.class) {
          aggregates.add(((AggregateType<?, ?>) f.get(null)).javaType());
        }
      }
    }
    assertThat(aggregates).extracting(Class::getSimpleName).contains("Customer", "Lead", "Opportunity", "Contract",
        "Complaint", "CreditAccount", "PointsAccount", "TierMembership", "LadderMembership", "CustomerLifecycle");
    for (Class<?> aggregate : aggregates) {
      assertThat(declaresToString(aggregate)).as(aggregate.getName() + " declares toString()").isTrue();
    }
  }

  private static boolean declaresToString(Class<?> type) {
    try {
      return type.getDeclaredMethod("toString").getDeclaringClass() == type;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
