package io.crm4j.scoring.credit;

import org.apiguardian.api.API;

/**
 * How log-odds become points: a score of {@code baseScore} stands for good:bad odds of
 * {@code baseOdds}, and every {@code pdo} points double the odds. Then
 * {@code Factor = pdo / ln 2}, {@code Offset = baseScore - Factor * ln(baseOdds)} and
 * {@code score = Offset + Factor * ln(odds)}. The preset ({@link #ofDefaults()}) is 600 points at
 * odds 50:1 with PDO 20, which gives Factor 28.8539 and Offset 487.123.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pdo points to double the odds, finite and > 0
 * @param baseScore the score at the base odds, finite
 * @param baseOdds good:bad odds at the base score, finite and > 0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PointsScaling(double pdo, double baseScore, double baseOdds) {

  public PointsScaling {
    if (!(Double.isFinite(pdo) && pdo > 0)) {
      throw new IllegalArgumentException("pdo must be finite and > 0, but was " + pdo);
    }
    if (!Double.isFinite(baseScore)) {
      throw new IllegalArgumentException("baseScore must be finite, but was " + baseScore);
    }
    if (!(Double.isFinite(baseOdds) && baseOdds > 0)) {
      throw new IllegalArgumentException("baseOdds must be finite and > 0, but was " + baseOdds);
    }
  }

  /** 600 points at odds 50:1, PDO 20. */
  public static PointsScaling ofDefaults() {
    return new PointsScaling(20, 600, 50);
  }

  /** {@code pdo / ln 2}: points per unit of natural log-odds. */
  public double factor() {
    return pdo / Math.log(2);
  }

  /** {@code baseScore - factor * ln(baseOdds)}: the score at odds 1:1. */
  public double offset() {
    return baseScore - factor() * Math.log(baseOdds);
  }

  /**
   * The score of given good:bad odds.
   *
   * @throws IllegalArgumentException if {@code odds} is not finite and > 0
   */
  public double score(double odds) {
    if (!(Double.isFinite(odds) && odds > 0)) {
      throw new IllegalArgumentException("odds must be finite and > 0, but was " + odds);
    }
    return offset() + factor() * Math.log(odds);
  }

  /** The good:bad odds a score stands for. */
  public double odds(double score) {
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score must be finite, but was " + score);
    }
    double odds = Math.exp((score - offset()) / factor());
    if (!Double.isFinite(odds) || odds == 0) {
      throw new IllegalArgumentException("score must map to finite, non-zero odds, but " + score + " gives " + odds);
    }
    return odds;
  }

  /**
   * The probability of the event ("bad") that a score stands for: {@code 1 / (1 + odds(score))},
   * the good:bad odds read as a logistic model. Never NaN: a score far above the offset gives 0, one
   * far below gives 1.
   *
   * @throws IllegalArgumentException if {@code score} is not finite
   */
  public double eventProbability(double score) {
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score must be finite, but was " + score);
    }
    return 1 / (1 + Math.exp((score - offset()) / factor()));
  }
}
