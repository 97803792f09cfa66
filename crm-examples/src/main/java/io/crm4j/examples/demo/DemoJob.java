package io.crm4j.examples.demo;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The end-to-end demo job on the embedded H2 file store: load the CDNOW sample, evaluate
 * lifecycle and loyalty, fit BG/NBD and Gamma-Gamma and compute 12-month CLV, tier customers,
 * grade a credit portfolio, and run a simulated month of complaints through the SLA clocks.
 * Progress goes to {@code progress} (standard error on the command line), the summary to
 * {@code out}. Safe to run again on the same folder: nothing is loaded twice and the lifecycle
 * evaluation at the same instant changes nothing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DemoJob {

  /** The instant the analysis is made: the day after the CDNOW data ends. */
  public static final Instant AS_OF = Instant.parse("1998-07-01T00:00:00Z");
  /** The simulated complaints month starts here (June 1998, the data's last month). */
  public static final Instant COMPLAINTS_START = Instant.parse("1998-06-01T00:00:00Z");
  /** Seed of the complaints simulation. */
  public static final long COMPLAINTS_SEED = 19_980_601L;

  private final Clock clock;
  private final PrintStream progress;

  /**
   * @param clock stamps customer records and lifecycle changes
   * @param progress where progress lines go
   */
  public DemoJob(Clock clock, PrintStream progress) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Runs the job against the H2 database file {@code <dir>/crm4j} and prints the summary to {@code out}. */
  public DemoResult run(Path dir, PrintStream out) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(out, "out");
    long t0 = System.nanoTime();
    try (JdbcStore store = JdbcStore.h2File(dir.resolve("crm4j"))) {
      step(1, "loading the CDNOW sample into " + dir.resolve("crm4j.mv.db"), t0);
      StoreDemo.Loaded loaded = new StoreDemo(clock).loadAndRead(store, out);
      StoreDemo.Summary load = loaded.summary();
      List<Purchase> purchases = loaded.purchases();
      Set<CustomerId> idSet = new LinkedHashSet<>();
      purchases.forEach(p -> idSet.add(p.customerId()));
      List<CustomerId> ids = List.copyOf(idSet);

      step(2, "evaluating lifecycle and loyalty of " + ids.size() + " customers", t0);
      DemoResult.Lifecycle lifecycle = LifecycleDemo.run(store, clock, AS_OF, ids);
      step(3, "fitting BG/NBD and Gamma-Gamma, 12-month CLV", t0);
      DemoResult.Clv clv = ClvDemo.run(purchases, 12, 0.01);
      step(4, "tiering: ABC, RFM, pyramid", t0);
      DemoResult.Tiers tiers = TieringDemo.run(purchases, clv.values(), AS_OF);
      step(5, "credit: scorecard on 700 German credit applicants, grading 300", t0);
      DemoResult.Credit credit = CreditDemo.run();
      step(6, "complaints: a simulated June 1998 through the SLA clocks", t0);
      DemoResult.Complaints complaints = new ComplaintDemo(Clock.fixed(COMPLAINTS_START, ZoneOffset.UTC),
          COMPLAINTS_SEED, 30).run(ids, 12);
      progress.printf("[done] %.1f s%n", (System.nanoTime() - t0) / 1e9);
      DemoResult result = new DemoResult(load, lifecycle, clv, tiers, credit, complaints);
      DemoSummary.print(result, out);
      return result;
    }
  }

  private void step(int n, String what, long t0) {
    progress.printf("[%d/6] %s (%.1f s)%n", n, what, (System.nanoTime() - t0) / 1e9);
    progress.flush();
  }

  /** The CLV values as a map, highest first, limited to {@code n} customers. */
  static List<Map.Entry<String, Double>> top(Map<String, Double> values, int n) {
    return values.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .limit(n).toList();
  }
}
