package io.crm4j.examples.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Writes a synthetic transaction log ({@code customer_id,date,amount}) drawn from the BG/NBD and
 * Gamma-Gamma models: customer i makes a first purchase on a day drawn uniformly from the first
 * {@code cohortDays}; purchases then arrive at a gamma(r, α) distributed weekly rate, after each
 * one the customer leaves with a beta(a, b) distributed probability, and each purchase's amount is
 * gamma(p, ν) distributed with ν gamma(q, γ) distributed per customer (Fader, Hardie &amp; Lee 2005;
 * Fader &amp; Hardie 2013). The defaults are the CDNOW estimates, which give about three purchases per
 * customer over 78 weeks. Deterministic for a seed.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SimulatedLog {

  /** The CDNOW sample's BG/NBD estimates (weeks) and Gamma-Gamma estimates (US$). */
  private static final double R = 0.242593;
  private static final double ALPHA = 4.41353;
  private static final double A = 0.792886;
  private static final double B = 2.42575;
  private static final double P = 6.24880;
  private static final double Q = 3.74459;
  private static final double GAMMA = 15.4477;
  /** Customers join over the first 12 weeks, as CDNOW's cohort did in the first quarter of 1997. */
  private static final int COHORT_DAYS = 84;
  /** Rows at the most: a log is written for a machine to read back. */
  public static final long MAX_ROWS = 200_000_000L;

  private SimulatedLog() {}

  /**
   * Writes customers' transactions until {@code rows} rows are written (the last customer's stream is
   * cut there), starting on {@code start} and observed for {@code weeks} weeks.
   *
   * @return the number of customers written
   */
  public static long write(Path file, long rows, LocalDate start, int weeks, long seed) {
    if (rows < 1 || rows > MAX_ROWS) {
      throw new IllegalArgumentException("rows must be in [1, " + MAX_ROWS + "], but was " + rows);
    }
    if (weeks < 13 || weeks > 5200) {
      throw new IllegalArgumentException("weeks must be in [13, 5200], but was " + weeks);
    }
    SplittableRandom random = new SplittableRandom(seed);
    long startDay = start.toEpochDay();
    double horizon = weeks;
    long written = 0;
    long customers = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("customer_id,date,amount\n");
      StringBuilder b = new StringBuilder(64);
      while (written < rows) {
        customers++;
        double lambda = gamma(random, R) / ALPHA;
        double p = beta(random, A, B);
        double nu = gamma(random, Q) / GAMMA;
        double birth = random.nextInt(COHORT_DAYS) / 7.0;
        double t = birth;
        do {
          b.setLength(0);
          long day = startDay + (long) Math.floor(t * 7);
          double amount = Math.max(0.01, Math.round(gamma(random, P) / nu * 100) / 100.0);
          b.append(customers).append(',').append(LocalDate.ofEpochDay(day)).append(',').append(amount).append('\n');
          w.append(b);
          written++;
          if (random.nextDouble() < p) {
            break;
          }
          t += -Math.log(1 - random.nextDouble()) / lambda;
        } while (t < horizon && written < rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return customers;
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang (2000); shapes below 1 through the boost U^(1/shape). */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal(random);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  static double beta(SplittableRandom random, double a, double b) {
    double x = gamma(random, a);
    return x / (x + gamma(random, b));
  }

  /** A standard normal variate by the polar method. */
  private static double normal(SplittableRandom random) {
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
}
