package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LeadIdTest {

  @Test
  void of_keepsTheValue() {
    assertThat(LeadId.of("X-1").value()).isEqualTo("X-1");
    assertThat(LeadId.of("X-1")).hasToString("X-1").isEqualTo(new LeadId("X-1"));
  }

  @Test
  void of_invalidValue_throws() {
    assertThatThrownBy(() -> LeadId.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leadId must not be blank, but was ' '");
    assertThatThrownBy(() -> LeadId.of("x".repeat(129))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leadId must be at most 128 characters, but was 129");
    assertThatThrownBy(() -> LeadId.of(null)).isInstanceOf(NullPointerException.class);
  }
}
