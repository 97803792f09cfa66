package io.crm4j.core.testing;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Refund;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.money.Money;
import io.crm4j.core.programme.ActivityRecorder;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.spi.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The nightly job of {@link ShopProgrammes} over 14 customers with a month of purchases and
 * refunds, walked 3 customers per page (5 pages): the run under test catches up 20 missed days at
 * once and changes every customer several times.
 */
public final class NightlyShop {

  public static final int CUSTOMERS = 14;
  public static final int PAGE = 3;
  /** Pages of a walk over the 14 customers, 3 per page. */
  public static final int PAGES = 5;
  /** The first run, which starts tracking every customer. */
  public static final Instant DAY0 = Instant.parse("2026-01-06T00:00:00Z");
  /** The run under test: 20 missed days caught up at once (a daily run at 02:00). */
  public static final Instant RUN = DAY0.plus(Duration.ofDays(20)).plus(Duration.ofHours(2));

  private NightlyShop() {}

  /** Registers the customers, records their activities, runs the first evaluation at {@link #DAY0}; returns the evaluation. */
  public static ScheduledEvaluation prepare(Store store) {
    CustomerService customers = CustomerService.of(store, CLOCK);
    SplittableRandom random = new SplittableRandom(21);
    List<Activity> all = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      String id = String.format("C-%02d", i);
      customers.register(customer(id));
      for (int p = 0; p < 1 + random.nextInt(4); p++) {
        Instant at = DAY0.minus(Duration.ofDays(5)).plus(Duration.ofMinutes(random.nextInt(25 * 24 * 60)));
        Purchase bought = purchase(id + "-p" + p, id, at, (20 + random.nextInt(90)) + ".00");
        all.add(bought);
        if (random.nextInt(4) == 0) {
          all.add(new Refund(ActivityId.of(id + "-r" + p), bought.customerId(), at.plus(Duration.ofDays(2)),
              Money.of("10.00", "EUR"), bought.id()));
        }
      }
    }
    all.sort(Comparator.comparing(Activity::at));
    ActivityRecorder.of(store, CLOCK, ShopProgrammes.programmes()).recordAll(all);
    ScheduledEvaluation evaluation = evaluation(store);
    evaluation.evaluateAll(DAY0);
    return evaluation;
  }

  /** The nightly evaluation on {@code store} (as a restarted process would build it again). */
  public static ScheduledEvaluation evaluation(Store store) {
    return ActivityRecorder.of(store, CLOCK, ShopProgrammes.programmes()).evaluation(CustomerSignals.none())
        .withPageSize(PAGE);
  }
}
