package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditAccountIdTest {

  @Test
  void of_value_roundTrips() {
    assertThat(CreditAccountId.of("ca-1").value()).isEqualTo("ca-1");
    assertThat(CreditAccountId.of("ca-1")).hasToString("ca-1");
  }

  @Test
  void of_blank_throws() {
    assertThatThrownBy(() -> CreditAccountId.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("creditAccountId must not be blank, but was ' '");
  }
}
