package io.crm4j.examples.docs;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.loyalty.LadderCriteria;
import io.crm4j.core.loyalty.LadderMembership;
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** docs/concepts/loyalty.md: a customer climbing Payne's loyalty ladder. */
public final class LoyaltyExample {

  private LoyaltyExample() {}

  public static String run(Instant start) {
    // snippet-start
    LoyaltyLadder ladder = LoyaltyLadder.payne(LadderCriteria.ofDefaults());   // 2 purchases in 365 days: CLIENT
    CustomerId id = CustomerId.of("C-1");
    LadderMembership member = LadderMembership.join(id, ladder, start);         // PROSPECT

    Instant asOf = start.plus(Duration.ofDays(60));
    CustomerFacts facts = CustomerFacts.of(id, asOf, List.of(
        Purchase.of(id, start.plus(Duration.ofDays(5)), Money.of("20.00", "EUR")),
        Purchase.of(id, start.plus(Duration.ofDays(40)), Money.of("35.00", "EUR"))));
    Outcome<LadderMembership> outcome = member.evaluate(ladder, facts);   // rejected (NO_CHANGE) if no rule applies
    String rung = outcome.toOptional().orElse(member).rung();                   // CLIENT
    // snippet-end
    return rung;
  }
}
