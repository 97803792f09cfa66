package io.crm4j.examples.bench;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.DiscountedClv;
import io.crm4j.scoring.clv.FitResult;
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
 * BG/NBD on 1M customers simulated from the CDNOW estimates with T spread over 27..39 weeks:
 * the fit (target ≤ 100 ms, ≤ 100 MB heap: run with {@code -jvmArgs -Xmx100m}) and the
 * predictions P(alive) plus expected purchases in the next 39 weeks for every customer
 * (target ≥ 5M customers/s per core; the score is ms per 1M customers), and the 12-month
 * discounted CLV of every customer with the Gamma-Gamma estimates of CDNOW (mean repeat spend
 * 20 + x, as in the Spark timing harness). Run:
 * {@code java -jar crm-examples/target/benchmarks.jar ClvScale -f 1 -wi 3 -w 1 -i 5 -r 1 -jvmArgs -Xmx100m}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClvScaleBenchmark {

  @Param("1000000")
  public int customers;

  private ClvSummary data;
  private BgNbdModel model;
  private ClvSummary withSpend;
  private DiscountedClv clv;

  @Setup
  public void simulate() {
    model = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575);
    double[] ages = new double[customers];
    for (int i = 0; i < customers; i++) {
      ages[i] = 27 + 12.0 * i / customers;
    }
    data = model.simulate(ages, 20_240_101L);
    String[] ids = new String[customers];
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] spend = new double[customers];
    for (int i = 0; i < customers; i++) {
      ids[i] = Integer.toString(i + 1);
      x[i] = data.frequency(i);
      tx[i] = data.recency(i);
      spend[i] = x[i] > 0 ? 20.0 + x[i] : 0.0;
    }
    withSpend = ClvSummary.of(ids, x, tx, ages, spend);
    clv = DiscountedClv.of(model, GammaGammaModel.of(6.24880, 3.74459, 15.4477));
  }

  @Benchmark
  public FitResult<BgNbdModel> bgnbdFit() {
    return BgNbdModel.fit(data);
  }

  @Benchmark
  public double bgnbdPredict() {
    double[] e = model.conditionalExpectedPurchases(39, data);
    double[] p = model.probabilityAlive(data);
    return e[e.length - 1] + p[p.length - 1];
  }

  @Benchmark
  public double bgnbdClv12Months() {
    double[] v = clv.values(withSpend, 12, 0.01, ClvTimeUnit.WEEKS);
    return v[v.length - 1];
  }
}
