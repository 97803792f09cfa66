package io.crm4j.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every typed id (a public record of one {@code String value} named {@code ...Id}) checks its value
 * the same way, through the one shared check, and names itself in its messages.
 */
class TypedIdsTest {

  private static final List<Class<?>> IDS = new ArrayList<>();

  @BeforeAll
  static void findIds() {
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.crm4j.core")) {
      Class<?> raw = c.reflect();
      if (raw.isRecord() && Modifier.isPublic(raw.getModifiers()) && raw.getSimpleName().endsWith("Id")) {
        RecordComponent[] parts = raw.getRecordComponents();
        if (parts.length == 1 && parts[0].getType() == String.class) {
          IDS.add(raw);
        }
      }
    }
    assertThat(IDS).extracting(Class::getSimpleName).contains("CustomerId", "ComplaintId", "CreditAccountId",
        "LeadId", "OpportunityId", "ContractId", "OwnerId", "ActivityId");
  }

  /** {@code CustomerId.of(null)} said just "value". */
  @Test
  void of_null_namesTheId() throws Exception {
    for (Class<?> id : IDS) {
      assertThat(thrownBy(id, null)).as(id.getSimpleName()).isInstanceOf(NullPointerException.class)
          .hasMessage(parameterName(id));
    }
  }

  /** NUL, line breaks and surrounding spaces were accepted. */
  @Test
  void of_controlCharactersOrSurroundingSpaces_areRefused() throws Exception {
    for (Class<?> id : IDS) {
      String name = parameterName(id);
      assertThat(thrownBy(id, "C\u00001")).as(id.getSimpleName()).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(name + " must not contain control characters, but had U+0000 at index 1");
      assertThat(thrownBy(id, "C-1\n")).as(id.getSimpleName())
          .hasMessage(name + " must not contain control characters, but had U+000A at index 3");
      assertThat(thrownBy(id, "C\u20281")).as(id.getSimpleName()).hasMessageContaining("U+2028");
      assertThat(thrownBy(id, " C-1")).as(id.getSimpleName()).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(name + " must not start or end with whitespace, but was ' C-1'");
      assertThat(thrownBy(id, "C-1 ")).as(id.getSimpleName()).hasMessageContaining("whitespace");
      assertThat(thrownBy(id, "C 1")).as(id.getSimpleName()).isNull();
      assertThat(thrownBy(id, "\uD840\uDC0B-1")).as(id.getSimpleName()).isNull();
    }
  }

  private static String parameterName(Class<?> id) {
    String simple = id.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  /** What {@code of(value)} throws, or null when it accepts the value. */
  private static Throwable thrownBy(Class<?> id, String value) throws Exception {
    Method of = id.getMethod("of", String.class);
    return catchThrowable(() -> {
      try {
        of.invoke(null, value);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }
}
