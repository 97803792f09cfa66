package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractIdTest {

  @Test
  void of_keepsTheValue() {
    assertThat(ContractId.of("X-1").value()).isEqualTo("X-1");
    assertThat(ContractId.of("X-1")).hasToString("X-1").isEqualTo(new ContractId("X-1"));
  }

  @Test
  void of_invalidValue_throws() {
    assertThatThrownBy(() -> ContractId.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contractId must not be blank, but was ' '");
    assertThatThrownBy(() -> ContractId.of("x".repeat(129))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contractId must be at most 128 characters, but was 129");
    assertThatThrownBy(() -> ContractId.of(null)).isInstanceOf(NullPointerException.class);
  }
}
