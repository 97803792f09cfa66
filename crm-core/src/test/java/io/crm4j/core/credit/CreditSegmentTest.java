package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditSegmentTest {

  @Test
  void of_value_roundTrips() {
    assertThat(CreditSegment.of("sales")).hasToString("sales").isEqualTo(new CreditSegment("sales"));
  }

  @Test
  void of_blank_throws() {
    assertThatThrownBy(() -> CreditSegment.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must not be blank, but was ''");
  }
}
