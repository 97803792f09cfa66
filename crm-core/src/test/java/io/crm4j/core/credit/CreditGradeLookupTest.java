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
    // typed like scoring's grades (issue 18: was Optional<String>, so "aa" or "A+" passed unnoticed)
    CreditGradeLookup lookup = c -> c.value().equals("c") ? Optional.of(CreditGrade.AA) : Optional.empty();
    assertThat(lookup.gradeOf(CustomerId.of("c"))).contains(CreditGrade.AA);
    assertThat(lookup.gradeOf(CustomerId.of("d"))).isEmpty();
  }
}
