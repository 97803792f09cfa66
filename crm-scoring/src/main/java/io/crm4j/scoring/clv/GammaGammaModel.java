package io.crm4j.scoring.clv;

import io.crm4j.scoring.clv.internal.Variates;
import io.crm4j.scoring.clv.spi.Derivatives;
import io.crm4j.scoring.clv.spi.Kernels;
import io.crm4j.scoring.clv.spi.LocalPass;
import io.crm4j.scoring.clv.spi.SpendBlock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV:
 * using iso-value curves"; Fader &amp; Hardie 2013, note 025): each transaction value is gamma(p, ν)
 * distributed and ν is gamma(q, γ) distributed across customers. It assumes spend is independent
 * of purchase frequency. Fitted on the customers with at least one repeat purchase. Immutable and
 * thread-safe.
 *
 * @param p shape of the transaction-value distribution
 * @param q shape of the distribution of ν
 * @param gamma rate of the distribution of ν
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GammaGammaModel(double p, double q, double gamma) implements ParametricModel {

  private static final String[] NAMES = {"p", "q", "gamma"};

  public GammaGammaModel {
    Validation.positive(p, "p");
    Validation.positive(q, "q");
    Validation.positive(gamma, "gamma");
  }

  /** Returns the model with the given parameters. */
  public static GammaGammaModel of(double p, double q, double gamma) {
    return new GammaGammaModel(p, q, gamma);
  }

  /** Fits the model with the default options. */
  public static FitResult<GammaGammaModel> fit(ClvSummary summary) {
    return fit(summary, FitOptions.ofDefaults());
  }

  /**
   * Fits the model on the customers with frequency &gt; 0 (their monetary values must be &gt; 0).
   *
   * @throws IllegalArgumentException when fewer than 2 customers repeat, or a repeater has a
   *     monetary value of zero
   */
  public static FitResult<GammaGammaModel> fit(ClvSummary summary, FitOptions options) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(options, "options");
    int n = summary.repeatCustomers();
    if (n < 2) {
      throw new IllegalArgumentException(
          "summary must hold at least 2 customers with frequency > 0 to fit spend, but held " + n);
    }
    int[] x = new int[n];
    double[] m = new double[n];
    int k = 0;
    for (int i = 0; i < summary.size(); i++) {
      if (summary.frequency[i] > 0) {
        if (!(summary.monetary[i] > 0)) {
          throw new IllegalArgumentException("monetaryValue must be > 0 for a customer with frequency > 0, but was "
              + summary.monetary[i] + " (customer " + summary.id(i) + ")");
        }
        x[k] = summary.frequency[i];
        m[k] = summary.monetary[i];
        k++;
      }
    }
    return Fits.fit(Kernels.gammaGamma(), spendBlocks(x, m), null, Kernels.gammaGamma().startingPoints(1), options, n,
        t -> new GammaGammaModel(t[0], t[1], t[2]));
  }

  @Override
  public String name() {
    return "gamma-gamma";
  }

  @Override
  public Map<String, Double> parameters() {
    return Fits.named(NAMES, p, q, gamma);
  }

  /** Mean spend per transaction across the population, pγ/(q−1); needs q &gt; 1. */
  public double populationMeanSpend() {
    requireQAboveOne();
    return finiteMean();
  }

  /**
   * Expected mean spend per transaction of a customer with {@code frequency} repeat transactions
   * of mean {@code monetaryValue}: (pγ + p x m)/(p x + q − 1), a weighted average of the
   * population mean and the customer's own mean. Needs q &gt; 1.
   */
  public double conditionalExpectedAverageProfit(int frequency, double monetaryValue) {
    Validation.nonNegative(frequency, "frequency");
    Validation.nonNegative(monetaryValue, "monetaryValue");
    requireQAboveOne();
    // the same weighted average, written so that no intermediate product overflows: the population
    // mean has weight 1 / (1 + r) and the customer's own mean r / (1 + r), with r = p x / (q - 1)
    double r = p / (q - 1) * frequency;
    if (r == Double.POSITIVE_INFINITY) {
      return monetaryValue;
    }
    return finiteMean() / (1 + r) + r / (1 + r) * monetaryValue;
  }

  private double finiteMean() {
    double mean = p / (q - 1) * gamma;
    if (!Double.isFinite(mean)) {
      throw new IllegalStateException("the mean spend p * gamma / (q - 1) must be finite, but overflows for p = " + p
          + ", q = " + q + ", gamma = " + gamma);
    }
    return mean;
  }

  private void requireQAboveOne() {
    if (!(q > 1)) {
      throw new IllegalStateException("q must be > 1 for an expected spend (the mean is infinite otherwise), but was " + q);
    }
  }

  /** The log-likelihood of the repeat customers of {@code summary} (monetary values must be &gt; 0). */
  public double logLikelihood(ClvSummary summary) {
    Objects.requireNonNull(summary, "summary");
    int n = summary.repeatCustomers();
    int[] x = new int[n];
    double[] m = new double[n];
    int k = 0;
    for (int i = 0; i < summary.size(); i++) {
      if (summary.frequency[i] > 0) {
        x[k] = summary.frequency[i];
        m[k] = Validation.positive(summary.monetary[i], "monetaryValue of customer " + summary.id(i));
        k++;
      }
    }
    return LocalPass.of(Kernels.gammaGamma(), spendBlocks(x, m)).evaluate(new double[] {p, q, gamma}, Derivatives.VALUE)
        .logLikelihood();
  }

  /** The spend blocks of the repeaters, cut as {@code Fits.blocks} cuts every model's rows. */
  private static List<SpendBlock> spendBlocks(int[] x, double[] m) {
    return Fits.blocks(x.length, () -> SpendBlock.of(x, m, null), (from, to) -> SpendBlock.of(x, m, null, from, to));
  }

  /**
   * Returns {@code summary} with the monetary values replaced by simulated ones: for each
   * customer with x &gt; 0, ν ~ gamma(q, γ) and the mean of x gamma(p, ν) transaction values.
   */
  public ClvSummary simulateSpend(ClvSummary summary, long seed) {
    Objects.requireNonNull(summary, "summary");
    Variates v = new Variates(seed);
    double[] m = new double[summary.size()];
    for (int i = 0; i < m.length; i++) {
      int x = summary.frequency[i];
      if (x > 0) {
        double nu = v.gamma(q, gamma);
        double sum = 0;
        for (int j = 0; j < x; j++) {
          sum += v.gamma(p, nu);
        }
        m[i] = sum / x;
      }
    }
    return summary.withMonetaryValues(m);
  }
}
