package io.crm4j.examples.bench;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvScoring;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.DiscountedClv;
import io.crm4j.scoring.clv.GammaGammaModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoring 1M customers simulated from the CDNOW BG/NBD estimates (T spread over 27..39 weeks, mean
 * repeat spend 20 + x as in the Spark timing harness) with the CDNOW Gamma-Gamma estimates:
 * {@code clv12Months} is {@link DiscountedClv#values} over 12 months at 1 % a month;
 * {@code scoring12Months} is {@link ClvScoring#score} (P(alive), expected purchases in 39 weeks
 * and the same CLV in one sweep) with one scoring object kept across operations, as a job keeps
 * it. The score is ms per 1M customers. Run:
 * {@code java -jar crm-examples/target/benchmarks.jar ClvScoringBenchmark -f 1 -wi 5 -w 1 -i 8 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClvScoringBenchmark {

  @Param("1000000")
  public int customers;

  private ClvSummary summary;
  private DiscountedClv clv;
  private ClvScoring scoring;

  @Setup
  public void simulate() {
    BgNbdModel model = ClvBenchData.CDNOW_BGNBD;
    GammaGammaModel spend = ClvBenchData.CDNOW_SPEND;
    summary = ClvBenchData.simulatedCdnow(customers);
    clv = DiscountedClv.of(model, spend);
    scoring = ClvScoring.of(model, spend, 39, 12, 0.01, ClvTimeUnit.WEEKS);
  }

  @Benchmark
  public double clv12Months() {
    double[] v = clv.values(summary, 12, 0.01, ClvTimeUnit.WEEKS);
    return v[v.length - 1];
  }

  @Benchmark
  public double scoring12Months() {
    ClvScoring.Scores s = scoring.score(summary);
    return s.clv()[s.clv().length - 1] + s.expectedPurchases()[0] + s.probabilityAlive()[0];
  }
}
