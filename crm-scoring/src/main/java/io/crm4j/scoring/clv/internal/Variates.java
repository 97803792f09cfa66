package io.crm4j.scoring.clv.internal;

import java.util.SplittableRandom;

/** Random variates for the simulators: gamma (Marsaglia-Tsang 2000), beta and exponential. */
public final class Variates {

  private final SplittableRandom random;

  public Variates(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A uniform number in (0, 1). */
  public double uniform() {
    double u;
    do {
      u = random.nextDouble();
    } while (u == 0);
    return u;
  }

  /** An exponential variate with the given rate. */
  public double exponential(double rate) {
    return -Math.log(uniform()) / rate;
  }

  /** A standard normal variate (polar method). */
  public double normal() {
    double u;
    double v;
    double s;
    do {
      u = 2 * random.nextDouble() - 1;
      v = 2 * random.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * Math.sqrt(-2 * Math.log(s) / s);
  }

  /** A gamma variate with the given shape and rate (mean shape / rate). */
  public double gamma(double shape, double rate) {
    if (shape < 1) {
      return gamma(shape + 1, rate) * Math.pow(uniform(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = normal();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = uniform();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v / rate;
      }
    }
  }

  /** A beta variate. */
  public double beta(double a, double b) {
    double x = gamma(a, 1);
    double y = gamma(b, 1);
    return x / (x + y);
  }

  /** True with probability p. */
  public boolean bernoulli(double p) {
    return random.nextDouble() < p;
  }
}
