package io.crm4j.examples.bench;

import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.retention.BdwModel;
import io.crm4j.scoring.retention.CohortSurvival;
import io.crm4j.scoring.retention.SbgModel;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Retention fits (issue 19 targets: sBG on a 7-period cohort ≤ 50 µs, on 1M individual durations
 * ≤ 100 ms). Each fit includes its standard errors; the 1M fit includes aggregating the durations.
 * Run: {@code java -jar crm-examples/target/benchmarks.jar RetentionFit -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RetentionFitBenchmark {

  private static final int CUSTOMERS = 1_000_000;

  private CohortSurvival highEnd;
  private int[] durations;
  private boolean[] censored;

  @Setup
  public void load() {
    // Fader & Hardie (2007), "high end" cohort
    highEnd = CohortSurvival.of(1000, 869, 743, 653, 593, 551, 517, 491);
    // 1M subscribers from the high-end model who joined over 36 periods: each is observed for its
    // own tenure (right-censored if still active), drawn by inverting the survival function
    SbgModel truth = SbgModel.of(0.668, 3.806);
    double[] survival = truth.survivalCurve(0, 36);
    durations = new int[CUSTOMERS];
    censored = new boolean[CUSTOMERS];
    SplittableRandom random = new SplittableRandom(2007);
    for (int i = 0; i < CUSTOMERS; i++) {
      int tenure = 1 + random.nextInt(36);
      double u = random.nextDouble();
      int t = 1;
      while (t <= tenure && u < survival[t - 1]) {
        t++;
      }
      censored[i] = t > tenure;
      durations[i] = censored[i] ? tenure : t;
    }
  }

  @Benchmark
  public FitResult<SbgModel> sbgCohort() {
    return SbgModel.fit(highEnd);
  }

  @Benchmark
  public FitResult<BdwModel> bdwCohort() {
    return BdwModel.fit(highEnd);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public FitResult<SbgModel> sbgMillionDurations() {
    return SbgModel.fit(durations, censored);
  }
}
