package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LedgerCreditTest {

  @Test
  void new_keepsTheRemainder() {
    LedgerCredit c = new LedgerCredit("PAY-2", LocalDate.of(2026, 9, 25), Money.of("100", "EUR"));
    assertThat(c.remaining()).isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void new_invalid_throws() {
    assertThatThrownBy(() -> new LedgerCredit("PAY-2", LocalDate.of(2026, 9, 25), Money.of("0", "EUR")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("remaining of PAY-2 must be > 0, but was EUR 0.00");
    assertThatThrownBy(() -> new LedgerCredit("PAY-2", null, Money.of("1", "EUR")))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }
}
