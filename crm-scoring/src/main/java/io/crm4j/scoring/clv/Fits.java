package io.crm4j.scoring.clv;

import io.crm4j.scoring.clv.internal.Objective;
import io.crm4j.scoring.clv.internal.Optimizer;
import io.crm4j.scoring.clv.internal.OptimizerResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Runs the optimizer for a model and packs the outcome into a {@link FitResult}. */
final class Fits {

  private Fits() {}

  static <M extends ParametricModel> FitResult<M> fit(
      Objective objective, double[][] candidateStarts, FitOptions options, String[] names, int customers,
      Function<double[], M> factory) {
    List<double[]> starts = new ArrayList<>();
    for (int i = 0; i < Math.min(options.starts(), candidateStarts.length); i++) {
      starts.add(candidateStarts[i]);
    }
    OptimizerResult r = new Optimizer(objective, options.penalizer(), options.maxIterations(), options.exhaustiveStarts()).maximize(starts);
    M model = factory.apply(r.theta());
    Map<String, Double> se = new LinkedHashMap<>();
    double[] errors = r.standardErrors();
    if (errors != null) {
      for (int i = 0; i < names.length; i++) {
        se.put(names[i], errors[i]);
      }
    }
    return new FitResult<>(model, r.logLikelihood(), se, customers, r.iterations(), r.converged());
  }

  static void requireFittable(ClvSummary summary) {
    if (summary.size() < 2) {
      throw new IllegalArgumentException("summary must hold at least 2 customers to fit, but held " + summary.size());
    }
    if (summary.repeatCustomers() == 0) {
      throw new IllegalArgumentException(
          "summary must hold at least one customer with frequency > 0 to fit, but held none of " + summary.size());
    }
  }

  static Map<String, Double> named(String[] names, double... values) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], values[i]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
