package io.crm4j.scoring.clv.spi;

import io.crm4j.scoring.clv.internal.ParetoNbdLikelihood;
import io.crm4j.scoring.clv.internal.PurchaseData;
import java.util.List;

/**
 * Pareto/NBD over a block: the log-likelihood and analytic gradient of {@link ParetoNbdLikelihood}
 * on the block's rows grouped by frequency (with the Gaussian hypergeometric terms evaluated once
 * per distinct (x, t_x) and (x, T)); the Hessian by {@link DifferenceHessian}.
 */
enum ParetoNbdKernel implements LikelihoodKernel<SummaryBlock> {
  INSTANCE;

  private static final List<String> NAMES = List.of("r", "alpha", "s", "beta");
  private static final double[][] STARTS = {{1, 1, 1, 1}, {0.5, 10, 0.5, 10}, {1, 20, 1, 20}, {0.2, 2, 2, 50}};

  @Override
  public String model() {
    return "pareto-nbd";
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  @Override
  public List<double[]> startingPoints(double meanAge) {
    // α and β at a third of the mean T (CDNOW: 10.9 weeks against the optimum 10.6 and 11.7)
    double scale = Math.max(meanAge / 3, 1e-3);
    return Starts.scaled(new double[] {0.5, scale, 0.5, scale}, STARTS);
  }

  @Override
  public PartialSums evaluate(SummaryBlock block, double[] theta, Derivatives derivatives) {
    java.util.Objects.requireNonNull(block, "block");
    java.util.Objects.requireNonNull(derivatives, "derivatives");
    Blocks.checkTheta(theta, 4);
    ParetoNbdLikelihood ll = state(block);
    return DifferenceHessian.evaluate((t, g) -> ll.value(t, g, null), 4, block.totalWeight(), theta, derivatives);
  }

  private static ParetoNbdLikelihood state(SummaryBlock block) {
    Object s = block.paretoState;
    if (s == null) {
      s = new ParetoNbdLikelihood(PurchaseData.of(block.frequency, block.recency, block.age, block.weight));
      block.paretoState = s;
    }
    return (ParetoNbdLikelihood) s;
  }
}
