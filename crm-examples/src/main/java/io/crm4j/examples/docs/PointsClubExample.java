package io.crm4j.examples.docs;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.loyalty.AccrualBasis;
import io.crm4j.core.loyalty.AccrualRule;
import io.crm4j.core.loyalty.Campaign;
import io.crm4j.core.loyalty.ExpiryPolicy;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/** docs/concepts/points.md: a custom points programme with a campaign, expiry and a club threshold. */
public final class PointsClubExample {

  private PointsClubExample() {}

  /** Points and club membership after the first purchase and after the campaign purchase. */
  public record Result(long afterFirst, boolean clubAfterFirst, long afterSecond, boolean clubAfterSecond) {}

  public static Result run() {
    // snippet-start
    PointsProgramme shop = PointsProgramme.custom("shop")
        .rule(new AccrualRule.PerCurrencyUnit(Money.of("10.00", "CNY"), 1))     // 1 point per 10 yuan
        .campaign(new Campaign("singles-day", Instant.parse("2026-11-10T16:00:00Z"),
            Instant.parse("2026-11-11T16:00:00Z"), new BigDecimal("2"), 50))   // 11 Nov (Shanghai): x2 + 50
        .expiry(new ExpiryPolicy.EndOfYear(1))                                  // lapse at the end of next year
        .zone(ZoneId.of("Asia/Shanghai"))                                       // whose year end
        .clubThreshold(Money.of("1000.00", "CNY"))                              // club from CNY 1,000 spent
        .build();
    PointsAccount account = PointsAccount.open(CustomerId.of("C-1"), shop);

    Instant may = Instant.parse("2026-05-20T04:00:00Z");
    account = account.accrue(shop, AccrualBasis.purchase(Money.of("680.00", "CNY"), may, "order-1")).orElseThrow();
    long afterFirst = account.available(may);                                   // 68
    boolean clubAfterFirst = account.clubMemberOn(may);                         // false: CNY 680 spent

    Instant singlesDay = Instant.parse("2026-11-11T02:00:00Z");
    account = account.accrue(shop, AccrualBasis.purchase(Money.of("456.00", "CNY"), singlesDay, "order-2"))
        .orElseThrow();
    long afterSecond = account.available(singlesDay);                           // 68 + 45 x 2 + 50 = 208
    boolean clubAfterSecond = account.clubMemberOn(singlesDay);                 // true: CNY 1,136 spent
    // snippet-end
    return new Result(afterFirst, clubAfterFirst, afterSecond, clubAfterSecond);
  }
}
