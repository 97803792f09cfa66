package io.crm4j.examples.bench;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Interaction;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Referral;
import io.crm4j.core.activity.Refund;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.loyalty.AccrualRule;
import io.crm4j.core.loyalty.LadderCriteria;
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.loyalty.TierMeasure;
import io.crm4j.core.loyalty.TierProgramme;
import io.crm4j.core.money.Money;
import io.crm4j.core.programme.Programmes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The shop of the nightly-job benchmarks ({@link ProgrammeEvaluationBenchmark} in memory,
 * {@link NightlyJobBenchmark} on a database), simulated in one place: points (1 per EUR 1, club
 * from EUR 1,000), the default lifecycle policy, the five-stage ladder and a spend tier programme;
 * customer {@code i} is {@code C-<i, 7 digits>}, registered at {@link #START}, with 0 to 5
 * purchases in 2025 (2.5 on average, EUR 5 to 505), a partial refund of about one purchase in ten,
 * a web interaction for one customer in three and a referral for one in ten.
 */
final class ProgrammeBenchData {

  static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  /** The first nightly run, which starts tracking every customer. */
  static final Instant FIRST_RUN = Instant.parse("2026-01-01T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(FIRST_RUN, ZoneOffset.UTC);
  static final Currency EUR = Currency.getInstance("EUR");
  /** The seed of the random numbers; draw every customer's activities from one generator, in id order. */
  static final long SEED = 20_260_101L;

  private ProgrammeBenchData() {}

  static Programmes programmes() {
    return Programmes.custom("bench")
        .points(PointsProgramme.custom("shop").rule(new AccrualRule.PerCurrencyUnit(Money.of("1", "EUR"), 1))
            .clubThreshold(Money.of("1000", "EUR")).build(), Programmes.Earning.PURCHASES)
        .lifecycle(LifecyclePolicy.ofDefaults())
        .ladder(LoyaltyLadder.fiveStage(LadderCriteria.ofDefaults()))
        .tiers(TierProgramme.custom("spend").tier("BLUE", 0).tier("SILVER", 500).tier("GOLD", 1500).build(),
            TierMeasure.spend(EUR))
        .build();
  }

  static Customer customer(int i) {
    return Customer.individual(CustomerId.of(String.format("C-%07d", i)), "Given", "Family", START);
  }

  /** The activities of {@code id}, in time order, drawn from {@code random}. */
  static List<Activity> activities(CustomerId id, SplittableRandom random) {
    List<Activity> own = new ArrayList<>();
    int purchases = random.nextInt(6);
    for (int p = 0; p < purchases; p++) {
      Instant at = START.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
      Purchase bought = new Purchase(ActivityId.of(id.value() + "-p" + p), id, at,
          Money.ofMinor(500 + random.nextInt(50_000), EUR), null);
      own.add(bought);
      if (random.nextInt(10) == 0) {
        own.add(new Refund(ActivityId.of(id.value() + "-f" + p), id, at.plus(Duration.ofDays(3)),
            Money.ofMinor(1 + random.nextLong(bought.amount().minorUnits()), EUR), bought.id()));
      }
    }
    if (random.nextInt(3) == 0) {
      own.add(new Interaction(ActivityId.of(id.value() + "-i"), id, START.plus(Duration.ofDays(random.nextInt(365))),
          Interaction.Channel.WEB, Interaction.Direction.INBOUND, Interaction.Outcome.SUCCESSFUL, null));
    }
    if (random.nextInt(10) == 0) {
      own.add(new Referral(ActivityId.of(id.value() + "-r"), id, START.plus(Duration.ofDays(random.nextInt(365))),
          null, true));
    }
    own.sort(Comparator.comparing(Activity::at));
    return own;
  }
}
