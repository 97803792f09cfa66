package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CreditLimitTest {

  static final CreditSegment S = CreditSegment.of("s");

  @Test
  void of_newLimit_hasZeroExposureInItsCurrency() {
    CreditLimit l = CreditLimit.of(S, Money.of("10", "EUR"));
    assertThat(l.lastExposure()).isEqualTo(Money.zero("EUR"));
    assertThat(l.currency()).isEqualTo(Currency.getInstance("EUR"));
    assertThat(l.isFor(S, Currency.getInstance("EUR"))).isTrue();
    assertThat(l.isFor(S, Currency.getInstance("USD"))).isFalse();
  }

  @Test
  void new_invalidInput_throws() {
    assertThatThrownBy(() -> CreditLimit.of(S, Money.of("-1", "EUR"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be >= 0, but was EUR -1.00");
    assertThatThrownBy(() -> new CreditLimit(S, Money.of("1", "EUR"), Money.of("1", "USD")))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> new CreditLimit(S, Money.of("1", "EUR"), Money.of("-1", "EUR")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lastExposure must be >= 0, but was EUR -1.00");
  }
}
