package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AllocationTest {

  static final LocalDate DUE = LocalDate.of(2026, 8, 31);

  @Test
  void paidOn_givesThePaymentIndexItem() {
    PaidItem item = new Allocation("INV-1", DUE, Money.of("600", "EUR")).paidOn(LocalDate.of(2026, 9, 10));
    assertThat(item).isEqualTo(new PaidItem(Money.of("600", "EUR"), DUE, LocalDate.of(2026, 9, 10)));
    assertThat(item.daysBeyondTerms()).isEqualTo(10);
  }

  @Test
  void new_invalid_throws() {
    assertThatThrownBy(() -> new Allocation("INV-1", DUE, Money.of("0", "EUR")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amount allocated to INV-1 must be > 0, but was EUR 0.00");
    assertThatThrownBy(() -> new Allocation("", DUE, Money.of("1", "EUR"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invoiceId must not be blank, but was ''");
    assertThatThrownBy(() -> new Allocation("INV-1", null, Money.of("1", "EUR")))
        .isInstanceOf(NullPointerException.class).hasMessage("dueDate");
  }
}
