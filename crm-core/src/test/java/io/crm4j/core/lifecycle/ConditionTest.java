package io.crm4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Referral;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {

  private static final CustomerId C = CustomerId.of("C-1");
  private static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");
  private static final Instant SINCE = AS_OF.minus(Duration.ofDays(50));
  private static final CustomerFacts FACTS = new CustomerFacts(C, AS_OF,
      List.of(new Purchase(ActivityId.of("p1"), C, AS_OF.minus(Duration.ofDays(60)), Money.of("40", "EUR"), null),
          new Purchase(ActivityId.of("p2"), C, AS_OF.minus(Duration.ofDays(20)), Money.of("70", "EUR"), null)),
      List.of(), List.of(new Referral(ActivityId.of("r"), C, AS_OF.minus(Duration.ofDays(3)), null, true)), List.of(),
      2, true, 8.0, 9);

  @Test
  void test_eachCondition() {
    assertThat(new Condition.NoPurchaseFor(20).test(FACTS, SINCE)).isTrue();
    assertThat(new Condition.NoPurchaseFor(21).test(FACTS, SINCE)).isFalse();
    assertThat(new Condition.PurchasesAtLeast(2, null).test(FACTS, SINCE)).isTrue();
    assertThat(new Condition.PurchasesAtLeast(2, 30).test(FACTS, SINCE)).isFalse();
    assertThat(new Condition.PurchasesSinceAtLeast(1).test(FACTS, SINCE)).isTrue();
    assertThat(new Condition.PurchasesSinceAtLeast(2).test(FACTS, SINCE)).isFalse();
    // 40 + 70 = 110 EUR in all history, 70 in 30 days
    assertThat(new Condition.SpendAtLeast(Money.of("110", "EUR"), null).test(FACTS, SINCE)).isTrue();
    assertThat(new Condition.SpendAtLeast(Money.of("71", "EUR"), 30).test(FACTS, SINCE)).isFalse();
    assertThat(new Condition.ReferralsAtLeast(1, 7).test(FACTS, SINCE)).isTrue();
    assertThat(new Condition.InteractionsAtLeast(1, null).test(FACTS, SINCE)).isFalse();
    assertThat(new Condition.OpenComplaintsAtLeast(2).test(FACTS, SINCE)).isTrue();
    assertThat(new Condition.LatePaymentsAtLeast(1, 30).test(FACTS, SINCE)).isFalse();
    assertThat(new Condition.OwesBalance().test(FACTS, SINCE)).isTrue();
    assertThat(new Condition.SatisfactionAtLeast(8).test(FACTS, SINCE)).isTrue();
    assertThat(new Condition.NpsAtLeast(10).test(FACTS, SINCE)).isFalse();
    assertThat(new Condition.InStateAtLeast(50).test(FACTS, SINCE)).isTrue();
    assertThat(new Condition.InStateAtLeast(51).test(FACTS, SINCE)).isFalse();
    // with no purchase at all, quiet days count from the state's start
    CustomerFacts none = CustomerFacts.of(C, AS_OF, List.of());
    assertThat(new Condition.NoPurchaseFor(50).test(none, SINCE)).isTrue();
    assertThat(new Condition.NoPurchaseFor(51).test(none, SINCE)).isFalse();
    assertThat(new Condition.SatisfactionAtLeast(0).test(none, SINCE)).isFalse();
  }

  @Test
  void combinators() {
    Condition yes = new Condition.OwesBalance();
    Condition no = new Condition.NpsAtLeast(10);
    assertThat(Condition.allOf(yes, yes).test(FACTS, SINCE)).isTrue();
    assertThat(Condition.allOf(yes, no).test(FACTS, SINCE)).isFalse();
    assertThat(new Condition.AnyOf(List.of(no, yes)).test(FACTS, SINCE)).isTrue();
    assertThat(new Condition.AnyOf(List.of(no)).test(FACTS, SINCE)).isFalse();
    assertThat(new Condition.Not(no).test(FACTS, SINCE)).isTrue();
    assertThatThrownBy(() -> new Condition.AllOf(List.of())).hasMessage("all must hold at least one condition, but was empty");
    assertThatThrownBy(() -> new Condition.AnyOf(List.of())).hasMessage("any must hold at least one condition, but was empty");
  }

  @Test
  void constructors_invalid_areRefused() {
    assertThatThrownBy(() -> new Condition.NoPurchaseFor(0)).hasMessage("days must be > 0, but was 0");
    assertThatThrownBy(() -> new Condition.PurchasesAtLeast(0, null)).hasMessage("count must be > 0, but was 0");
    assertThatThrownBy(() -> new Condition.PurchasesAtLeast(1, 0))
        .hasMessage("windowDays must be > 0 or null for all history, but was 0");
    assertThatThrownBy(() -> new Condition.SpendAtLeast(Money.of("-1", "EUR"), null))
        .hasMessage("amount must be >= 0, but was EUR -1.00");
    assertThatThrownBy(() -> new Condition.SatisfactionAtLeast(Double.NaN))
        .hasMessage("minimum must be in [0, 10], but was NaN");
    assertThatThrownBy(() -> new Condition.NpsAtLeast(11)).hasMessage("minimum must be in [0, 10], but was 11");
    assertThatThrownBy(() -> new Condition.ReferralsAtLeast(-1, 5)).hasMessage("count must be > 0, but was -1");
    assertThatThrownBy(() -> new Condition.LatePaymentsAtLeast(1, -5))
        .hasMessage("windowDays must be > 0 or null for all history, but was -5");
    assertThatThrownBy(() -> new Condition.InStateAtLeast(0)).hasMessage("days must be > 0, but was 0");
    assertThatThrownBy(() -> new Condition.OpenComplaintsAtLeast(0)).hasMessage("count must be > 0, but was 0");
    assertThatThrownBy(() -> new Condition.InteractionsAtLeast(0, null)).hasMessage("count must be > 0, but was 0");
    assertThatThrownBy(() -> new Condition.PurchasesSinceAtLeast(0)).hasMessage("count must be > 0, but was 0");
  }
}
