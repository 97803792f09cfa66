package io.crm4j.examples.docs;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.loyalty.DiscountSchedule;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.money.Money;
import io.crm4j.core.money.Percentage;
import io.crm4j.core.outcome.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** docs/concepts/points.md: the telecom preset, tenure from the activation date, next month's discount. */
public final class TelecomPointsExample {

  private TelecomPointsExample() {}

  /** The balance after January's bill and the discount it sets for February. */
  public record Result(long balance, Percentage februaryDiscount) {}

  public static Result run() {
    // snippet-start
    PointsProgramme telecom = PointsProgramme.from(PointsProgramme.telecom(Money.of("10", "CNY")))
        .discounts(new DiscountSchedule(List.of(
            new DiscountSchedule.Step(30, Percentage.of("5")),                  // 30 points: 5 % off
            new DiscountSchedule.Step(50, Percentage.of("8")))))                // 50 points: 8 % off
        .build();
    PointsAccount account = PointsAccount.open(CustomerId.of("M-138"), telecom);

    // in the network since 2021-03-15: 58 whole months by 2026-01-31, plus 1 point per CNY 10 of the bill
    LocalDate activated = LocalDate.parse("2021-03-15");
    account = applied(account.settleBill(telecom, Money.of("128.00", "CNY"), true, activated, "2026-01",
        Instant.parse("2026-01-31T12:00:00Z")));
    long balance = account.balance();                                           // 58 + 12 = 70

    // this month's balance sets next month's discount
    Percentage february = telecom.nextMonthDiscount(account, YearMonth.of(2026, 1));   // 8 %
    // snippet-end
    return new Result(balance, february);
  }

  private static PointsAccount applied(Outcome<PointsAccount> outcome) {
    if (outcome instanceof Outcome.Applied<PointsAccount> a) {
      return a.value();
    }
    throw new IllegalStateException("the example's step must be applied, but was " + outcome);
  }
}
