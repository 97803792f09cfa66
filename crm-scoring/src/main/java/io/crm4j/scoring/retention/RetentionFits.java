package io.crm4j.scoring.retention;

import io.crm4j.core.money.Money;
import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.ParametricModel;
import io.crm4j.scoring.clv.spi.KernelFit;
import io.crm4j.scoring.clv.spi.LikelihoodKernel;
import io.crm4j.scoring.clv.spi.LocalPass;
import io.crm4j.scoring.clv.spi.NewtonFit;
import io.crm4j.scoring.retention.internal.DurationCounts;
import io.crm4j.scoring.retention.internal.Lifetimes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;

/**
 * What the retention models share: the fit through the CLV models' Newton machinery, the checks
 * that reject data without a finite maximum-likelihood estimate, and the quantities every model
 * derives from its log-survival function.
 */
final class RetentionFits {

  /** The smallest positive discount rate accepted: the series need about 37/d terms. */
  static final double MIN_DISCOUNT_RATE = 1e-4;

  private RetentionFits() {}

  /**
   * Fits {@code kernel} on the counts from {@code warm} (if not null) and the kernel's first
   * {@link FitOptions#starts()} starting points.
   *
   * @throws IllegalArgumentException when the data have no finite maximum (see {@link #checkFittable})
   */
  static <M extends ParametricModel> FitResult<M> fit(LikelihoodKernel<DurationCounts> kernel, DurationCounts data,
      FitOptions options, double @org.jspecify.annotations.Nullable [] warm, Function<double[], M> factory) {
    Objects.requireNonNull(options, "options");
    checkFittable(data, kernel.dimension());
    List<double[]> starts = new ArrayList<>();
    if (warm != null) {
      starts.add(warm);
    }
    List<double[]> fixed = kernel.startingPoints(1);
    starts.addAll(fixed.subList(0, Math.min(fixed.size(), options.starts())));
    KernelFit fit = NewtonFit.maximize(LocalPass.of(kernel, List.of(data)), kernel.dimension(), starts,
        options.penalizer(), options.maxIterations(), options.exhaustiveStarts());
    int customers = (int) Math.min(Integer.MAX_VALUE, Math.round(data.totalWeight()));
    return FitResult.of(kernel, fit, customers, factory);
  }

  /**
   * Rejects data whose likelihood has no finite maximum or does not identify the parameters:
   * nobody churned (the likelihood rises as retention tends to 100 %), everybody churned in
   * period 1 (it rises as the first-period churn tends to 100 %), or fewer distinct periods of
   * data than parameters.
   */
  static void checkFittable(DurationCounts data, int parameters) {
    double total = data.totalWeight();
    if (!(data.churnedWeight() > 0)) {
      throw new IllegalArgumentException("data must hold at least one churned customer to fit, but none of "
          + total + " churned (retention of 100 % has no finite maximum-likelihood estimate)");
    }
    if (!(data.renewedWeight() > 0)) {
      throw new IllegalArgumentException("data must hold at least one customer who renewed to fit, but all "
          + total + " churned in period 1 (churn of 100 % has no finite maximum-likelihood estimate)");
    }
    if (data.maxTime() < parameters) {
      throw new IllegalArgumentException("data must cover at least " + parameters + " periods to fit "
          + parameters + " parameters, but covered " + data.maxTime());
    }
  }

  static int checkPeriods(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, but was " + value);
    }
    return value;
  }

  static int checkPeriod(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("period must be >= 1, but was " + value);
    }
    return value;
  }

  static double positive(double value, String name) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, but was " + value);
    }
    return value;
  }

  /** Checks a positive discount rate for the series: [1e-4, 1). */
  static double checkSeriesRate(double discountRate) {
    if (!(discountRate >= MIN_DISCOUNT_RATE && discountRate < 1)) {
      throw new IllegalArgumentException("discountRate must be in [" + MIN_DISCOUNT_RATE + ", 1), but was "
          + discountRate);
    }
    return discountRate;
  }

  static double[] curve(IntToDoubleFunction survival, int from, int count) {
    checkPeriods(from, "from");
    checkPeriods(count, "count");
    double[] s = new double[count];
    for (int i = 0; i < count; i++) {
      s[i] = survival.applyAsDouble((int) Math.min(Integer.MAX_VALUE, (long) from + 1 + i));
    }
    return s;
  }

  /** S(t − 1) − S(t) from ln S, as S(t − 1)·(1 − e^(ln S(t) − ln S(t − 1))). */
  static double churn(IntToDoubleFunction logSurvival, int period) {
    checkPeriod(period);
    double before = logSurvival.applyAsDouble(period - 1);
    return Math.exp(before) * -Math.expm1(logSurvival.applyAsDouble(period) - before);
  }

  static double retention(IntToDoubleFunction logSurvival, int period) {
    checkPeriod(period);
    double before = logSurvival.applyAsDouble(period - 1);
    if (before == Double.NEGATIVE_INFINITY) {
      return 0;
    }
    return Math.min(1, Math.exp(logSurvival.applyAsDouble(period) - before));
  }

  static double lifetime(IntToDoubleFunction survival, int horizon) {
    checkPeriods(horizon, "horizon");
    double sum = 0;
    for (int t = 0; t < horizon; t++) {
      double s = survival.applyAsDouble(t);
      if (s == 0) {
        break;
      }
      sum += s;
    }
    return sum;
  }

  /** DERL by the direct sum of the survival ratios (any model), for a rate checked by the caller. */
  static double residualSum(IntToDoubleFunction logSurvival, int renewals, double discountRate) {
    checkPeriods(renewals, "renewals");
    return Lifetimes.residual(logSurvival, renewals, 1 / (1 + discountRate));
  }

  static Money value(Money valuePerPeriod, double periods) {
    Objects.requireNonNull(valuePerPeriod, "valuePerPeriod");
    return valuePerPeriod.multipliedBy(new BigDecimal(periods), RoundingMode.HALF_EVEN);
  }

  static Map<String, Double> named(String[] names, double... values) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], values[i]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
