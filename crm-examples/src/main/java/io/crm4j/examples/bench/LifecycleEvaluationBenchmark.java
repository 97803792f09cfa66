package io.crm4j.examples.bench;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Interaction;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Referral;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.EvaluationReport;
import io.crm4j.core.lifecycle.FactSource;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.lifecycle.LifecycleService;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.loyalty.LadderCriteria;
import io.crm4j.core.loyalty.LadderService;
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.loyalty.TierMeasure;
import io.crm4j.core.loyalty.TierProgramme;
import io.crm4j.core.loyalty.TierConfig;
import io.crm4j.core.loyalty.TierService;
import io.crm4j.core.money.Money;
import io.crm4j.core.service.CustomerStorage;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.store.memory.InMemoryStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The nightly "timed trigger": {@code ScheduledEvaluation.evaluateAll} over every customer of an
 * in-memory store, running the lifecycle policy, the five-stage ladder and a spend tier programme.
 * The store holds {@code customers} customers with 0 to 5 purchases each (about 2.5 on average),
 * some interactions and referrals over the year before the first evaluation. Setup runs one
 * evaluation so that every customer is tracked; each measured call then evaluates the next day,
 * as a daily job would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class LifecycleEvaluationBenchmark {

  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant FIRST_RUN = Instant.parse("2026-01-01T00:00:00Z");

  @Param("1000000")
  public int customers;

  private InMemoryStore store;
  private ScheduledEvaluation evaluation;
  private Instant asOf;

  @Setup(Level.Trial)
  public void fill() {
    store = InMemoryStore.create();
    Repository<CustomerId, Customer> repo = store.repository(CustomerStorage.CUSTOMERS);
    SplittableRandom random = new SplittableRandom(20_260_101L);
    List<Activity> batch = new ArrayList<>();
    for (int i = 0; i < customers; i++) {
      CustomerId id = CustomerId.of(String.format("C-%07d", i));
      repo.insert(Customer.individual(id, "Given", "Family", START));
      int purchases = random.nextInt(6);
      for (int p = 0; p < purchases; p++) {
        Instant at = START.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
        batch.add(new Purchase(ActivityId.of(id.value() + "-p" + p), id, at,
            Money.ofMinor(500 + random.nextInt(50_000), Currency.getInstance("EUR")), null));
      }
      if (random.nextInt(3) == 0) {
        batch.add(new Interaction(ActivityId.of(id.value() + "-i"), id, START.plus(Duration.ofDays(random.nextInt(365))),
            Interaction.Channel.WEB, Interaction.Direction.INBOUND, Interaction.Outcome.SUCCESSFUL, null));
      }
      if (random.nextInt(10) == 0) {
        batch.add(new Referral(ActivityId.of(id.value() + "-r"), id, START.plus(Duration.ofDays(random.nextInt(365))),
            null, true));
      }
      if (batch.size() >= 10_000) {
        store.activities().appendAll(batch);
        batch.clear();
      }
    }
    store.activities().appendAll(batch);
    Clock clock = Clock.fixed(FIRST_RUN, ZoneOffset.UTC);
    TierProgramme tiers = TierProgramme.custom("spend").tier("BLUE", 0).tier("SILVER", 500).tier("GOLD", 1500).build();
    evaluation = ScheduledEvaluation.of(store, FactSource.fromActivities(store.activities(), CustomerSignals.none()),
        List.of(LifecycleService.of(store, clock, LifecyclePolicy.ofDefaults()),
            LadderService.of(store, clock, LoyaltyLadder.fiveStage(LadderCriteria.ofDefaults())),
            TierService.of(store, clock, TierConfig.of(tiers, TierMeasure.spend(Currency.getInstance("EUR"))))))
        .withPageSize(1000).withListLimit(100);
    long t0 = System.nanoTime();
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    EvaluationReport first = evaluation.evaluateAll(FIRST_RUN);
    System.out.printf("%nfirst run (starts tracking every customer): %d ms wall, %d ms cpu, %d changes, %d customers%n",
        (System.nanoTime() - t0) / 1_000_000, (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu)
            / 1_000_000, first.changeCount(), first.customersEvaluated());
    asOf = FIRST_RUN;
  }

  /**
   * One daily run: every customer evaluated at the next day. Also prints the calling thread's CPU
   * time, which on a shared, loaded machine says more about the cost than the wall time does.
   */
  @Benchmark
  public EvaluationReport evaluateAllNextDay() {
    asOf = asOf.plus(Duration.ofDays(1));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    EvaluationReport report = evaluation.evaluateAll(asOf);
    System.out.printf("(cpu %d ms, %d changes) ", (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
        report.changeCount());
    return report;
  }

  @TearDown(Level.Trial)
  public void close() {
    store.close();
  }
}
