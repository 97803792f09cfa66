package io.crm4j.examples.bench;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Interaction;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Referral;
import io.crm4j.core.activity.Refund;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.EvaluationReport;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.loyalty.AccrualRule;
import io.crm4j.core.loyalty.LadderCriteria;
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.loyalty.TierMeasure;
import io.crm4j.core.loyalty.TierProgramme;
import io.crm4j.core.money.Money;
import io.crm4j.core.programme.ActivityRecorder;
import io.crm4j.core.programme.Programmes;
import io.crm4j.core.service.CustomerService;
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
import java.util.Comparator;
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
 * The nightly evaluation with the reactions wired: every activity of {@code customers} customers
 * is recorded once through an {@link ActivityRecorder} (points, club, refunds), and each measured
 * call is one run of {@link ActivityRecorder#evaluation}: the lifecycle policy, the five-stage
 * ladder and a spend tier programme (spend net of refunds), catching up day by day. The data are
 * those of {@link LifecycleEvaluationBenchmark} plus a partial refund for about one purchase in ten.
 * Setup records everything and runs one evaluation so that every customer is tracked; each
 * measured call then evaluates the next day, as a daily job would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ProgrammeEvaluationBenchmark {

  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant FIRST_RUN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Currency EUR = Currency.getInstance("EUR");

  @Param("1000000")
  public int customers;

  private InMemoryStore store;
  private ScheduledEvaluation evaluation;
  private Instant asOf;

  @Setup(Level.Trial)
  public void fill() {
    store = InMemoryStore.create();
    Clock clock = Clock.fixed(FIRST_RUN, ZoneOffset.UTC);
    Programmes programmes = Programmes.custom("bench")
        .points(PointsProgramme.custom("shop").rule(new AccrualRule.PerCurrencyUnit(Money.of("1", "EUR"), 1))
            .clubThreshold(Money.of("1000", "EUR")).build(), Programmes.Earning.PURCHASES)
        .lifecycle(LifecyclePolicy.ofDefaults())
        .ladder(LoyaltyLadder.fiveStage(LadderCriteria.ofDefaults()))
        .tiers(TierProgramme.custom("spend").tier("BLUE", 0).tier("SILVER", 500).tier("GOLD", 1500).build(),
            TierMeasure.spend(EUR))
        .build();
    ActivityRecorder recorder = ActivityRecorder.of(store, clock, programmes);
    Repository<CustomerId, Customer> repo = store.repository(CustomerStorage.CUSTOMERS);
    SplittableRandom random = new SplittableRandom(20_260_101L);
    long t0 = System.nanoTime();
    long recorded = 0;
    for (int i = 0; i < customers; i++) {
      CustomerId id = CustomerId.of(String.format("C-%07d", i));
      repo.insert(Customer.individual(id, "Given", "Family", START));
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
      recorder.recordAll(own);
      recorded += own.size();
    }
    System.out.printf("%nrecorded %d activities of %d customers through the recorder in %d ms%n", recorded,
        customers, (System.nanoTime() - t0) / 1_000_000);
    evaluation = recorder.evaluation(CustomerSignals.none()).withPageSize(1000).withListLimit(100);
    t0 = System.nanoTime();
    EvaluationReport first = evaluation.evaluateAll(FIRST_RUN);
    System.out.printf("first run (starts tracking every customer): %d ms wall, %d changes, %d customers%n",
        (System.nanoTime() - t0) / 1_000_000, first.changeCount(), first.customersEvaluated());
    asOf = FIRST_RUN;
  }

  /** One daily run: every customer evaluated at the next start of day; also prints the thread's CPU time. */
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
