package io.crm4j.core.spi;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Payment;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Refund;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.EvaluationReport;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.loyalty.AccrualRule;
import io.crm4j.core.loyalty.LedgerEntry;
import io.crm4j.core.loyalty.LoyaltyEvent;
import io.crm4j.core.loyalty.LoyaltyStorage;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.loyalty.TierMembership;
import io.crm4j.core.money.Money;
import io.crm4j.core.programme.ActivityRecorder;
import io.crm4j.core.programme.Programmes;
import io.crm4j.core.programme.Recording;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.testing.ShopProgrammes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link ActivityRecorder} (record once, every programme reacts) on every store. */
public interface ActivityRecorderContract extends StoreFixture {

  CustomerId C1 = CustomerId.of("C-1");
  CustomerId C2 = CustomerId.of("C-2");

  private static ActivityRecorder recorder(Store store) {
    CustomerService customers = CustomerService.of(store, CLOCK);
    customers.register(customer("C-1"));
    customers.register(customer("C-2"));
    return ActivityRecorder.of(store, CLOCK, ShopProgrammes.programmes());
  }

  private static PointsAccount account(Store store, CustomerId id) {
    return store.repository(LoyaltyStorage.POINTS_ACCOUNTS).find(id).orElseThrow();
  }

  @Test
  default void record_purchase_accruesPointsSpendAndClubOnceEvenWhenReplayed() {
    try (Store store = newStore()) {
      ActivityRecorder recorder = recorder(store);
      Purchase p = purchase("A-1", "C-1", T0, "120.50");
      Recording first = recorder.record(p);
      assertThat(first.replayed()).isFalse();
      assertThat(first.events()).hasAtLeastOneElementOfType(LoyaltyEvent.ClubJoined.class);
      Recording again = recorder.record(p);
      assertThat(again.replayed()).isTrue();
      assertThat(again.events()).isEmpty();
      assertThat(recorder.recordAll(List.of(p, p))).extracting(Recording::replayed).containsExactly(true, true);

      PointsAccount a = account(store, C1);
      // 1 point per whole EUR 1 of EUR 120.50 (ShopProgrammes.POINTS), booked once
      assertThat(a.entries()).extracting(LedgerEntry::points).containsExactly(120L);
      assertThat(a.entries().get(0).reference()).isEqualTo("A-1");
      assertThat(a.cumulativeSpend()).isEqualTo(Money.of("120.50", "EUR"));
      assertThat(a.clubSince()).isEqualTo(T0);
      assertThat(a.version()).isEqualTo(1);
      assertThat(store.activities().count()).isEqualTo(1);
    }
  }

  @Test
  default void record_refunds_reversePointsAndSpendAndLeaveTheClub() {
    try (Store store = newStore()) {
      ActivityRecorder recorder = recorder(store);
      Purchase p = purchase("A-1", "C-1", T0, "120.50");
      recorder.record(p);
      Refund part = new Refund(ActivityId.of("R-1"), C1, T0.plusSeconds(60), Money.of("15.50", "EUR"), p.id());
      recorder.record(part);
      recorder.record(part);
      // EUR 105.00 left earns 105 points: 15 of the 120 go back; EUR 105.00 still reaches the club's EUR 100
      PointsAccount a = account(store, C1);
      assertThat(a.entries()).extracting(LedgerEntry::points).containsExactly(120L, -15L);
      assertThat(a.entries().get(1).relatesTo()).isEqualTo(1L);
      assertThat(a.cumulativeSpend()).isEqualTo(Money.of("105.00", "EUR"));
      assertThat(a.clubSince()).isEqualTo(T0);

      Recording rest = recorder.record(new Refund(ActivityId.of("R-2"), C1, T0.plusSeconds(120),
          Money.of("105.00", "EUR"), p.id()));
      assertThat(rest.events()).hasAtLeastOneElementOfType(LoyaltyEvent.ClubLeft.class);
      a = account(store, C1);
      assertThat(a.entries()).extracting(LedgerEntry::points).containsExactly(120L, -15L, -105L);
      assertThat(a.balance()).isZero();
      assertThat(a.cumulativeSpend()).isEqualTo(Money.of("0.00", "EUR"));
      assertThat(a.clubSince()).isNull();
      assertThat(store.activities().count()).isEqualTo(3);
    }
  }

  @Test
  default void record_invalidRefunds_areRefusedAndStoreNothing() {
    try (Store store = newStore()) {
      ActivityRecorder recorder = recorder(store);
      Purchase p = purchase("A-1", "C-1", T0, "20.00");
      recorder.record(p);
      assertThatThrownBy(() -> recorder.record(new Refund(ActivityId.of("R-1"), C1, T0.plusSeconds(1),
          Money.of("20.01", "EUR"), p.id())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("refunds of purchase A-1 must add up to at most its EUR 20.00, but would reach EUR 20.01");
      assertThatThrownBy(() -> recorder.record(new Refund(ActivityId.of("R-2"), C2, T0.plusSeconds(1),
          Money.of("1.00", "EUR"), p.id())))
          .hasMessage("purchaseId must name a recorded purchase of customer C-2, but was A-1");
      assertThatThrownBy(() -> recorder.record(new Refund(ActivityId.of("R-3"), C1, T0.plusSeconds(1),
          Money.of("1.00", "USD"), p.id())))
          .hasMessage("amount must be in the currency of purchase A-1, EUR, but was in USD");
      assertThatThrownBy(() -> recorder.record(new Refund(ActivityId.of("R-4"), C1, T0.minusSeconds(1),
          Money.of("1.00", "EUR"), p.id())))
          .hasMessage("at must not be before purchase A-1 at 2026-01-05T09:00:00Z, but was 2026-01-05T08:59:59Z");
      assertThat(store.activities().count()).isEqualTo(1);
      assertThat(account(store, C1).entries()).hasSize(1);
    }
  }

  @Test
  default void record_unregisteredCustomer_isRefusedUnlessBulkImport() {
    try (Store store = newStore()) {
      ActivityRecorder recorder = recorder(store);
      Purchase stranger = purchase("A-9", "C-9", T0, "10.00");
      assertThatThrownBy(() -> recorder.record(stranger))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("customerId must name a registered customer, but was C-9 (a bulk import may accept "
              + "unregistered customers: withUnregisteredCustomers(true))");
      // all or nothing: the registered customer's purchase before it is not kept either
      assertThatThrownBy(() -> recorder.recordAll(List.of(purchase("A-1", "C-1", T0, "10.00"), stranger)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(store.activities().count()).isZero();
      assertThat(store.repository(LoyaltyStorage.POINTS_ACCOUNTS).find(C1)).isEmpty();

      recorder.withUnregisteredCustomers(true).record(stranger);
      assertThat(store.activities().byCustomer(CustomerId.of("C-9"))).containsExactly(stranger);
      assertThat(account(store, CustomerId.of("C-9")).balance()).isEqualTo(10);
    }
  }

  @Test
  default void record_foreignCurrency_earnsNothingUnlessConverted() {
    try (Store store = newStore()) {
      ActivityRecorder recorder = recorder(store);
      recorder.record(purchase("A-1", "C-1", T0, "10.00"));
      Purchase dollars = new Purchase(ActivityId.of("A-2"), C1, T0.plusSeconds(1), Money.of("500.00", "USD"), null);
      assertThat(recorder.record(dollars).events()).isEmpty();
      PointsAccount a = account(store, C1);
      assertThat(a.balance()).isEqualTo(10);
      assertThat(a.cumulativeSpend()).isEqualTo(Money.of("10.00", "EUR"));
      assertThat(store.activities().count()).isEqualTo(2);

      // with a conversion at EUR 0.90 per USD (a test rate), USD 500.00 is EUR 450.00: 450 points
      ActivityRecorder converting = ActivityRecorder.of(store, CLOCK, ShopProgrammes.builder()
          .conversion((m, to, at) -> Money.of(m.amount().multiply(new BigDecimal("0.90"))
              .setScale(2, RoundingMode.HALF_EVEN), to)).build());
      Purchase more = new Purchase(ActivityId.of("A-3"), C2, T0.plusSeconds(2), Money.of("500.00", "USD"), null);
      converting.record(more);
      assertThat(account(store, C2).balance()).isEqualTo(450);
      assertThat(account(store, C2).cumulativeSpend()).isEqualTo(Money.of("450.00", "EUR"));
    }
  }

  @Test
  default void record_bills_onTimeAccrueAndMissedForfeit() {
    try (Store store = newStore()) {
      recorder(store);
      PointsProgramme telecom = PointsProgramme.telecom(Money.of("10", "CNY"));
      ActivityRecorder recorder = ActivityRecorder.of(store, CLOCK,
          Programmes.custom("telecom").points(telecom, Programmes.Earning.BILLS).build());
      LocalDate due = LocalDate.of(2026, 1, 20);
      recorder.record(new Payment(ActivityId.of("B-1"), C1, T0, Money.of("88.00", "CNY"), "INV-1", due));
      // a purchase earns nothing under BILLS
      assertThat(recorder.record(new Purchase(ActivityId.of("A-1"), C1, T0.plusSeconds(1), Money.of("50.00", "CNY"),
          null)).events()).isEmpty();
      // 1 point per month of tenure + 1 point per CNY 10 of CNY 88.00 = 1 + 8 (the source's telecom preset)
      assertThat(account(store, C1).balance()).isEqualTo(9);
      Instant late = Instant.parse("2026-02-21T10:00:00Z");
      recorder.record(new Payment(ActivityId.of("B-2"), C1, late, Money.of("60.00", "CNY"), "INV-2",
          LocalDate.of(2026, 2, 20)));
      PointsAccount a = account(store, C1);
      assertThat(a.balance()).isZero();
      assertThat(a.entries()).extracting(LedgerEntry::type)
          .containsExactly(LedgerEntry.Type.ACCRUAL, LedgerEntry.Type.FORFEIT);
    }
  }

  @Test
  default void evaluation_refundLowersTierSpend() {
    try (Store store = newStore()) {
      ActivityRecorder recorder = recorder(store);
      Purchase p1 = purchase("A-1", "C-1", T0, "80.00");
      Purchase p2 = purchase("A-2", "C-2", T0, "80.00");
      recorder.recordAll(List.of(p1, p2, purchase("A-3", "C-1", T0.plusSeconds(1), "30.00"),
          purchase("A-4", "C-2", T0.plusSeconds(1), "30.00"),
          new Refund(ActivityId.of("R-1"), C2, T0.plusSeconds(2), Money.of("20.00", "EUR"), p2.id())));
      recorder.evaluation(CustomerSignals.none()).evaluateAll(T0.plus(Duration.ofDays(1)));
      // C-1 spent EUR 110 this month (SILVER from EUR 100), C-2 EUR 110 less EUR 20 refunded
      assertThat(store.repository(LoyaltyStorage.TIER_MEMBERSHIPS).find(C1).orElseThrow().tier()).isEqualTo("SILVER");
      assertThat(store.repository(LoyaltyStorage.TIER_MEMBERSHIPS).find(C2).orElseThrow().tier()).isEqualTo("BLUE");
    }
  }

  @Test
  default void evaluation_oneCatchUpRun_endsLikeDailyRuns() {
    List<CustomerId> ids = List.of(C1, C2);
    List<List<Activity>> days = new ArrayList<>();
    Instant day0 = Instant.parse("2026-01-06T00:00:00Z");
    for (int d = 0; d < 30; d++) {
      days.add(new ArrayList<>());
    }
    Purchase big = purchase("A-1", "C-1", day0.plus(Duration.ofHours(13)), "70.00");
    days.get(0).add(big);
    days.get(1).add(purchase("A-2", "C-1", day0.plus(Duration.ofHours(24 + 8)), "40.00"));
    days.get(2).add(purchase("A-3", "C-2", day0.plus(Duration.ofHours(48 + 9)), "15.00"));
    days.get(4).add(new Refund(ActivityId.of("R-1"), C1, day0.plus(Duration.ofHours(96 + 1)),
        Money.of("30.00", "EUR"), big.id()));
    days.get(17).add(purchase("A-4", "C-2", day0.plus(Duration.ofHours(17 * 24 + 20)), "5.00"));
    List<Object> daily;
    List<EvaluationReport> dailyReports = new ArrayList<>();
    try (Store store = newStore()) {
      ActivityRecorder recorder = recorder(store);
      ScheduledEvaluation evaluation = recorder.evaluation(CustomerSignals.none());
      evaluation.evaluateAll(day0);
      for (int d = 0; d < 30; d++) {
        recorder.recordAll(days.get(d));
        // each daily run starts at 02:00, after that day's activity was recorded
        dailyReports.add(evaluation.evaluateAll(day0.plus(Duration.ofDays(d + 1)).plus(Duration.ofHours(2))));
      }
      daily = ShopProgrammes.states(store, ids);
    }
    try (Store store = newStore()) {
      ActivityRecorder recorder = recorder(store);
      ScheduledEvaluation evaluation = recorder.evaluation(CustomerSignals.none());
      evaluation.evaluateAll(day0);
      days.forEach(recorder::recordAll);
      EvaluationReport once = evaluation.evaluateAll(day0.plus(Duration.ofDays(30)).plus(Duration.ofHours(2)));
      assertThat(ShopProgrammes.states(store, ids)).isEqualTo(daily);
      assertThat(once.changeCount()).isEqualTo(dailyReports.stream().mapToLong(EvaluationReport::changeCount).sum());
      assertThat(once.asOf()).isEqualTo(day0.plus(Duration.ofDays(30)));
      // a second run on the same day finds no day left to evaluate
      assertThat(evaluation.evaluateAll(day0.plus(Duration.ofDays(30)).plus(Duration.ofHours(5))).customersEvaluated())
          .isZero();
    }
    // the month moved both customers: C-1 lapsed 10 days after the last purchase (dated at that day's start)
    assertThat(daily.get(0).toString()).contains("LAPSED");
  }
}
