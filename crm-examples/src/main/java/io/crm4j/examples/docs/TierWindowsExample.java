package io.crm4j.examples.docs;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.loyalty.TierMeasure;
import io.crm4j.core.loyalty.TierMembership;
import io.crm4j.core.loyalty.TierProgramme;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** docs/concepts/tiers.md: one tier programme under each window kind, assessed on the same day. */
public final class TierWindowsExample {

  private TierWindowsExample() {}

  /** Per window kind: the tier after the purchase, and the tier announced on 2027-09-02 (empty if none). */
  public record Result(Map<TierProgramme.Window, String> afterPurchase, Map<TierProgramme.Window, String> pending) {}

  public static Result run() {
    // snippet-start
    TierProgramme base = TierProgramme.custom("club").tier("BLUE", 0).tier("SILVER", 1000)
        .periodMonths(12).graceDays(30).build();                     // window preset CALENDAR
    TierMeasure spend = TierMeasure.spend(Currency.getInstance("EUR"));
    CustomerId id = CustomerId.of("C-1");
    Instant joined = Instant.parse("2025-09-01T00:00:00Z");          // anniversary years start on 1 September
    List<Purchase> bought = List.of(Purchase.of(id, Instant.parse("2026-05-10T12:00:00Z"), Money.of("1200", "EUR")));
    Map<TierProgramme.Window, String> afterPurchase = new EnumMap<>(TierProgramme.Window.class);
    Map<TierProgramme.Window, String> pending = new EnumMap<>(TierProgramme.Window.class);   // "" if none

    for (TierProgramme.Window window : TierProgramme.Window.values()) {
      TierProgramme club = TierProgramme.from(base).window(window).build();
      TierMembership m = TierMembership.join(id, club, joined);
      m = m.evaluate(club, spend, CustomerFacts.of(id, Instant.parse("2026-05-11T00:00:00Z"), bought)).orElseThrow();
      afterPurchase.put(window, m.tier());                           // SILVER under every window
      Instant asOf = Instant.parse("2027-09-02T00:00:00Z");
      m = m.evaluate(club, spend, CustomerFacts.of(id, asOf, bought)).toOptional().orElse(m);
      // CALENDAR: 2026 held the purchase, nothing yet; ANNIVERSARY (2026-09-01 to 2027-09-01) and ROLLING: BLUE
      pending.put(window, m.pendingTier() == null ? "" : m.pendingTier());
    }
    // snippet-end
    return new Result(afterPurchase, pending);
  }
}
