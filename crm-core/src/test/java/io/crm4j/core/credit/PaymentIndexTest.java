package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PaymentIndexTest {

  static final LocalDate DUE = LocalDate.of(2026, 6, 1);

  static PaidItem paid(String amount, int daysLate) {
    return new PaidItem(Money.of(amount, "EUR"), DUE, DUE.plusDays(daysLate));
  }

  @Test
  void indexOf_presetAnchors_matchTheIssueScale() {
    // Issue 7: 100 = paid early, 80 = on time, 70 ~ 15 days late, 50 ~ 30 days late, 20 ~ 120 days late.
    PaymentIndex p = PaymentIndex.ofDefaults();
    assertThat(p.indexOf(-45)).isEqualTo(100);
    assertThat(p.indexOf(0)).isEqualTo(80);
    assertThat(p.indexOf(15)).isEqualTo(70);
    assertThat(p.indexOf(30)).isEqualTo(50);
    assertThat(p.indexOf(120)).isEqualTo(20);
    assertThat(p.indexOf(150)).isCloseTo(10, within(1e-12)); // halfway between (120, 20) and (180, 0)
    assertThat(p.indexOf(400)).isEqualTo(0);
    // between anchors (0, 80) and (15, 70): 6 days late = 80 - 6/15 * 10 = 76.
    assertThat(p.indexOf(6)).isCloseTo(76, within(1e-12));
  }

  @Test
  void weighted_mixedPayments_isAmountWeighted() {
    // 3,000 paid on time (80) and 1,000 paid 30 days late (50): (3000*80 + 1000*50) / 4000 = 72.5.
    assertThat(PaymentIndex.ofDefaults().weighted(List.of(paid("3000", 0), paid("1000", 30))).getAsDouble())
        .isCloseTo(72.5, within(1e-12));
  }

  @Test
  void weighted_noItemsOrZeroTotal_isEmpty() {
    assertThat(PaymentIndex.ofDefaults().weighted(List.of())).isEmpty();
    assertThat(PaymentIndex.ofDefaults().weighted(List.of(paid("0", 3)))).isEmpty();
  }

  @Test
  void weighted_mixedCurrencies_throws() {
    PaidItem usd = new PaidItem(Money.of("1", "USD"), DUE, DUE);
    assertThatThrownBy(() -> PaymentIndex.ofDefaults().weighted(List.of(paid("1", 0), usd)))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void of_invalidAnchors_throw() {
    assertThatThrownBy(() -> PaymentIndex.of(List.of(new PaymentIndex.Anchor(0, 80))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("anchors must number at least 2, but were 1");
    assertThatThrownBy(() -> PaymentIndex.of(List.of(new PaymentIndex.Anchor(0, 80), new PaymentIndex.Anchor(0, 70))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rise strictly");
    assertThatThrownBy(() -> PaymentIndex.of(List.of(new PaymentIndex.Anchor(0, 70), new PaymentIndex.Anchor(5, 80))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not rise in index");
    assertThatThrownBy(() -> new PaymentIndex.Anchor(0, 101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must be in [0, 100], but was 101.0");
    assertThat(PaymentIndex.ofDefaults().anchors()).hasSize(10);
  }

  @Property
  void indexOf_laterPayment_neverScoresHigher(@ForAll @IntRange(min = -400, max = 400) int a,
      @ForAll @IntRange(min = 0, max = 400) int extra) {
    PaymentIndex p = PaymentIndex.ofDefaults();
    assertThat(p.indexOf(a + extra)).isLessThanOrEqualTo(p.indexOf(a)).isBetween(0.0, 100.0);
  }
}
