package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaysSalesOutstandingTest {

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void countback_publishedWorkedExample_gives73point71Days() {
    // Published countback example (issue 7 acceptance): receivables 212,000; monthly credit sales
    // 100,000, 80,000, 70,000 (newest first); 30-day months.
    // By hand: 212,000 - 100,000 = 112,000 (30 days); 112,000 - 80,000 = 32,000 (30 days);
    // 32,000 / 70,000 * 30 = 13.714 days; DSO = 73.714.
    BigDecimal dso = DaysSalesOutstanding.countback(usd("212000"),
        List.of(usd("100000"), usd("80000"), usd("70000")), 30);
    assertThat(dso.doubleValue()).isCloseTo(73.71, within(0.005));
  }

  @Test
  void countback_calendarMonths_usesActualLengths() {
    // Same figures with newest month March 2026 (31 days), then February 2026 (28), then January (31):
    // 31 + 28 + 32,000 / 70,000 * 31 = 59 + 14.171428... = 73.171428...
    BigDecimal dso = DaysSalesOutstanding.countback(usd("212000"), YearMonth.of(2026, 3),
        List.of(usd("100000"), usd("80000"), usd("70000")));
    assertThat(dso.doubleValue()).isCloseTo(73.171429, within(1e-6));
  }

  @Test
  void countback_salesByMonth_takesTheOrderFromTheMonths() {
    // The calendar example above, keyed by month and given oldest first: the keys decide the order,
    // so the result is the same 73.171428... (31 + 28 + 32,000 / 70,000 * 31)
    Map<YearMonth, Money> sales = new LinkedHashMap<>();
    sales.put(YearMonth.of(2026, 1), usd("70000"));
    sales.put(YearMonth.of(2026, 2), usd("80000"));
    sales.put(YearMonth.of(2026, 3), usd("100000"));
    assertThat(DaysSalesOutstanding.countback(usd("212000"), sales).doubleValue()).isCloseTo(73.171429, within(1e-6));
  }

  @Test
  void countback_salesByMonth_aMonthMissingInBetweenHasNoSales() {
    // March 100,000 (31 days), February absent: 0 sales, all 28 days count, January 20,000 of 40,000:
    // 31 + 28 + 20,000 / 40,000 * 31 = 74.5
    Map<YearMonth, Money> sales = Map.of(YearMonth.of(2026, 3), usd("100000"), YearMonth.of(2026, 1), usd("40000"));
    assertThat(DaysSalesOutstanding.countback(usd("120000"), sales)).isEqualByComparingTo(new BigDecimal("74.5"));
  }

  @Test
  void countback_salesByMonth_invalidInput_throws() {
    assertThatThrownBy(() -> DaysSalesOutstanding.countback(usd("1"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("salesByMonth must hold at least one month, but was empty");
    assertThatThrownBy(() -> DaysSalesOutstanding.countback(usd("1"), Map.of(YearMonth.of(2026, 1), usd("-1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("salesByMonth[2026-01] must be >= 0, but was USD -1.00");
    assertThatThrownBy(() -> DaysSalesOutstanding.countback(usd("5"), Map.of(YearMonth.of(2026, 1), usd("1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("salesByMonth must cover the receivables USD 5.00, but USD 4.00 remain after 1 months");
  }

  @Test
  void countback_receivablesWithinNewestMonth_givesFraction() {
    // 50,000 / 100,000 * 30 = 15 days.
    assertThat(DaysSalesOutstanding.countback(usd("50000"), List.of(usd("100000")), 30).doubleValue())
        .isCloseTo(15, within(1e-12));
    assertThat(DaysSalesOutstanding.countback(usd("0"), List.of(usd("100000")), 30).signum()).isZero();
    // exactly the first month: 30 days.
    assertThat(DaysSalesOutstanding.countback(usd("100000"), List.of(usd("100000"), usd("5")), 30).doubleValue())
        .isCloseTo(30, within(1e-12));
  }

  @Test
  void simple_receivablesOverSales_timesDays() {
    // 212,000 / 250,000 * 90 = 76.32 days.
    assertThat(DaysSalesOutstanding.simple(usd("212000"), usd("250000"), 90).doubleValue())
        .isCloseTo(76.32, within(1e-12));
  }

  @Test
  void countback_invalidInput_throws() {
    assertThatThrownBy(() -> DaysSalesOutstanding.countback(usd("300000"), List.of(usd("100000")), 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must cover the receivables");
    assertThatThrownBy(() -> DaysSalesOutstanding.countback(usd("1"), List.of(usd("100000")), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("daysPerMonth must be in [1, 31], but was 0");
    assertThatThrownBy(() -> DaysSalesOutstanding.countback(usd("-1"), List.of(usd("100000")), 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receivables must be >= 0");
    assertThatThrownBy(() -> DaysSalesOutstanding.countback(usd("1"), List.of(usd("-5")), 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monthlySales must be >= 0");
  }

  @Test
  void simple_invalidInput_throws() {
    assertThatThrownBy(() -> DaysSalesOutstanding.simple(usd("1"), usd("0"), 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("creditSales must be > 0");
    assertThatThrownBy(() -> DaysSalesOutstanding.simple(usd("1"), usd("10"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("days must be > 0, but was 0");
    assertThatThrownBy(() -> DaysSalesOutstanding.simple(usd("1"), Money.of("10", "EUR"), 30))
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
