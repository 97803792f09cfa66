package io.crm4j.core.testing;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerLifecycle;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.lifecycle.LifecycleStorage;
import io.crm4j.core.loyalty.AccrualRule;
import io.crm4j.core.loyalty.LadderCriteria;
import io.crm4j.core.loyalty.LadderMembership;
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.loyalty.LoyaltyStorage;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.loyalty.TierMeasure;
import io.crm4j.core.loyalty.TierMembership;
import io.crm4j.core.loyalty.TierProgramme;
import io.crm4j.core.money.Money;
import io.crm4j.core.programme.Programmes;
import io.crm4j.core.spi.Store;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A shop running every programme with short spans, so that a month of activity moves customers:
 * 1 point per EUR 1 and a club from EUR 100, lapsing after 10 days without a purchase, the
 * five-stage ladder over 30 days (demotion after 10 quiet days), monthly spend tiers from EUR 100.
 */
public final class ShopProgrammes {

  public static final PointsProgramme POINTS = PointsProgramme.custom("shop")
      .rule(new AccrualRule.PerCurrencyUnit(Money.of("1", "EUR"), 1))
      .clubThreshold(Money.of("100", "EUR"))
      .build();

  private ShopProgrammes() {}

  public static Programmes.Builder builder() {
    return Programmes.custom("shop")
        .points(POINTS, Programmes.Earning.PURCHASES)
        .lifecycle(LifecyclePolicy.custom().lapseAfterDays(10).declineAfterDays(5).build())
        .ladder(LoyaltyLadder.fiveStage(LadderCriteria.custom().windowDays(30).inactivityDays(10).build()))
        .tiers(TierProgramme.custom("spend").tier("BLUE", 0).tier("SILVER", 100).periodMonths(1).graceDays(3)
            .build(), TierMeasure.spend(Currency.getInstance("EUR")));
  }

  public static Programmes programmes() {
    return builder().build();
  }

  /** Every programme's state of each customer (versions set to 0: they count writes, not results). */
  public static List<Object> states(Store store, List<CustomerId> customers) {
    List<Object> out = new ArrayList<>();
    for (CustomerId id : customers) {
      out.add(store.repository(LifecycleStorage.LIFECYCLES).find(id).map(l -> l.withVersion(0)).orElse(null));
      out.add(store.repository(LoyaltyStorage.LADDER_MEMBERSHIPS).find(id).map(m -> m.withVersion(0)).orElse(null));
      out.add(store.repository(LoyaltyStorage.TIER_MEMBERSHIPS).find(id).map(m -> m.withVersion(0)).orElse(null));
      // the whole ledger read now: an account reads older lines from its store when first needed
      out.add(store.repository(LoyaltyStorage.POINTS_ACCOUNTS).find(id).map(a -> new PointsAccount(a.customerId(), 0,
          a.programme(), List.copyOf(a.entries()), a.lots(), a.balance(), a.lastActivityAt(), a.cumulativeSpend(),
          a.clubSince())).orElse(null));
    }
    return out;
  }
}
