package io.crm4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crm4j.core.customer.Consent;
import io.crm4j.core.customer.ContactPoint;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Runs only in the {@code module-path} test execution (see crm-core's pom): proves that execution
 * really has crm-core and Jackson as named modules, so the store and JSON tests it repeats show what
 * an application on the module path gets.
 */
class ModulePathCheck {

  @Test
  void crmCoreAndJackson_areNamedModules() {
    Module core = Crm4jJson.class.getModule();
    assertThat(core.getName()).isEqualTo("io.crm4j.core");
    assertThat(ObjectMapper.class.getModule().getName()).isEqualTo("com.fasterxml.jackson.databind");
    assertThat(core.isExported("io.crm4j.core.json")).isTrue();
    assertThat(core.isExported("io.crm4j.core.internal.json")).isFalse();
    assertThat(core.isOpen("io.crm4j.core.internal.json", ObjectMapper.class.getModule())).isTrue();
  }

  @Test
  void customer_roundTripsThroughJackson_asANamedModule() {
    Instant t = Instant.parse("2026-12-02T07:00:00Z");
    Customer ada = Customer.individual(CustomerId.of("C-1"), "Ada", "Lovelace", t)
        .withConsent(new Consent("marketing", ContactPoint.Type.EMAIL, true, t, "web form"))
        .withTag("vip", t);
    assertThat(Crm4jJson.read(Crm4jJson.write(ada), Customer.class)).isEqualTo(ada);
  }
}
