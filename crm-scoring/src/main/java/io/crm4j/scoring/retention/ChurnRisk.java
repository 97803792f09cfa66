package io.crm4j.scoring.retention;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.MbgNbdModel;
import io.crm4j.scoring.clv.ParetoNbdModel;
import io.crm4j.scoring.clv.PurchaseModel;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Churn risk in a non-contractual setting from a fitted BG/NBD, MBG/NBD or Pareto/NBD model: the
 * probability that a customer with history (x, t_x, T) is no longer alive at T + h.
 *
 * <p>P(alive at T + h) = P(alive at T) × P(still alive at T + h | alive at T, history). Given
 * alive at T the posterior of the purchase rate is λ ~ gamma(r + x, α + T), and
 * <ul>
 *   <li>BG/NBD: p ~ beta(a, b + x); dropouts after purchases form a Poisson process of rate λp, so
 *       the conditional survival is E[exp(−λph)] = ₂F₁(r + x, a; a + b + x; −h/(α + T));</li>
 *   <li>MBG/NBD: the same with beta(a, b + x + 1), since a customer may also drop out right after
 *       the first purchase;</li>
 *   <li>Pareto/NBD: μ ~ gamma(s, β + T) and the residual lifetime is exponential, so the
 *       conditional survival is ((β + T)/(β + T + h))<sup>s</sup>.</li>
 * </ul>
 * The hypergeometric function is summed after the Pfaff transformation
 * ₂F₁(A, B; C; −z) = (1 + z)<sup>−B</sup> ₂F₁(B, C − A; C; z/(1 + z)), whose terms shrink
 * geometrically; it is accurate to about 1e-12 for h up to 10<sup>4</sup>(α + T).
 * Every result is in [0, 1]; immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ChurnRisk {

  /** Terms of the series at most; 1 − z/(1 + z) &ge; 1e-4 needs about 3e5 for 1e-13. */
  private static final int MAX_TERMS = 2_000_000;

  private final PurchaseModel model;

  private ChurnRisk(PurchaseModel model) {
    this.model = model;
  }

  /** Churn risk under the given fitted model. */
  public static ChurnRisk of(PurchaseModel model) {
    return new ChurnRisk(Objects.requireNonNull(model, "model"));
  }

  /** The model the probabilities come from. */
  public PurchaseModel model() {
    return model;
  }

  /**
   * P(alive at T + horizon | history (x, t_x, T)); at horizon 0 this is the model's P(alive).
   *
   * @throws IllegalArgumentException when the horizon is negative, NaN or infinite, or the history
   *     is invalid (as {@link PurchaseModel#probabilityAlive(int, double, double)})
   */
  public double probabilityAlive(double horizon, int frequency, double recency, double age) {
    checkHorizon(horizon);
    double alive = model.probabilityAlive(frequency, recency, age);
    return clamp(alive * survival(horizon, frequency, age));
  }

  /**
   * P(churned by T + horizon | history) = 1 − {@link #probabilityAlive(double, int, double, double)}:
   * the probability that the customer is no longer alive at the end of the horizon, including a
   * customer who had already left by T.
   */
  public double probabilityChurned(double horizon, int frequency, double recency, double age) {
    return 1 - probabilityAlive(horizon, frequency, recency, age);
  }

  /** {@link #probabilityChurned(double, int, double, double)} for every customer of {@code summary}. */
  public double[] probabilityChurned(double horizon, ClvSummary summary) {
    checkHorizon(horizon);
    Objects.requireNonNull(summary, "summary");
    double[] alive = model.probabilityAlive(summary);
    for (int i = 0; i < alive.length; i++) {
      alive[i] = 1 - clamp(alive[i] * survival(horizon, summary.frequency(i), summary.age(i)));
    }
    return alive;
  }

  /**
   * P(still alive at T + horizon | alive at T) for a customer with x repeat purchases and age T
   * (the recency does not matter once the customer is known to be alive).
   *
   * @throws IllegalArgumentException when the horizon or age is negative, NaN or infinite, or the
   *     frequency is negative
   */
  public double conditionalSurvival(double horizon, int frequency, double age) {
    checkHorizon(horizon);
    if (frequency < 0) {
      throw new IllegalArgumentException("frequency must be >= 0, but was " + frequency);
    }
    if (!(age >= 0) || !Double.isFinite(age)) {
      throw new IllegalArgumentException("T must be finite and >= 0, but was " + age);
    }
    return survival(horizon, frequency, age);
  }

  private double survival(double h, int x, double age) {
    if (h == 0) {
      return 1.0;
    }
    if (model instanceof ParetoNbdModel m) {
      return clamp(Math.exp(-m.s() * Math.log1p(h / (m.beta() + age))));
    }
    if (model instanceof BgNbdModel m) {
      return betaMixtureSurvival(m.r() + x, m.a(), m.a() + m.b() + x, h / (m.alpha() + age));
    }
    MbgNbdModel m = (MbgNbdModel) model;
    return betaMixtureSurvival(m.r() + x, m.a(), m.a() + m.b() + x + 1, h / (m.alpha() + age));
  }

  /**
   * ₂F₁(k, a; c; −z) for k, a &gt; 0 and c &gt; a: E[(1 + pz)<sup>−k</sup>] for p ~ beta(a, c − a),
   * as (1 + z)<sup>−a</sup> ₂F₁(a, c − k; c; w) with w = z/(1 + z).
   */
  static double betaMixtureSurvival(double k, double a, double c, double z) {
    double w = z / (1 + z);
    double b2 = c - k;
    double term = 1.0;
    double sum = 1.0;
    for (int n = 0; n < MAX_TERMS; n++) {
      term *= (a + n) * (b2 + n) / ((c + n) * (n + 1)) * w;
      sum += term;
      if (Math.abs(term) <= 1e-16 * Math.abs(sum) && n > Math.abs(b2)) {
        break;
      }
    }
    return clamp(Math.exp(-a * Math.log1p(z)) * sum);
  }

  private static double clamp(double p) {
    return p > 1 ? 1.0 : p > 0 ? p : 0.0;
  }

  private static void checkHorizon(double horizon) {
    if (!(horizon >= 0) || !Double.isFinite(horizon)) {
      throw new IllegalArgumentException("horizon must be finite and >= 0, but was " + horizon);
    }
  }

  @Override
  public String toString() {
    return "ChurnRisk[" + model.name() + "]";
  }
}
