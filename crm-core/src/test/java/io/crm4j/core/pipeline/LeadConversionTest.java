package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeadConversionTest {

  @Test
  void constructor_invalidInput_throws() {
    assertThatThrownBy(() -> new LeadConversion(CustomerId.of("C-1"), OpportunityId.of("O-1"), " ",
        Money.of("1.00", "EUR"), LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("opportunityName must not be blank, but was ' '");
    assertThatThrownBy(() -> new LeadConversion(null, OpportunityId.of("O-1"), "x", Money.of("1.00", "EUR"),
        LocalDate.of(2026, 1, 1))).hasMessage("customerId");
    assertThatThrownBy(() -> new LeadConversion.Result(null, null, true)).hasMessage("lead");
  }
}
