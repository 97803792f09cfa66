package io.crm4j.scoring.clv.spi;

import io.crm4j.scoring.clv.internal.BgNbdLikelihood;
import java.util.List;

/**
 * The BG/NBD (Fader, Hardie &amp; Lee 2005) and MBG/NBD (Batislam, Denizel &amp; Filiztekin 2007)
 * kernel over (r, α, a, b): the maths, with its analytic gradient and Hessian, is {@link
 * BgNbdLikelihood}; this packs its sums as {@link PartialSums}.
 */
enum BgNbdKernel implements LikelihoodKernel<SummaryBlock> {
  PLAIN(false),
  MODIFIED(true);

  private static final List<String> NAMES = List.of("r", "alpha", "a", "b");
  private static final double[][] STARTS = {{1, 1, 1, 1}, {0.5, 5, 0.5, 2}, {2, 20, 2, 5}, {0.1, 1, 0.1, 1}};

  private final boolean modified;

  BgNbdKernel(boolean modified) {
    this.modified = modified;
  }

  @Override
  public String model() {
    return modified ? "mbgnbd" : "bgnbd";
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  @Override
  public List<double[]> startingPoints(double meanAge) {
    // first start scaled to the data's time unit (α at a third of the mean T), then the fixed starts
    return Starts.scaled(new double[] {0.5, Math.max(meanAge / 3, 1e-3), 0.5, 1}, STARTS);
  }

  @Override
  public PartialSums evaluate(SummaryBlock block, double[] theta, Derivatives derivatives) {
    java.util.Objects.requireNonNull(block, "block");
    java.util.Objects.requireNonNull(derivatives, "derivatives");
    Blocks.checkTheta(theta, 4);
    boolean wantG = derivatives.wantsGradient();
    boolean wantH = derivatives.wantsHessian();
    double[] s = BgNbdLikelihood.sums(modified, theta, block.weightByFrequency, block.frequency, block.recency,
        block.age, block.weight, wantG, wantH);
    double[] g = wantG ? new double[] {s[1], s[2], s[3], s[4]} : new double[0];
    double[] h = new double[wantH ? 16 : 0];
    if (wantH) {
      // slots 5-14: rr, rα, αα, aa, ab, bb, ra, rb, αa, αb
      int[][] at = {{0, 0}, {0, 1}, {1, 1}, {2, 2}, {2, 3}, {3, 3}, {0, 2}, {0, 3}, {1, 2}, {1, 3}};
      for (int k = 0; k < at.length; k++) {
        h[at[k][0] * 4 + at[k][1]] = s[5 + k];
        h[at[k][1] * 4 + at[k][0]] = s[5 + k];
      }
    }
    return PartialSums.owned(4, derivatives, block.totalWeight(), s[0], g, h);
  }
}
