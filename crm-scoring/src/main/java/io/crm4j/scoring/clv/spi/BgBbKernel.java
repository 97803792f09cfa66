package io.crm4j.scoring.clv.spi;

import io.crm4j.scoring.clv.internal.BgBbLikelihood;
import java.util.List;

/**
 * BG/BB over a block: {@link BgBbLikelihood} (analytic gradient, equal patterns merged) on the
 * block's rows; the Hessian by {@link DifferenceHessian}.
 */
enum BgBbKernel implements LikelihoodKernel<PeriodBlock> {
  INSTANCE;

  private static final List<String> NAMES = List.of("alpha", "beta", "gamma", "delta");
  private static final double[][] STARTS = {{1, 1, 1, 1}, {0.5, 0.5, 0.5, 2}, {2, 1, 1, 5}, {0.2, 0.5, 2, 2}};

  @Override
  public String model() {
    return "bgbb";
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  /** The fixed starts; periods carry no continuous time scale, so {@code meanAge} is ignored. */
  @Override
  public List<double[]> startingPoints(double meanAge) {
    return Starts.fixed(STARTS);
  }

  @Override
  public PartialSums evaluate(PeriodBlock block, double[] theta, Derivatives derivatives) {
    java.util.Objects.requireNonNull(block, "block");
    java.util.Objects.requireNonNull(derivatives, "derivatives");
    Blocks.checkTheta(theta, 4);
    Object s = block.state;
    if (s == null) {
      s = new BgBbLikelihood(block.frequency, block.recency, block.periods, block.weight);
      block.state = s;
    }
    BgBbLikelihood ll = (BgBbLikelihood) s;
    return DifferenceHessian.evaluate((t, g) -> ll.value(t, g, null), 4, block.totalWeight(), theta, derivatives);
  }
}
