package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.customer.CustomerId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditGradeLookupTest {

  @Test
  void none_knowsNoGrade() {
    assertThat(CreditGradeLookup.none().gradeOf(CustomerId.of("c"))).isEmpty();
  }

  @Test
  void lambda_suppliesGrade() {
    CreditGradeLookup lookup = c -> c.value().equals("c") ? Optional.of("AA") : Optional.empty();
    assertThat(lookup.gradeOf(CustomerId.of("c"))).contains("AA");
    assertThat(lookup.gradeOf(CustomerId.of("d"))).isEmpty();
  }
}
