package io.crm4j.examples.docs;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.loyalty.LadderCriteria;
import io.crm4j.core.loyalty.LadderMembership;
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** docs/concepts/loyalty.md: custom ladder criteria, stricter than the preset. */
public final class LadderCriteriaExample {

  private LadderCriteriaExample() {}

  /** The rung reached by two purchases under the custom criteria, and by three. */
  public record Result(String afterTwo, String afterThree) {}

  public static Result run(Instant start) {
    // snippet-start
    LadderCriteria strict = LadderCriteria.custom()
        .repeatPurchases(3).windowDays(90)         // CLIENT: 3 purchases in 90 days (preset 2 in 365)
        .supporterNps(10)                          // SUPPORTER: a recommend answer of 10 (preset 9)
        .inactivityDays(180)                       // demote one rung after 180 quiet days (preset 365)
        .build();
    LoyaltyLadder ladder = LoyaltyLadder.payne(strict);
    CustomerId id = CustomerId.of("C-1");
    LadderMembership member = LadderMembership.join(id, ladder, start);          // PROSPECT
    List<Purchase> two = List.of(
        Purchase.of(id, start.plus(Duration.ofDays(5)), Money.of("20.00", "EUR")),
        Purchase.of(id, start.plus(Duration.ofDays(40)), Money.of("35.00", "EUR")));
    member = member.evaluate(ladder, CustomerFacts.of(id, start.plus(Duration.ofDays(41)), two)).orElseThrow();
    String afterTwo = member.rung();                                              // CUSTOMER, not yet CLIENT

    List<Purchase> three = List.of(two.get(0), two.get(1),
        Purchase.of(id, start.plus(Duration.ofDays(60)), Money.of("15.00", "EUR")));
    member = member.evaluate(ladder, CustomerFacts.of(id, start.plus(Duration.ofDays(61)), three)).orElseThrow();
    String afterThree = member.rung();                                            // CLIENT
    // snippet-end
    return new Result(afterTwo, afterThree);
  }
}
