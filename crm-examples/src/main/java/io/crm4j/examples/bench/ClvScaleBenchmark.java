package io.crm4j.examples.bench;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.FitResult;
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
 * (target ≥ 5M customers/s per core; the score is ms per 1M customers). Run:
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

  @Setup
  public void simulate() {
    model = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575);
    double[] ages = new double[customers];
    for (int i = 0; i < customers; i++) {
      ages[i] = 27 + 12.0 * i / customers;
    }
    data = model.simulate(ages, 20_240_101L);
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
}
