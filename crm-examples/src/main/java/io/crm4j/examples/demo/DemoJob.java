package io.crm4j.examples.demo;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.examples.analysis.Analysis;
import io.crm4j.examples.analysis.AnalysisResult;
import io.crm4j.examples.analysis.TransactionLog;
import io.crm4j.scoring.clv.ClvTimeUnit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The end-to-end demo job on the embedded H2 file store: load the CDNOW sample, evaluate
 * lifecycle and loyalty, analyse the purchases as {@code crm4j analyze} does (purchase models
 * checked on a holdout period, Gamma-Gamma, 12-month CLV, RFM, ABC, pyramid), tier customers,
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
  /** Last day of the calibration period of Fader, Hardie and Lee (2005): 39 weeks from 1997-01-01. */
  public static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  /** Last day of the CDNOW data; the 39 weeks after the calibration end are the holdout period. */
  public static final LocalDate DATA_END = LocalDate.of(1998, 6, 30);
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
      step(3, "analysis: BG/NBD, MBG/NBD and Pareto/NBD checked on the holdout, Gamma-Gamma, 12-month CLV, "
          + "RFM, ABC, pyramid", t0);
      AnalysisResult analysis = Analysis.of(CALIBRATION_END, DATA_END, ClvTimeUnit.WEEKS,
          Currency.getInstance("USD"), 12, 0.01).run(TransactionLog.ofPurchases(purchases), what -> { });
      step(4, "credit: scorecard on 700 German credit applicants, grading 300", t0);
      DemoResult.Credit credit = CreditDemo.run();
      step(5, "complaints: a simulated June 1998 through the SLA clocks", t0);
      DemoResult.Complaints complaints = new ComplaintDemo(Clock.fixed(COMPLAINTS_START, ZoneOffset.UTC),
          COMPLAINTS_SEED, 30).run(ids, 12);
      progress.printf("[done] %.1f s%n", (System.nanoTime() - t0) / 1e9);
      DemoResult result = new DemoResult(load, lifecycle, analysis, credit, complaints);
      DemoSummary.print(result, out);
      return result;
    }
  }

  private void step(int n, String what, long t0) {
    progress.printf("[%d/5] %s (%.1f s)%n", n, what, (System.nanoTime() - t0) / 1e9);
    progress.flush();
  }

  /** The customers with the highest CLV, highest first (ties by id), at most {@code n}. */
  static List<Map.Entry<String, Double>> top(AnalysisResult analysis, int n) {
    var summary = analysis.customers().summary();
    double[] clv = analysis.customers().clv();
    return java.util.stream.IntStream.range(0, clv.length)
        .mapToObj(i -> Map.entry(summary.id(i), clv[i]))
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .limit(n).toList();
  }
}
