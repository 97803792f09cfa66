package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CustomerDeliveredValueTest {

  private static Money cny(String v) {
    return Money.of(v, "CNY");
  }

  @Test
  void deliveredValue_isTotalValueMinusTotalCost() {
    // total value 500+100+50+50 = 700, total cost 400+60+20+20 = 500 -> 200, ratio 1.4
    CustomerDeliveredValue v = new CustomerDeliveredValue(cny("500"), cny("100"), cny("50"), cny("50"),
        cny("400"), cny("60"), cny("20"), cny("20"));
    assertThat(v.totalValue()).isEqualTo(cny("700"));
    assertThat(v.totalCost()).isEqualTo(cny("500"));
    assertThat(v.deliveredValue()).isEqualTo(cny("200"));
    assertThat(v.ratio()).isEqualByComparingTo(new BigDecimal("1.4"));
  }

  @Test
  void constructor_rejectsBadInput() {
    assertThatThrownBy(() -> new CustomerDeliveredValue(cny("-1"), cny("0"), cny("0"), cny("0"), cny("0"),
        cny("0"), cny("0"), cny("0"))).hasMessageStartingWith("productValue must be >= 0");
    assertThatThrownBy(() -> new CustomerDeliveredValue(cny("1"), Money.of("1", "USD"), cny("0"), cny("0"),
        cny("0"), cny("0"), cny("0"), cny("0"))).isInstanceOf(CurrencyMismatchException.class);
    CustomerDeliveredValue free = new CustomerDeliveredValue(cny("1"), cny("0"), cny("0"), cny("0"), cny("0"),
        cny("0"), cny("0"), cny("0"));
    assertThatThrownBy(free::ratio).isInstanceOf(IllegalStateException.class).hasMessageContaining("totalCost");
  }
}
