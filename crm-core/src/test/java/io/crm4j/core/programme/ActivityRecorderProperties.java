package io.crm4j.core.programme;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Interaction;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Refund;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.EvaluationReport;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.money.Money;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.store.memory.InMemoryStore;
import io.crm4j.core.testing.ShopProgrammes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of recording and evaluating random months of activity (in-memory store). */
class ActivityRecorderProperties {

  private static final Instant DAY0 = Instant.parse("2026-03-02T00:00:00Z");
  private static final int DAYS = 30;

  /**
   * One catch-up {@code evaluateAll} after 30 days ends in the same states, with the same dated
   * histories (lifecycle, ladder and tier histories, points ledgers) and the same number of changes,
   * as 30 daily runs, each run at a random time of its day after that day's activity was recorded.
   */
  @Property(tries = 60)
  void evaluateAll_oneCatchUpRun_endsLikeDailyRuns(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int customers) {
    List<List<Activity>> days = month(seed, customers);
    List<CustomerId> ids = ids(customers);
    SplittableRandom runTimes = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<Object> daily;
    long dailyChanges = 0;
    try (InMemoryStore store = InMemoryStore.create()) {
      ActivityRecorder recorder = registered(store, ids);
      ScheduledEvaluation evaluation = recorder.evaluation(CustomerSignals.none());
      evaluation.evaluateAll(DAY0);
      for (int d = 0; d < DAYS; d++) {
        recorder.recordAll(days.get(d));
        Instant run = DAY0.plus(Duration.ofDays(d + 1)).plusSeconds(runTimes.nextInt(24 * 3600));
        dailyChanges += evaluation.evaluateAll(run).changeCount();
      }
      daily = ShopProgrammes.states(store, ids);
    }
    try (InMemoryStore store = InMemoryStore.create()) {
      ActivityRecorder recorder = registered(store, ids);
      ScheduledEvaluation evaluation = recorder.evaluation(CustomerSignals.none());
      evaluation.evaluateAll(DAY0);
      days.forEach(recorder::recordAll);
      EvaluationReport once = evaluation.evaluateAll(DAY0.plus(Duration.ofDays(DAYS)).plusSeconds(3600));
      assertThat(ShopProgrammes.states(store, ids)).isEqualTo(daily);
      assertThat(once.changeCount()).isEqualTo(dailyChanges);
    }
  }

  /** Recording every activity of a month a second time (one by one, in another order) changes nothing. */
  @Property(tries = 60)
  void record_replayingEveryActivity_changesNothing(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int customers) {
    List<CustomerId> ids = ids(customers);
    try (InMemoryStore store = InMemoryStore.create()) {
      ActivityRecorder recorder = registered(store, ids);
      List<Activity> all = new ArrayList<>();
      for (List<Activity> day : month(seed, customers)) {
        recorder.recordAll(day);
        all.addAll(day);
      }
      List<Object> before = ShopProgrammes.states(store, ids);
      long count = store.activities().count();
      Collections.shuffle(all, new Random(seed));
      for (Activity a : all) {
        assertThat(recorder.record(a).replayed()).isTrue();
      }
      assertThat(ShopProgrammes.states(store, ids)).isEqualTo(before);
      assertThat(store.activities().count()).isEqualTo(count);
    }
  }

  private static List<CustomerId> ids(int customers) {
    List<CustomerId> ids = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      ids.add(CustomerId.of("C-" + c));
    }
    return ids;
  }

  private static ActivityRecorder registered(InMemoryStore store, List<CustomerId> ids) {
    CustomerService service = CustomerService.of(store, CLOCK);
    ids.forEach(id -> service.register(Customer.individual(id, "Given", "Family", DAY0.minusSeconds(3600))));
    return ActivityRecorder.of(store, CLOCK, ShopProgrammes.programmes());
  }

  /**
   * A month of activity, day by day, each day's entries in time order: purchases in EUR (now and
   * then in USD, which earns nothing), refunds of up to the rest of an earlier EUR purchase, and
   * interactions.
   */
  private static List<List<Activity>> month(long seed, int customers) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<Activity>> days = new ArrayList<>();
    Map<Purchase, Long> refundable = new HashMap<>();
    List<Purchase> purchases = new ArrayList<>();
    int n = 0;
    for (int d = 0; d < DAYS; d++) {
      List<Activity> day = new ArrayList<>();
      int entries = random.nextInt(4);
      List<Integer> seconds = new ArrayList<>();
      for (int e = 0; e < entries; e++) {
        seconds.add(random.nextInt(24 * 3600));
      }
      seconds.sort(null);
      for (int s : seconds) {
        CustomerId c = CustomerId.of("C-" + random.nextInt(customers));
        Instant at = DAY0.plus(Duration.ofDays(d)).plusSeconds(s);
        ActivityId id = ActivityId.of("A-" + n++);
        int kind = random.nextInt(10);
        List<Purchase> own = purchases.stream()
            .filter(p -> p.customerId().equals(c) && refundable.get(p) > 0 && p.at().isBefore(at)).toList();
        if (kind < 2 && !own.isEmpty()) {
          Purchase p = own.get(random.nextInt(own.size()));
          long cents = 1 + random.nextLong(refundable.get(p));
          refundable.merge(p, -cents, Long::sum);
          day.add(new Refund(id, c, at, Money.ofMinor(cents, p.amount().currency()), p.id()));
        } else if (kind < 3) {
          day.add(new Interaction(id, c, at, Interaction.Channel.WEB, Interaction.Direction.INBOUND,
              Interaction.Outcome.SUCCESSFUL, null));
        } else {
          String currency = kind == 3 ? "USD" : "EUR";
          Purchase p = new Purchase(id, c, at, Money.ofMinor(100 + random.nextInt(15_000),
              Currency.getInstance(currency)), null);
          day.add(p);
          if (currency.equals("EUR")) {
            purchases.add(p);
            refundable.put(p, p.amount().minorUnits());
          }
        }
      }
      days.add(day);
    }
    return days;
  }
}
