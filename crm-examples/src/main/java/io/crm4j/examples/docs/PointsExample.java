package io.crm4j.examples.docs;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.loyalty.AccrualBasis;
import io.crm4j.core.loyalty.AccrualRule;
import io.crm4j.core.loyalty.LoyaltyOutcome;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.money.Money;
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

    account = applied(account.accrue(shop, AccrualBasis.purchase(Money.of("128.00", "CNY"), at, "order-1")));
    long afterPurchase = account.available(at);                                 // 12
    account = applied(account.redeem(shop, 5, "coupon-7", at));
    long afterRedeem = account.available(at);                                   // 7

    // redeeming more than is available is refused, not thrown
    boolean refused = account.redeem(shop, 100, "coupon-8", at) instanceof LoyaltyOutcome.Rejected;
    // snippet-end
    return new Result(afterPurchase, afterRedeem, refused);
  }

  private static PointsAccount applied(LoyaltyOutcome<PointsAccount> outcome) {
    if (outcome instanceof LoyaltyOutcome.Applied<PointsAccount> a) {
      return a.value();
    }
    throw new IllegalStateException("the example's step must be applied, but was " + outcome);
  }
}
