package io.crm4j.examples.bench;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.EvaluationReport;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.programme.ActivityRecorder;
import io.crm4j.core.service.CustomerStorage;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.store.memory.InMemoryStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
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
 * those of {@link ProgrammeBenchData} ({@link LifecycleEvaluationBenchmark}'s plus a partial refund for
 * about one purchase in ten); {@link NightlyJobBenchmark} runs the same job on PostgreSQL and H2.
 * Setup records everything and runs one evaluation so that every customer is tracked; each
 * measured call then evaluates the next day, as a daily job would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ProgrammeEvaluationBenchmark {

  @Param("1000000")
  public int customers;

  private InMemoryStore store;
  private ScheduledEvaluation evaluation;
  private Instant asOf;

  @Setup(Level.Trial)
  public void fill() {
    store = InMemoryStore.create();
    ActivityRecorder recorder = ActivityRecorder.of(store, ProgrammeBenchData.CLOCK, ProgrammeBenchData.programmes());
    Repository<CustomerId, Customer> repo = store.repository(CustomerStorage.CUSTOMERS);
    SplittableRandom random = new SplittableRandom(ProgrammeBenchData.SEED);
    long t0 = System.nanoTime();
    long recorded = 0;
    for (int i = 0; i < customers; i++) {
      Customer customer = repo.insert(ProgrammeBenchData.customer(i));
      List<Activity> own = ProgrammeBenchData.activities(customer.id(), random);
      recorder.recordAll(own);
      recorded += own.size();
    }
    System.out.printf("%nrecorded %d activities of %d customers through the recorder in %d ms%n", recorded,
        customers, (System.nanoTime() - t0) / 1_000_000);
    evaluation = recorder.evaluation(CustomerSignals.none()).withPageSize(1000).withListLimit(100);
    t0 = System.nanoTime();
    EvaluationReport first = evaluation.evaluateAll(ProgrammeBenchData.FIRST_RUN);
    System.out.printf("first run (starts tracking every customer): %d ms wall, %d changes, %d customers%n",
        (System.nanoTime() - t0) / 1_000_000, first.changeCount(), first.customersEvaluated());
    asOf = ProgrammeBenchData.FIRST_RUN;
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
