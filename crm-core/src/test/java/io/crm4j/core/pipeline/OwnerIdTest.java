package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OwnerIdTest {

  @Test
  void of_keepsTheValue() {
    assertThat(OwnerId.of("X-1").value()).isEqualTo("X-1");
    assertThat(OwnerId.of("X-1")).hasToString("X-1").isEqualTo(new OwnerId("X-1"));
  }

  @Test
  void of_invalidValue_throws() {
    assertThatThrownBy(() -> OwnerId.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ownerId must not be blank, but was ' '");
    assertThatThrownBy(() -> OwnerId.of("x".repeat(129))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ownerId must be at most 128 characters, but was 129");
    assertThatThrownBy(() -> OwnerId.of(null)).isInstanceOf(NullPointerException.class);
  }
}
