package io.crm4j.examples.docs;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.loyalty.TierMeasure;
import io.crm4j.core.loyalty.TierMembership;
import io.crm4j.core.loyalty.TierProgramme;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** docs/concepts/tiers.md: a membership tier on a rolling 12-month window, with grace before a downgrade. */
public final class MembershipTierExample {

  private MembershipTierExample() {}

  /** The tier after the purchase, the scheduled downgrade once it left the window, and when it takes effect. */
  public record Result(String afterPurchase, String pendingTier, Instant pendingFrom) {}

  public static Result run() {
    // snippet-start
    TierProgramme club = TierProgramme.custom("club").tier("BLUE", 0).tier("SILVER", 1000)
        .window(TierProgramme.Window.ROLLING)            // the 12 months ending at each evaluation
        .graceDays(30)                                   // a downgrade takes effect 30 days after it is assessed
        .build();
    TierMeasure spend = TierMeasure.spend(Currency.getInstance("EUR"));
    CustomerId id = CustomerId.of("C-1");
    List<Purchase> bought = List.of(Purchase.of(id, Instant.parse("2026-03-01T12:00:00Z"), Money.of("1200", "EUR")));

    TierMembership member = TierMembership.join(id, club, Instant.parse("2026-01-05T00:00:00Z"));
    member = applied(member.evaluate(club, spend, CustomerFacts.of(id, Instant.parse("2026-03-02T00:00:00Z"), bought)));
    String afterPurchase = member.tier();                                       // SILVER at once

    // a year later the purchase has left the window (2026-03-01T12:00 -> 2027-03-01T12:00]: BLUE is announced
    member = applied(member.evaluate(club, spend, CustomerFacts.of(id, Instant.parse("2027-03-01T12:00:00Z"), bought)));
    String pending = member.pendingTier();                                      // BLUE
    Instant from = member.pendingFrom();                                        // 2027-03-31T12:00:00Z
    // snippet-end
    return new Result(afterPurchase, pending, from);
  }

  private static TierMembership applied(Outcome<TierMembership> outcome) {
    if (outcome instanceof Outcome.Applied<TierMembership> a) {
      return a.value();
    }
    throw new IllegalStateException("the example's step must be applied, but was " + outcome);
  }
}
