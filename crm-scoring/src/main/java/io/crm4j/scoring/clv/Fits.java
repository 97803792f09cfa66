package io.crm4j.scoring.clv;

import io.crm4j.scoring.clv.spi.Derivatives;
import io.crm4j.scoring.clv.spi.KernelFit;
import io.crm4j.scoring.clv.spi.LikelihoodKernel;
import io.crm4j.scoring.clv.spi.LocalPass;
import io.crm4j.scoring.clv.spi.NewtonFit;
import io.crm4j.scoring.clv.spi.SummaryBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The single-machine fit: column blocks of the summary, a {@link LocalPass} over them (all cores),
 * and {@link NewtonFit}; packs the outcome into a {@link FitResult}. Up to
 * {@value #SMALL} customers the summary is one block with equal rows merged; above, it is cut into
 * blocks of {@value #BLOCK_ROWS} contiguous rows, and the Newton search on all rows starts from the
 * optimum on a strided subsample of about {@value #SAMPLE} rows, which leaves two or three
 * iterations over all the data instead of eight or more.
 */
final class Fits {

  static final int SMALL = 200_000;
  static final int BLOCK_ROWS = 32_768;
  static final int SAMPLE = 50_000;

  private Fits() {}

  /** Fits a BG/NBD-family or Pareto/NBD kernel on a summary. */
  static <M extends ParametricModel> FitResult<M> fitSummary(LikelihoodKernel<SummaryBlock> kernel,
      ClvSummary summary, FitOptions options, Function<double[], M> factory) {
    List<SummaryBlock> blocks = blocks(summary.frequency, summary.recency, summary.age);
    int n = summary.size();
    double[] warm = n > SMALL ? subsampleOptimum(kernel, summary, options) : null;
    return fit(kernel, blocks, warm, kernel.startingPoints(meanAge(blocks)), options, n, factory);
  }

  /**
   * Fits from {@code warm} (when not null) and then the first {@link FitOptions#starts()} of the
   * model's starting points.
   */
  static <B, M extends ParametricModel> FitResult<M> fit(LikelihoodKernel<B> kernel, List<B> blocks,
      double @org.jspecify.annotations.Nullable [] warm, List<double[]> candidateStarts, FitOptions options,
      int customers, Function<double[], M> factory) {
    List<double[]> starts = new ArrayList<>();
    if (warm != null) {
      starts.add(warm);
    }
    starts.addAll(candidateStarts.subList(0, Math.min(candidateStarts.size(), options.starts())));
    KernelFit r = NewtonFit.maximize(LocalPass.of(kernel, blocks), kernel.dimension(), starts, options.penalizer(),
        options.maxIterations(), options.exhaustiveStarts());
    return FitResult.of(kernel, r, customers, factory);
  }

  /** The optimum on every k-th customer, or null when the subsample has no repeat customer. */
  private static double @org.jspecify.annotations.Nullable [] subsampleOptimum(
      LikelihoodKernel<SummaryBlock> kernel, ClvSummary summary, FitOptions options) {
    int n = summary.size();
    int stride = Math.max(2, n / SAMPLE);
    int m = (n + stride - 1) / stride;
    int[] f = new int[m];
    double[] r = new double[m];
    double[] t = new double[m];
    boolean repeaters = false;
    for (int i = 0, k = 0; k < m; i += stride, k++) {
      f[k] = summary.frequency[i];
      r[k] = summary.recency[i];
      t[k] = summary.age[i];
      repeaters |= f[k] > 0;
    }
    if (!repeaters) {
      return null;
    }
    // continuous simulated or real data rarely repeat at this size: merging would cost more than it saves
    List<SummaryBlock> sample = List.of(SummaryBlock.of(f, r, t, null));
    KernelFit warm = NewtonFit.maximize(LocalPass.of(kernel, sample), kernel.dimension(),
        kernel.startingPoints(meanAge(sample)).subList(0, options.starts()), options.penalizer(),
        options.maxIterations(), false);
    return warm.theta();
  }

  static List<SummaryBlock> blocks(int[] frequency, double[] recency, double[] age) {
    return blocks(frequency.length, () -> SummaryBlock.of(frequency, recency, age, null).merged(),
        (from, to) -> SummaryBlock.of(frequency, recency, age, null, from, to));
  }

  /**
   * The blocks of {@code n} rows: {@code whole} up to {@value #SMALL} rows, else one {@code range}
   * block per {@value #BLOCK_ROWS} contiguous rows, copied and checked on all cores like the passes
   * that read them.
   */
  static <B> List<B> blocks(int n, java.util.function.Supplier<B> whole,
      java.util.function.BiFunction<Integer, Integer, B> range) {
    if (n <= SMALL) {
      return List.of(whole.get());
    }
    int count = (n + BLOCK_ROWS - 1) / BLOCK_ROWS;
    return java.util.stream.IntStream.range(0, count).parallel()
        .mapToObj(k -> range.apply(k * BLOCK_ROWS, Math.min(n, (k + 1) * BLOCK_ROWS)))
        .toList();
  }

  static double meanAge(List<SummaryBlock> blocks) {
    double w = 0;
    double t = 0;
    for (SummaryBlock b : blocks) {
      w += b.totalWeight();
      t += b.weightedAgeSum();
    }
    return w > 0 ? t / w : 1;
  }

  /** The log-likelihood of a summary under a kernel at θ. */
  static double logLikelihood(LikelihoodKernel<SummaryBlock> kernel, ClvSummary summary, double... theta) {
    return LocalPass.of(kernel, blocks(summary.frequency, summary.recency, summary.age))
        .evaluate(theta, Derivatives.VALUE).logLikelihood();
  }

  static void requireFittable(ClvSummary summary) {
    if (summary.size() < 2) {
      throw new IllegalArgumentException("summary must hold at least 2 customers to fit, but held " + summary.size());
    }
    if (summary.repeatCustomers() == 0) {
      throw new IllegalArgumentException(
          "summary must hold at least one customer with frequency > 0 to fit, but held none of " + summary.size());
    }
  }

  static Map<String, Double> named(String[] names, double... values) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], values[i]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
