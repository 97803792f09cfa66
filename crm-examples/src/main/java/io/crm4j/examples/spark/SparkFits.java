package io.crm4j.examples.spark;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.clv.MbgNbdModel;
import io.crm4j.scoring.clv.ParametricModel;
import io.crm4j.scoring.clv.ParetoNbdModel;
import io.crm4j.scoring.clv.spi.DataPass;
import io.crm4j.scoring.clv.spi.KernelFit;
import io.crm4j.scoring.clv.spi.Kernels;
import io.crm4j.scoring.clv.spi.LikelihoodKernel;
import io.crm4j.scoring.clv.spi.NewtonFit;
import io.crm4j.scoring.clv.spi.PartialSums;
import io.crm4j.scoring.clv.spi.SpendBlock;
import io.crm4j.scoring.clv.spi.SummaryBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apiguardian.api.API;
import scala.Tuple2;

/**
 * Maximum-likelihood fits on Spark: {@link NewtonFit} with a {@link DataPass} that is one
 * {@code treeAggregate} of a kernel over the cached block RDD, so each Newton step is one Spark
 * job. As on one machine, a data set of more than {@value #SMALL} customers is first fitted on a
 * strided subsample of about {@value #SAMPLE} rows collected to the driver (fitted there by the
 * single-machine code), and the search over all rows starts from that optimum, which leaves two or
 * three steps over all the data.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SparkFits {

  static final int SMALL = 200_000;
  static final int SAMPLE = 50_000;

  private SparkFits() {}

  /**
   * The pass "sums of {@code kernel} over every block at θ" as one treeAggregate of depth
   * {@code depth}: 1 sends every partition's sums straight to the driver (one stage, the cheapest
   * for tens of partitions); 2 adds a level of partial merges on the executors, for hundreds to
   * thousands of partitions.
   */
  public static <B> DataPass pass(JavaRDD<B> blocks, LikelihoodKernel<B> kernel, int depth) {
    return (theta, derivatives) -> {
      double[] t = theta.clone();
      return blocks.treeAggregate(PartialSums.zero(kernel.dimension(), derivatives),
          (acc, block) -> acc.plus(kernel.evaluate(block, t, derivatives)), PartialSums::plus, depth);
    };
  }

  /** The tree depth for a block RDD: 1 up to 64 partitions, else 2. */
  public static int depth(JavaRDD<?> blocks) {
    return blocks.getNumPartitions() <= 64 ? 1 : 2;
  }

  /** BG/NBD on summary blocks in weeks. */
  public static FitResult<BgNbdModel> bgNbd(JavaRDD<SummaryBlock> blocks, FitOptions options) {
    return bgNbd(blocks, options, ClvTimeUnit.WEEKS);
  }

  /** BG/NBD on summary blocks whose times are in {@code unit}, the unit the fitted model remembers. */
  public static FitResult<BgNbdModel> bgNbd(JavaRDD<SummaryBlock> blocks, FitOptions options, ClvTimeUnit unit) {
    return summaryFit(blocks, Kernels.bgNbd(), options, s -> BgNbdModel.fit(s, options).model().parameters(),
        t -> BgNbdModel.of(t[0], t[1], t[2], t[3], unit));
  }

  /** MBG/NBD on summary blocks in weeks. */
  public static FitResult<MbgNbdModel> mbgNbd(JavaRDD<SummaryBlock> blocks, FitOptions options) {
    return mbgNbd(blocks, options, ClvTimeUnit.WEEKS);
  }

  /** MBG/NBD on summary blocks whose times are in {@code unit}, the unit the fitted model remembers. */
  public static FitResult<MbgNbdModel> mbgNbd(JavaRDD<SummaryBlock> blocks, FitOptions options, ClvTimeUnit unit) {
    return summaryFit(blocks, Kernels.mbgNbd(), options, s -> MbgNbdModel.fit(s, options).model().parameters(),
        t -> MbgNbdModel.of(t[0], t[1], t[2], t[3], unit));
  }

  /** Pareto/NBD on summary blocks in weeks. */
  public static FitResult<ParetoNbdModel> paretoNbd(JavaRDD<SummaryBlock> blocks, FitOptions options) {
    return paretoNbd(blocks, options, ClvTimeUnit.WEEKS);
  }

  /** Pareto/NBD on summary blocks whose times are in {@code unit}, the unit the fitted model remembers. */
  public static FitResult<ParetoNbdModel> paretoNbd(JavaRDD<SummaryBlock> blocks, FitOptions options,
      ClvTimeUnit unit) {
    return summaryFit(blocks, Kernels.paretoNbd(), options, s -> ParetoNbdModel.fit(s, options).model().parameters(),
        t -> ParetoNbdModel.of(t[0], t[1], t[2], t[3], unit));
  }

  /** Gamma-Gamma on spend blocks (repeat customers with positive spend). */
  public static FitResult<GammaGammaModel> gammaGamma(JavaRDD<SpendBlock> blocks, FitOptions options) {
    LikelihoodKernel<SpendBlock> kernel = Kernels.gammaGamma();
    List<double[]> starts = kernel.startingPoints(1).subList(0, options.starts());
    KernelFit fit = NewtonFit.maximize(pass(blocks, kernel, depth(blocks)), kernel.dimension(), starts, options.penalizer(),
        options.maxIterations(), options.exhaustiveStarts());
    return result(kernel, fit, t -> GammaGammaModel.of(t[0], t[1], t[2]));
  }

  private static <M extends ParametricModel> FitResult<M> summaryFit(JavaRDD<SummaryBlock> blocks,
      LikelihoodKernel<SummaryBlock> kernel, FitOptions options, Function<ClvSummary, Map<String, Double>> localFit,
      Function<double[], M> factory) {
    // rows, weight and Σ weight·T in one job over the cached blocks
    Tuple2<Long, double[]> stats = blocks
        .map(b -> new Tuple2<>((long) b.size(), new double[] {b.totalWeight(), b.weightedAgeSum()}))
        .reduce((p, q) -> new Tuple2<>(p._1 + q._1, new double[] {p._2[0] + q._2[0], p._2[1] + q._2[1]}));
    long rows = stats._1;
    double meanAge = stats._2[0] > 0 ? stats._2[1] / stats._2[0] : 1;
    List<double[]> starts = new ArrayList<>();
    if (rows > SMALL) {
      ClvSummary sample = sample(blocks, Math.max(2, rows / SAMPLE));
      if (sample.repeatCustomers() > 0) {
        starts.add(localFit.apply(sample).values().stream().mapToDouble(Double::doubleValue).toArray());
      }
    }
    starts.addAll(kernel.startingPoints(meanAge).subList(0, options.starts()));
    KernelFit fit = NewtonFit.maximize(pass(blocks, kernel, depth(blocks)), kernel.dimension(), starts, options.penalizer(),
        options.maxIterations(), options.exhaustiveStarts());
    return result(kernel, fit, factory);
  }

  /** Every {@code stride}-th row of every block, collected to the driver. */
  static ClvSummary sample(JavaRDD<SummaryBlock> blocks, long stride) {
    List<double[]> rows = blocks.flatMap(b -> {
      List<double[]> out = new ArrayList<>();
      for (int i = 0; i < b.size(); i += (int) stride) {
        out.add(new double[] {b.frequency(i), b.recency(i), b.age(i)});
      }
      return out.iterator();
    }).collect();
    int n = rows.size();
    int[] f = new int[n];
    double[] r = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      f[i] = (int) rows.get(i)[0];
      r[i] = rows.get(i)[1];
      t[i] = rows.get(i)[2];
    }
    return ClvSummary.of(f, r, t);
  }

  /** Packs a kernel fit as the single-machine fits do; the customers are the fit's total weight. */
  public static <M extends ParametricModel> FitResult<M> result(LikelihoodKernel<?> kernel, KernelFit fit,
      Function<double[], M> factory) {
    return FitResult.of(kernel, fit, (int) Math.round(fit.weight()), factory);
  }

}
