package io.crm4j.examples.bench;

import io.crm4j.scoring.credit.RowScorer;
import io.crm4j.scoring.credit.Sample;
import io.crm4j.scoring.credit.ScorecardConfig;
import io.crm4j.scoring.credit.ScorecardFit;
import io.crm4j.scoring.credit.ScorecardTrainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Credit scorecard on the German credit data (1000 rows, 20 variables): a full build (binning,
 * logistic regression, points) and the scoring of single applicants.
 *
 * <p>Run: {@code java -jar crm-examples/target/benchmarks.jar CreditScorecardBench -f 1 -wi 3 -w 1 -i 5 -r 1}
 */
@State(Scope.Benchmark)
public class CreditScorecardBench {

  private Sample sample;
  private RowScorer scorer;
  private Object[][] rows;

  @Setup
  public void setUp() throws IOException {
    try (InputStream in = CreditScorecardBench.class.getResourceAsStream("/credit/germancredit.csv")) {
      sample = Sample.readCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    ScorecardFit fit = ScorecardTrainer.train(sample, "creditability", "good", ScorecardConfig.ofDefaults());
    List<String> columns = sample.columns();
    scorer = fit.scorecard().rowScorer(columns);
    rows = new Object[sample.size()][columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      boolean numeric = sample.isNumeric(columns.get(c));
      for (int r = 0; r < sample.size(); r++) {
        String v = sample.value(r, columns.get(c));
        rows[r][c] = numeric ? (Object) Double.valueOf(v) : v;
      }
    }
  }

  /** Full scorecard build: binning of 20 variables, IV filter, IRLS regression, points. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ScorecardFit buildScorecard() {
    return ScorecardTrainer.train(sample, "creditability", "good", ScorecardConfig.ofDefaults());
  }

  /** Scores the 1000 applicants one at a time; the figure is applicants per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(1000)
  public void scoreApplicant(Blackhole bh) {
    for (Object[] row : rows) {
      bh.consume(scorer.score(row));
    }
  }
}
