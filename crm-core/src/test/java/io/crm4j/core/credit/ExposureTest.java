package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureTest {

  static final CreditSegment SALES = CreditSegment.of("sales");
  static final LocalDate HORIZON = LocalDate.of(2026, 12, 31);

  static Money eur(String a) {
    return Money.of(a, "EUR");
  }

  @Test
  void of_mixedItems_splitsStaticAndDynamicParts() {
    // orders 100 (in horizon, delivered on its last day) + 50 (after it); deliveries 20; invoices 7.
    List<OpenItem> items = List.of(new OpenItem.OpenOrder("o1", SALES, eur("100"), HORIZON),
        new OpenItem.OpenOrder("o2", SALES, eur("50"), HORIZON.plusDays(1)),
        new OpenItem.OpenDelivery("d1", SALES, eur("20")),
        new OpenItem.OpenInvoice("i1", SALES, eur("7"), HORIZON, 0),
        new OpenItem.OpenInvoice("i2", CreditSegment.of("other"), eur("1000"), HORIZON, 0),
        new OpenItem.OpenInvoice("i3", SALES, Money.of("1000", "USD"), HORIZON, 0));
    Exposure e = Exposure.of(SALES, Currency.getInstance("EUR"), items, HORIZON);
    assertThat(e.openOrders()).isEqualTo(eur("150"));
    assertThat(e.openOrdersInHorizon()).isEqualTo(eur("100"));
    assertThat(e.total()).isEqualTo(eur("177"));
    assertThat(e.staticPart()).isEqualTo(eur("27"));
    assertThat(e.dynamicPart()).isEqualTo(eur("127"));
    assertThat(e.currency()).isEqualTo(Currency.getInstance("EUR"));
  }

  @Test
  void new_mixedCurrencies_throws() {
    assertThatThrownBy(() -> new Exposure(SALES, eur("1"), eur("1"), Money.of("1", "USD"), eur("1")))
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
