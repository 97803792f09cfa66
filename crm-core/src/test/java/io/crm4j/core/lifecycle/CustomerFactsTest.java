package io.crm4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Interaction;
import io.crm4j.core.activity.Payment;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Referral;
import io.crm4j.core.activity.Refund;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CustomerFactsTest {

  private static final CustomerId C = CustomerId.of("C-1");
  private static final Instant AS_OF = Instant.parse("2026-06-30T12:00:00Z");
  private static final Currency EUR = Currency.getInstance("EUR");

  private static Instant daysBefore(int days) {
    return AS_OF.minus(Duration.ofDays(days));
  }

  private static final List<Activity> LOG = List.of(
      new Purchase(ActivityId.of("p3"), C, daysBefore(30), Money.of("30", "EUR"), null),
      new Purchase(ActivityId.of("p1"), C, daysBefore(400), Money.of("10", "EUR"), null),
      new Purchase(ActivityId.of("p2"), C, daysBefore(90), Money.of("20", "EUR"), null),
      new Purchase(ActivityId.of("pu"), C, daysBefore(10), Money.of("99", "USD"), null),
      new Purchase(ActivityId.of("future"), C, AS_OF.plusSeconds(1), Money.of("1000", "EUR"), null),
      new Payment(ActivityId.of("late"), C, daysBefore(20), Money.of("5", "EUR"), "i1", LocalDate.parse("2026-06-01")),
      new Payment(ActivityId.of("ok"), C, daysBefore(20), Money.of("5", "EUR"), "i2", LocalDate.parse("2026-06-10")),
      new Referral(ActivityId.of("r"), C, daysBefore(5), null, false),
      new Interaction(ActivityId.of("i"), C, daysBefore(500), Interaction.Channel.EMAIL, Interaction.Direction.OUTBOUND,
          Interaction.Outcome.NO_RESPONSE, null));

  @Test
  void spend_lessRefundsOfThePurchasesInTheWindow() {
    Purchase old = new Purchase(ActivityId.of("old"), C, daysBefore(400), Money.of("10", "EUR"), null);
    Purchase recent = new Purchase(ActivityId.of("recent"), C, daysBefore(30), Money.of("30", "EUR"), null);
    List<Activity> log = List.of(old, recent,
        new Refund(ActivityId.of("r1"), C, daysBefore(20), Money.of("12.50", "EUR"), recent.id()),
        new Refund(ActivityId.of("r2"), C, daysBefore(1), Money.of("10", "EUR"), old.id()),
        new Refund(ActivityId.of("later"), C, AS_OF.plusSeconds(1), Money.of("5", "EUR"), recent.id()));
    CustomerFacts f = CustomerFacts.of(C, AS_OF, log);
    assertThat(f.refunds()).extracting(a -> a.id().value()).containsExactly("r1", "r2");
    // 30 - 12.50 in the last 365 days; the refund after asOf does not count yet
    assertThat(f.spend(365, EUR)).isEqualTo(Money.of("17.50", "EUR"));
    // the old purchase was refunded in full
    assertThat(f.spend(null, EUR)).isEqualTo(Money.of("17.50", "EUR"));
    assertThat(f.spend(daysBefore(401), daysBefore(399), EUR)).isEqualTo(Money.of("0", "EUR"));
    assertThat(f.firstActivityAt()).contains(daysBefore(400));
  }

  @Test
  void of_keepsActivityUpToAsOfInTimeOrder() {
    CustomerFacts f = CustomerFacts.of(C, AS_OF, LOG);
    assertThat(f.purchases()).extracting(p -> p.id().value()).containsExactly("p1", "p2", "p3", "pu");
    assertThat(f.lastPurchaseAt()).contains(daysBefore(10));
    assertThat(f.firstActivityAt()).contains(daysBefore(500));
    assertThat(f.openComplaints()).isZero();
    assertThat(f.nps()).isNull();
  }

  @Test
  void windows_countTheDaysBeforeAsOf() {
    CustomerFacts f = CustomerFacts.of(C, AS_OF, LOG);
    assertThat(f.purchaseCount(null)).isEqualTo(4);
    // a 90-day window holds (asOf - 90 days, asOf]: the purchase exactly 90 days ago is outside
    assertThat(f.purchaseCount(90)).isEqualTo(2);
    assertThat(f.purchaseCount(91)).isEqualTo(3);
    // EUR spend in 365 days: 20 + 30 (the USD purchase is not counted)
    assertThat(f.spend(365, Currency.getInstance("EUR"))).isEqualTo(Money.of("50", "EUR"));
    assertThat(f.spend(null, Currency.getInstance("USD"))).isEqualTo(Money.of("99", "USD"));
    // paid 2026-06-10 for an invoice due 2026-06-01: late; the other was on time
    assertThat(f.latePaymentCount(30)).isEqualTo(1);
    assertThat(f.referralCount(7)).isEqualTo(1);
    assertThat(f.interactionCount(365)).isZero();
    // strictly after: the purchase exactly 30 days ago is not counted
    assertThat(f.purchasesAfter(daysBefore(30))).isEqualTo(1);
    assertThat(f.daysSince(daysBefore(12))).isEqualTo(12);
    assertThat(f.daysSince(AS_OF.plusSeconds(5))).isZero();
  }

  @Test
  void of_signals_areCarried() {
    CustomerSignals s = new CustomerSignals() {
      @Override
      public OptionalInt nps(CustomerId customerId, Instant asOf) {
        return OptionalInt.of(9);
      }

      @Override
      public OptionalDouble satisfaction(CustomerId customerId, Instant asOf) {
        return OptionalDouble.of(7.5);
      }
    };
    CustomerFacts f = CustomerFacts.of(C, AS_OF, List.of(), s);
    assertThat(f.nps()).isEqualTo(9);
    assertThat(f.satisfaction()).isEqualTo(7.5);
    assertThat(f.firstActivityAt()).isEmpty();
    assertThat(CustomerSignals.none().owesBalance(C, AS_OF)).isFalse();
  }

  @Test
  void constructor_invalid_isRefused() {
    assertThatThrownBy(() -> new CustomerFacts(C, AS_OF, List.of(), List.of(), List.of(), List.of(), -1, false, null,
        null)).hasMessage("openComplaints must be >= 0, but was -1");
    assertThatThrownBy(() -> new CustomerFacts(C, AS_OF, List.of(), List.of(), List.of(), List.of(), 0, false,
        Double.NaN, null)).hasMessage("satisfaction must be in [0, 10], but was NaN");
    assertThatThrownBy(() -> new CustomerFacts(C, AS_OF, List.of(), List.of(), List.of(), List.of(), 0, false, null,
        11)).hasMessage("nps must be in [0, 10], but was 11");
    assertThatThrownBy(() -> new CustomerFacts(C, AS_OF, List.of(new Purchase(ActivityId.of("x"), C,
        AS_OF.plusSeconds(1), Money.of("1", "EUR"), null)), List.of(), List.of(), List.of(), 0, false, null, null))
        .hasMessageContaining("purchases must not be after asOf");
  }
}
