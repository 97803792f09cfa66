package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The textbook worked example (issue 3): n = 10 years, Co = 500, Po = 3000, In = 1000 and
 * Cs = 100 per year, d = 8%. By hand: undiscounted 3000 − 500 + 10·900 = 11,500; end of year
 * 2500 + 900·(1 − 1.08^−10)/0.08 = 2500 + 900·6.7100814 = 8,539.07; start of year
 * 2500 + 900·6.7100814·1.08 = 2500 + 6,522.20 = 9,022.20.
 */
class ProfitStreamClvTest {

  private static final Money PO = Money.of("3000", "USD");
  private static final Money CO = Money.of("500", "USD");
  private static final Money IN = Money.of("1000", "USD");
  private static final Money CS = Money.of("100", "USD");

  @Test
  void valueOfConstantStream_reproducesWorkedExample() {
    ProfitStreamClv end = ProfitStreamClv.ofDefaults();
    assertThat(end.valueOfConstantStream(10, IN, CS, 0.0, PO, CO)).isEqualTo(Money.of("11500.00", "USD"));
    assertThat(end.valueOfConstantStream(10, IN, CS, 0.08, PO, CO)).isEqualTo(Money.of("8539.07", "USD"));
    ProfitStreamClv start = ProfitStreamClv.custom().timing(PaymentTiming.START_OF_PERIOD).build();
    assertThat(start.valueOfConstantStream(10, IN, CS, 0.08, PO, CO)).isEqualTo(Money.of("9022.20", "USD"));
  }

  @Test
  void value_variantsWithoutFirstPurchaseOrAcquisitionCost() {
    ProfitStreamClv streamOnly = ProfitStreamClv.custom().includeFirstPurchase(false).includeAcquisitionCost(false)
        .build();
    // 900 * 6.7100814 = 6039.07
    assertThat(streamOnly.valueOfConstantStream(10, IN, CS, 0.08, PO, CO)).isEqualTo(Money.of("6039.07", "USD"));
    ProfitStreamClv noCo = ProfitStreamClv.from(ProfitStreamClv.ofDefaults()).includeAcquisitionCost(false).build();
    assertThat(noCo.valueOfConstantStream(10, IN, CS, 0.08, PO, CO)).isEqualTo(Money.of("9039.07", "USD"));
    assertThat(noCo.includesAcquisitionCost()).isFalse();
    assertThat(noCo.includesFirstPurchase()).isTrue();
  }

  @Test
  void value_unevenStream() {
    // 0 + 0 + (120-10)/1.1 + (121-0)/1.21 = 100 + 100 = 200
    Money v = ProfitStreamClv.custom().includeFirstPurchase(false).includeAcquisitionCost(false).build()
        .value(List.of(Money.of("120", "EUR"), Money.of("121", "EUR")),
            List.of(Money.of("10", "EUR"), Money.of("0", "EUR")), 0.10, Money.of("0", "EUR"), Money.of("0", "EUR"));
    assertThat(v).isEqualTo(Money.of("200.00", "EUR"));
  }

  @Test
  void value_rejectsBadInput() {
    ProfitStreamClv clv = ProfitStreamClv.ofDefaults();
    assertThatThrownBy(() -> clv.valueOfConstantStream(10, IN, CS, 1.5, PO, CO))
        .hasMessage("discountRate must be in [0, 1), but was 1.5");
    assertThatThrownBy(() -> clv.valueOfConstantStream(0, IN, CS, 0.1, PO, CO))
        .hasMessage("periods must be >= 1, but was 0");
    assertThatThrownBy(() -> clv.value(List.of(IN), List.of(), 0.1, PO, CO)).hasMessageContaining("same length");
    assertThatThrownBy(() -> clv.valueOfConstantStream(2, Money.of("1", "EUR"), Money.of("1", "EUR"), 0.1, PO, CO))
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
