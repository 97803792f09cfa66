package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaidItemTest {

  @Test
  void daysBeyondTerms_earlyAndLate() {
    LocalDate due = LocalDate.of(2026, 2, 20);
    assertThat(new PaidItem(Money.of("1", "EUR"), due, LocalDate.of(2026, 3, 2)).daysBeyondTerms()).isEqualTo(10);
    assertThat(new PaidItem(Money.of("1", "EUR"), due, LocalDate.of(2026, 2, 10)).daysBeyondTerms()).isEqualTo(-10);
  }

  @Test
  void new_negativeAmount_throws() {
    assertThatThrownBy(() -> new PaidItem(Money.of("-1", "EUR"), LocalDate.EPOCH, LocalDate.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amount must be >= 0, but was EUR -1.00");
  }
}
