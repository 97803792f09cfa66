package io.crm4j.examples.docs;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.loyalty.AccrualBasis;
import io.crm4j.core.loyalty.AccrualRule;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.time.Instant;

/** docs/concepts/points.md: accruing and redeeming points. */
public final class PointsExample {

  private PointsExample() {}

  /** Points available after the purchase, and after redeeming. */
  public record Result(long afterPurchase, long afterRedeem, boolean overdrawRefused) {}

  public static Result run(Instant at) {
    // snippet-start
    PointsProgramme shop = PointsProgramme.custom("shop")
        .rule(new AccrualRule.PerCurrencyUnit(Money.of("10.00", "CNY"), 1))     // 1 point per 10 yuan
        .build();
    PointsAccount account = PointsAccount.open(CustomerId.of("C-1"), shop);

    account = account.accrue(shop, AccrualBasis.purchase(Money.of("128.00", "CNY"), at, "order-1")).orElseThrow();
    long afterPurchase = account.available(at);                                 // 12
    account = account.redeem(shop, 5, "coupon-7", at).orElseThrow();
    long afterRedeem = account.available(at);                                   // 7

    // redeeming more than is available is refused, not thrown
    Outcome<PointsAccount> tooMuch = account.redeem(shop, 100, "coupon-8", at);
    boolean refused = tooMuch.rejected();                                       // code INSUFFICIENT_POINTS
    // snippet-end
    return new Result(afterPurchase, afterRedeem, refused);
  }
}
