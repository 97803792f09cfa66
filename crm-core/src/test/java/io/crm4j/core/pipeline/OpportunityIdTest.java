package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpportunityIdTest {

  @Test
  void of_keepsTheValue() {
    assertThat(OpportunityId.of("X-1").value()).isEqualTo("X-1");
    assertThat(OpportunityId.of("X-1")).hasToString("X-1").isEqualTo(new OpportunityId("X-1"));
  }

  @Test
  void of_invalidValue_throws() {
    assertThatThrownBy(() -> OpportunityId.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("opportunityId must not be blank, but was ' '");
    assertThatThrownBy(() -> OpportunityId.of("x".repeat(129))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("opportunityId must be at most 128 characters, but was 129");
    assertThatThrownBy(() -> OpportunityId.of(null)).isInstanceOf(NullPointerException.class);
  }
}
