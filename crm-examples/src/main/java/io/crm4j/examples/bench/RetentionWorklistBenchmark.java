package io.crm4j.examples.bench;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvScoring;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.retention.ChurnRisk;
import io.crm4j.scoring.retention.RetentionWorklist;
import java.util.List;
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
 * The retention worklist over 1M customers simulated as in {@link ClvScoringBenchmark} (CDNOW
 * BG/NBD and Gamma-Gamma estimates, T over 27..39 weeks): one operation scores every customer
 * ({@link ClvScoring#score}: P(alive) and the 12-month CLV at 1 % a month), computes P(churn within
 * 52 weeks) with {@link ChurnRisk} and ranks by value at risk with {@link RetentionWorklist#rank},
 * keeping the top {@code top} (1000, or every customer). The score is ms per 1M customers. Run:
 * {@code java -jar crm-examples/target/benchmarks.jar RetentionWorklistBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RetentionWorklistBenchmark {

  @Param("1000000")
  public int customers;

  @Param({"1000", "1000000"})
  public int top;

  private ClvSummary summary;
  private ClvScoring scoring;
  private ChurnRisk risk;

  @Setup
  public void simulate() {
    BgNbdModel model = ClvBenchData.CDNOW_BGNBD;
    GammaGammaModel spend = ClvBenchData.CDNOW_SPEND;
    summary = ClvBenchData.simulatedCdnow(customers);
    scoring = ClvScoring.of(model, spend, 52, 12, 0.01, ClvTimeUnit.WEEKS);
    risk = ChurnRisk.of(model);
  }

  @Benchmark
  public double worklist() {
    ClvScoring.Scores s = scoring.score(summary);
    List<RetentionWorklist.Entry> list = RetentionWorklist.rank(risk, 52, summary, s.clv(), top);
    return list.get(0).valueAtRisk();
  }
}
