package io.crm4j.examples.bench;

import io.crm4j.scoring.clv.BgBbModel;
import io.crm4j.scoring.clv.BgBbSummary;
import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.clv.MbgNbdModel;
import io.crm4j.scoring.clv.ParetoNbdModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Maximum-likelihood fits on the published data sets (issue 3 targets: BG/NBD ≤ 0.5 ms,
 * Pareto/NBD ≤ 10 ms, Gamma-Gamma ≤ 0.5 ms, BG/BB ≤ 0.5 ms). Each fit includes the standard
 * errors. Run: {@code java -jar crm-examples/target/benchmarks.jar ClvFit -f 1 -wi 3 -w 1 -i 5 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClvFitBenchmark {

  private ClvSummary cdnow;
  private BgBbSummary donations;

  @Setup
  public void load() {
    cdnow = ClvBenchData.cdnow();
    donations = ClvBenchData.donations();
  }

  @Benchmark
  public FitResult<BgNbdModel> bgnbdCdnow() {
    return BgNbdModel.fit(cdnow);
  }

  @Benchmark
  public FitResult<MbgNbdModel> mbgnbdCdnow() {
    return MbgNbdModel.fit(cdnow);
  }

  @Benchmark
  public FitResult<ParetoNbdModel> paretoNbdCdnow() {
    return ParetoNbdModel.fit(cdnow);
  }

  @Benchmark
  public FitResult<GammaGammaModel> gammaGammaCdnow() {
    return GammaGammaModel.fit(cdnow);
  }

  @Benchmark
  public FitResult<BgBbModel> bgbbDonations() {
    return BgBbModel.fit(donations);
  }
}
