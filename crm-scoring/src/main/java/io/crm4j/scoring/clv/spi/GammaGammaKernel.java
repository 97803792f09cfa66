package io.crm4j.scoring.clv.spi;

import io.crm4j.scoring.clv.internal.GammaGammaLikelihood;
import java.util.List;

/**
 * Gamma-Gamma over a block: {@link GammaGammaLikelihood} (analytic gradient and Hessian) on the
 * block's rows grouped by frequency, the x-only terms once per distinct x.
 */
enum GammaGammaKernel implements LikelihoodKernel<SpendBlock> {
  INSTANCE;

  private static final List<String> NAMES = List.of("p", "q", "gamma");
  private static final double[][] STARTS = {{1, 1, 1}, {5, 3, 15}, {2, 2, 50}, {0.5, 5, 5}};

  @Override
  public String model() {
    return "gamma-gamma";
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  /** The fixed starts; the spend model has no time scale, so {@code meanAge} is ignored. */
  @Override
  public List<double[]> startingPoints(double meanAge) {
    return Starts.fixed(STARTS);
  }

  @Override
  public PartialSums evaluate(SpendBlock block, double[] theta, Derivatives derivatives) {
    java.util.Objects.requireNonNull(block, "block");
    java.util.Objects.requireNonNull(derivatives, "derivatives");
    Blocks.checkTheta(theta, 3);
    Object s = block.state;
    if (s == null) {
      s = new GammaGammaLikelihood(block.frequency, block.spend, block.weight);
      block.state = s;
    }
    GammaGammaLikelihood ll = (GammaGammaLikelihood) s;
    double[] g = new double[derivatives.wantsGradient() ? 3 : 0];
    double[][] h = derivatives.wantsHessian() ? new double[3][3] : null;
    double value = ll.value(theta, derivatives.wantsGradient() ? g : null, h);
    double[] flat = new double[h == null ? 0 : 9];
    if (h != null) {
      for (int i = 0; i < 3; i++) {
        System.arraycopy(h[i], 0, flat, 3 * i, 3);
      }
    }
    return PartialSums.owned(3, derivatives, block.totalWeight(), value, g, flat);
  }
}
