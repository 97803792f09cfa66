package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Money;
import org.junit.jupiter.api.Test;

class RetentionClvTest {

  @Test
  void value_isMarginTimesRetentionOverOnePlusDMinusR() {
    // by hand: 100 * 0.8 / (1 + 0.1 - 0.8) = 80 / 0.3 = 266.666... -> 266.67
    assertThat(RetentionClv.value(Money.of("100", "USD"), 0.8, 0.1)).isEqualTo(Money.of("266.67", "USD"));
    // with the current margin: 100 * 1.1 / 0.3 = 366.666... -> 366.67
    assertThat(RetentionClv.valueIncludingCurrentMargin(Money.of("100", "USD"), 0.8, 0.1))
        .isEqualTo(Money.of("366.67", "USD"));
  }

  @Test
  void value_rejectsBadRates() {
    Money m = Money.of("100", "USD");
    assertThatThrownBy(() -> RetentionClv.value(m, 1.2, 0.1)).hasMessage("retentionRate must be in [0, 1], but was 1.2");
    assertThatThrownBy(() -> RetentionClv.value(m, 0.5, -0.1)).hasMessageContaining("discountRate must be in [0, 1)");
    assertThatThrownBy(() -> RetentionClv.valueIncludingCurrentMargin(m, 1.0, 0.0))
        .hasMessageContaining("infinite");
  }
}
