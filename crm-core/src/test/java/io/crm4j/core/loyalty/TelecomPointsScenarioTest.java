package io.crm4j.core.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.money.Percentage;
import io.crm4j.core.outcome.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The source's telecom case (网龄 1 分/月, 话费每 10 元 1 分, 上不封顶, 欠费清零, 积分定下月折扣,
 * 俱乐部): six monthly bills, the fourth not paid on time. Every figure is computed by hand in the
 * comments: points = 1 (month of tenure) + floor(bill / 10).
 */
class TelecomPointsScenarioTest {

  private static final CustomerId MEMBER = CustomerId.of("M-138");
  /** Discounts set by the month's balance; the figures are this test's own, not the source's. */
  private static final DiscountSchedule DISCOUNTS = new DiscountSchedule(List.of(
      new DiscountSchedule.Step(10, Percentage.of("2")),
      new DiscountSchedule.Step(30, Percentage.of("5")),
      new DiscountSchedule.Step(50, Percentage.of("8"))));
  private static final PointsProgramme TELECOM = PointsProgramme.from(PointsProgramme.telecom(Money.of("10", "CNY")))
      .clubThreshold(Money.of("500", "CNY"))
      .discounts(DISCOUNTS)
      .build();

  private PointsAccount account = PointsAccount.open(MEMBER, TELECOM);

  @Test
  void settleBill_sixMonthsWithAMissedPayment_forfeitsEverythingAndCarriesOn() {
    bill("2026-01-31", "128.00", true);  // 1 + floor(12.8) = 13 -> 13
    assertThat(account.balance()).isEqualTo(13);
    assertThat(discount()).isEqualTo(Percentage.of("2"));
    bill("2026-02-28", "95.50", true);   // 1 + floor(9.55) = 10 -> 23
    assertThat(account.balance()).isEqualTo(23);
    bill("2026-03-31", "210.00", true);  // 1 + 21 = 22 -> 45
    assertThat(account.balance()).isEqualTo(45);
    assertThat(discount()).isEqualTo(Percentage.of("5"));
    bill("2026-04-30", "58.00", false);  // unpaid: all 45 forfeited, the month earns nothing -> 0
    assertThat(account.balance()).isZero();
    assertThat(discount()).isEqualTo(Percentage.ZERO);
    bill("2026-05-31", "9.99", true);    // 1 + floor(0.999) = 1 -> 1
    assertThat(account.balance()).isEqualTo(1);
    bill("2026-06-30", "300.00", true);  // 1 + 30 = 31 -> 32
    assertThat(account.balance()).isEqualTo(32);
    assertThat(discount()).isEqualTo(Percentage.of("5"));

    assertThat(account.entries()).extracting(LedgerEntry::type, LedgerEntry::points).containsExactly(
        entry(LedgerEntry.Type.ACCRUAL, 13), entry(LedgerEntry.Type.ACCRUAL, 10), entry(LedgerEntry.Type.ACCRUAL, 22),
        entry(LedgerEntry.Type.FORFEIT, -45), entry(LedgerEntry.Type.ACCRUAL, 1), entry(LedgerEntry.Type.ACCRUAL, 31));
    // 13 + 10 + 22 - 45 + 1 + 31 = 32: the balance is the sum of the ledger
    assertThat(account.entries().stream().mapToLong(LedgerEntry::points).sum()).isEqualTo(32);
  }

  /**
   * Tenure (网龄) counted from the activation date: a subscriber in the network since 2021-03-15
   * joins the programme in 2026. Months in the network are whole months from 2021-03-15 to the
   * bill's date (ChronoUnit.MONTHS, counted by hand in the comments); each bill credits the months
   * no earlier bill credited, then 1 point per CNY 10 of the bill. Before, every paid bill counted
   * one month of tenure whatever the subscriber's network age (the first bill earned 13, not 70).
   */
  @Test
  void settleBill_tenureFromActivation_creditsEveryMonthInTheNetworkOnce() {
    LocalDate activated = LocalDate.parse("2021-03-15");
    tenureBill("2026-01-31", "128.00", true, activated);  // 58 months (2021-03-15 -> 2026-01-15) + 12 = 70
    assertThat(account.balance()).isEqualTo(70);
    assertThat(account.entries()).extracting(LedgerEntry::reference, LedgerEntry::points).containsExactly(
        entry("tenure: 58 months in the network", 58), entry("2026-01", 12));
    tenureBill("2026-02-28", "95.50", true, activated);   // 59th month (from 2026-02-15) + 9 -> 80
    assertThat(account.balance()).isEqualTo(80);
    tenureBill("2026-03-31", "210.00", true, activated);  // 60th month + 21 -> 102
    assertThat(account.balance()).isEqualTo(102);
    tenureBill("2026-04-30", "58.00", false, activated);  // unpaid: all 102 forfeited, nothing credited
    assertThat(account.balance()).isZero();
    // arrears do not reset the network age: months 61 and 62 (from 2026-04-15 and 2026-05-15), 0 for CNY 9.99
    tenureBill("2026-05-31", "9.99", true, activated);
    assertThat(account.balance()).isEqualTo(2);
    tenureBill("2026-06-30", "300.00", true, activated);  // 63rd month + 30 -> 33
    assertThat(account.balance()).isEqualTo(33);
    // 58 + 12 + 1 + 9 + 1 + 21 - 102 + 2 + 1 + 30 = 33: the balance is the sum of the ledger
    assertThat(account.entries().stream().mapToLong(LedgerEntry::points).sum()).isEqualTo(33);
  }

  /** A subscriber activated mid-month earns no tenure before a whole month in the network. */
  @Test
  void settleBill_newSubscriber_earnsTenureFromTheFirstWholeMonth() {
    LocalDate activated = LocalDate.parse("2026-01-10");
    tenureBill("2026-01-31", "128.00", true, activated);  // 0 whole months + 12
    assertThat(account.balance()).isEqualTo(12);
    tenureBill("2026-02-28", "95.50", true, activated);   // 1 month (2026-02-10) + 9 -> 22
    assertThat(account.balance()).isEqualTo(22);
    assertThatThrownBy(() -> account.settleBill(TELECOM, Money.of("1", "CNY"), true, LocalDate.parse("2026-04-01"),
        "2026-03", Instant.parse("2026-03-31T12:00:00Z")))
        .hasMessage("activatedOn must not be after the bill's date 2026-03-31, but was 2026-04-01");
  }

  /**
   * 积分定下月折扣: the balance at the end of a month sets the next month's discount (steps 10: 2 %,
   * 30: 5 %, 50: 8 %), read from the ledger, so an earlier month can be asked later.
   */
  @Test
  void nextMonthDiscount_isTheScheduleStepOfTheMonthEndBalance() {
    LocalDate activated = LocalDate.parse("2021-03-15");
    tenureBill("2026-01-31", "128.00", true, activated);  // 70 at the end of January
    tenureBill("2026-02-28", "95.50", true, activated);   // 80
    tenureBill("2026-03-31", "210.00", true, activated);  // 102
    tenureBill("2026-04-30", "58.00", false, activated);  // 0
    tenureBill("2026-05-31", "9.99", true, activated);    // 2
    tenureBill("2026-06-30", "300.00", true, activated);  // 33
    assertThat(TELECOM.nextMonthDiscount(account, YearMonth.of(2025, 12))).as("nothing booked yet")
        .isEqualTo(Percentage.ZERO);
    assertThat(TELECOM.nextMonthDiscount(account, YearMonth.of(2026, 1))).isEqualTo(Percentage.of("8"));
    assertThat(TELECOM.nextMonthDiscount(account, YearMonth.of(2026, 4))).isEqualTo(Percentage.ZERO);
    assertThat(TELECOM.nextMonthDiscount(account, YearMonth.of(2026, 5))).as("2 < 10").isEqualTo(Percentage.ZERO);
    assertThat(TELECOM.nextMonthDiscount(account, YearMonth.of(2026, 6))).isEqualTo(Percentage.of("5"));
    PointsProgramme plain = PointsProgramme.telecom(Money.of("10", "CNY"));
    assertThat(plain.nextMonthDiscount(account, YearMonth.of(2026, 1))).as("no schedule").isEqualTo(Percentage.ZERO);
    PointsProgramme other = PointsProgramme.custom("shop").build();
    assertThatThrownBy(() -> other.nextMonthDiscount(account, YearMonth.of(2026, 1)))
        .hasMessage("account must belong to programme 'shop', but belongs to 'telecom'");
  }

  @Test
  void settleBill_clubThreshold_joinsOnlyWhenPaidSpendReaches500() {
    bill("2026-01-31", "128.00", true);
    bill("2026-02-28", "95.50", true);
    bill("2026-03-31", "210.00", true);
    bill("2026-04-30", "58.00", false);
    bill("2026-05-31", "9.99", true);
    // paid spend so far: 128 + 95.50 + 210 + 9.99 = 443.49 < 500 (the unpaid 58 does not count)
    assertThat(account.cumulativeSpend()).isEqualTo(Money.of("443.49", "CNY"));
    assertThat(account.clubSince()).isNull();
    Outcome<PointsAccount> june = account.settleBill(TELECOM, Money.of("300.00", "CNY"), true, "2026-06",
        Instant.parse("2026-06-30T12:00:00Z"));
    account = june.orElseThrow();
    // 443.49 + 300 = 743.49 >= 500
    assertThat(account.cumulativeSpend()).isEqualTo(Money.of("743.49", "CNY"));
    assertThat(account.clubSince()).isEqualTo(Instant.parse("2026-06-30T12:00:00Z"));
    assertThat(account.clubMemberOn(Instant.parse("2026-07-01T00:00:00Z"))).isTrue();
    assertThat(account.clubMemberOn(Instant.parse("2026-06-01T00:00:00Z"))).isFalse();
    assertThat(((Outcome.Applied<PointsAccount>) june).events())
        .anySatisfy(e -> assertThat(e).isInstanceOf(LoyaltyEvent.ClubJoined.class));
  }

  @Test
  void settleBill_unpaidWithNothingHeld_isRejected() {
    Outcome<PointsAccount> o = account.settleBill(TELECOM, Money.of("20", "CNY"), false, "2026-01",
        Instant.parse("2026-01-31T12:00:00Z"));
    assertThat(o).isInstanceOfSatisfying(Outcome.Rejected.class,
        r -> assertThat(r.message()).contains("no points to forfeit"));
  }

  private void bill(String day, String amount, boolean paidOnTime) {
    Outcome<PointsAccount> o = account.settleBill(TELECOM, Money.of(amount, "CNY"), paidOnTime,
        day.substring(0, 7), Instant.parse(day + "T12:00:00Z"));
    assertThat(o.applied()).as("bill of %s", day).isTrue();
    account = o.orElseThrow();
  }

  private void tenureBill(String day, String amount, boolean paidOnTime, LocalDate activatedOn) {
    Outcome<PointsAccount> o = account.settleBill(TELECOM, Money.of(amount, "CNY"), paidOnTime, activatedOn,
        day.substring(0, 7), Instant.parse(day + "T12:00:00Z"));
    assertThat(o.applied()).as("bill of %s", day).isTrue();
    account = ((Outcome.Applied<PointsAccount>) o).value();
  }

  private static org.assertj.core.groups.Tuple entry(String reference, long points) {
    return org.assertj.core.groups.Tuple.tuple(reference, points);
  }

  private Percentage discount() {
    return TELECOM.discounts().orElseThrow().discountFor(account.balance());
  }

  private static org.assertj.core.groups.Tuple entry(LedgerEntry.Type type, long points) {
    return org.assertj.core.groups.Tuple.tuple(type, points);
  }
}
