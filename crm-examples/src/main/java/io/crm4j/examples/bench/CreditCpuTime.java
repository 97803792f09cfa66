package io.crm4j.examples.bench;

import io.crm4j.scoring.credit.RowScorer;
import io.crm4j.scoring.credit.Sample;
import io.crm4j.scoring.credit.ScorecardConfig;
import io.crm4j.scoring.credit.ScorecardFit;
import io.crm4j.scoring.credit.ScorecardTrainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Companion to {@link CreditScorecardBench} for a shared, overloaded machine: measures the same two
 * operations by the CPU time of the measuring thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}),
 * which is what "per core" means and which other processes' load does not inflate the way it
 * inflates wall-clock time. Prints one line per round after warm-up rounds.
 *
 * <p>Run: {@code java -cp crm-examples/target/benchmarks.jar io.crm4j.examples.bench.CreditCpuTime}
 */
public final class CreditCpuTime {

  private CreditCpuTime() {}

  public static void main(String[] args) throws IOException {
    Sample sample;
    try (InputStream in = CreditCpuTime.class.getResourceAsStream("/credit/germancredit.csv")) {
      sample = Sample.readCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    ScorecardFit fit = null;
    for (int round = 0; round < 8; round++) {
      int n = 50;
      long t0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        fit = ScorecardTrainer.train(sample, "creditability", "good", ScorecardConfig.ofDefaults());
      }
      long t1 = mx.getCurrentThreadCpuTime();
      System.out.printf(Locale.ROOT, "%s build: %.3f ms CPU per scorecard%n", round < 3 ? "warm-up" : "measure",
          (t1 - t0) / 1e6 / n);
    }
    List<String> columns = sample.columns();
    RowScorer scorer = fit.scorecard().rowScorer(columns);
    Object[][] rows = new Object[sample.size()][columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      boolean numeric = sample.isNumeric(columns.get(c));
      for (int r = 0; r < sample.size(); r++) {
        String v = sample.value(r, columns.get(c));
        rows[r][c] = numeric ? (Object) Double.valueOf(v) : v;
      }
    }
    double sink = 0;
    for (int round = 0; round < 8; round++) {
      int reps = 2000;
      long t0 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < reps; k++) {
        for (Object[] row : rows) {
          sink += scorer.score(row);
        }
      }
      long t1 = mx.getCurrentThreadCpuTime();
      System.out.printf(Locale.ROOT, "%s score: %.2f M applicants per CPU second%n", round < 3 ? "warm-up" : "measure",
          reps * rows.length / ((t1 - t0) / 1e9) / 1e6);
    }
    System.out.printf(Locale.ROOT, "(checksum %.1f)%n", sink);
  }
}
