package io.crm4j.scoring.clv.spi;

import io.crm4j.scoring.clv.internal.Linear;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Maximizes a log-likelihood given as a {@link DataPass} by a damped Newton method in
 * log-parameter space (u = ln θ keeps every parameter positive). The function minimized is
 * F(u) = −LL(θ)/N + λ Σ θ², the mean negative log-likelihood plus an L2 penalty (the scaling of
 * lifetimes 0.11.3), N the total weight. Every evaluation asks the pass for the Hessian, so each
 * Newton step costs one pass over the data (a backtracking line search adds passes only when the
 * full step fails, which is rare); where the Hessian is not positive definite a multiple of the
 * identity is added (Levenberg-Marquardt). The search stops when the largest gradient entry of F
 * in u is below 1e-9, or when the Newton decrement falls below what F resolves in double
 * precision. Standard errors come from the Hessian of the last accepted pass, so they cost no pass.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NewtonFit {

  private static final double GRADIENT_TOLERANCE = 1e-9;
  private static final double MAX_STEP = 3.0;

  private final DataPass pass;
  private final int n;
  private final double penalizer;
  private final int maxIterations;
  private int passes;

  private NewtonFit(DataPass pass, int n, double penalizer, int maxIterations) {
    this.pass = pass;
    this.n = n;
    this.penalizer = penalizer;
    this.maxIterations = maxIterations;
  }

  /**
   * Runs from the starts (natural parameters) in order and returns the best finite result: a
   * converged run beats one that is not, then the lower F wins. Unless {@code exhaustive}, the
   * search stops at the first start that converges.
   *
   * @throws IllegalArgumentException when an argument is out of range (penalizer not finite and
   *     &gt;= 0, maxIterations &lt; 1, no start, a start of the wrong length or not positive)
   * @throws IllegalStateException when the log-likelihood is not finite at any start
   */
  public static KernelFit maximize(DataPass pass, int dimension, List<double[]> starts, double penalizer,
      int maxIterations, boolean exhaustive) {
    Objects.requireNonNull(pass, "pass");
    Objects.requireNonNull(starts, "starts");
    if (dimension < 1 || dimension > 16) {
      throw new IllegalArgumentException("dimension must be in [1, 16], but was " + dimension);
    }
    if (!(penalizer >= 0) || !Double.isFinite(penalizer)) {
      throw new IllegalArgumentException("penalizer must be finite and >= 0, but was " + penalizer);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be >= 1, but was " + maxIterations);
    }
    if (starts.isEmpty()) {
      throw new IllegalArgumentException("starts must hold at least one point, but was empty");
    }
    for (double[] s : starts) {
      Blocks.checkTheta(s, dimension);
    }
    return new NewtonFit(pass, dimension, penalizer, maxIterations).search(starts, exhaustive);
  }

  /** A point of the search: u, F, its gradient and Hessian in u, and the sums it came from. */
  private record Point(double[] u, double f, double[] g, double[][] h, @Nullable PartialSums sums) {
    boolean finite() {
      return Double.isFinite(f);
    }
  }

  private record Run(Point at, int iterations, boolean converged) {}

  private KernelFit search(List<double[]> starts, boolean exhaustive) {
    Run best = null;
    for (double[] start : starts) {
      double[] u = new double[n];
      for (int i = 0; i < n; i++) {
        u[i] = Math.log(start[i]);
      }
      Run run = run(u);
      if (!run.at.finite()) {
        continue;
      }
      if (best == null || (run.converged && !best.converged)
          || (run.converged == best.converged && run.at.f < best.at.f)) {
        best = run;
      }
      if (run.converged && !exhaustive) {
        break;
      }
    }
    if (best == null) {
      StringBuilder sb = new StringBuilder();
      for (double[] s : starts) {
        sb.append(Arrays.toString(s));
      }
      throw new IllegalStateException("log-likelihood must be finite at some start, but was not at any of " + sb);
    }
    return finish(best);
  }

  private Run run(double[] u0) {
    Point p = evaluate(u0);
    if (!p.finite()) {
      return new Run(p, 0, false);
    }
    int it = 0;
    boolean converged = false;
    double[] trial = new double[n];
    while (it < maxIterations) {
      if (maxAbs(p.g) < GRADIENT_TOLERANCE) {
        converged = true;
        break;
      }
      it++;
      double[] d = newtonDirection(p.h, p.g);
      double slope = dot(p.g, d);
      if (!(slope < 0)) {
        for (int i = 0; i < n; i++) {
          d[i] = -p.g[i];
        }
        slope = dot(p.g, d);
      }
      if (-slope < 1e-13 * Math.max(1.0, Math.abs(p.f)) && maxAbs(p.g) < 1e-6) {
        // the Newton decrement is below what F can resolve in double precision: a line search
        // could only fail on rounding noise
        converged = true;
        it--;
        break;
      }
      double norm = maxAbs(d);
      if (norm > MAX_STEP) {
        for (int i = 0; i < n; i++) {
          d[i] *= MAX_STEP / norm;
        }
        slope *= MAX_STEP / norm;
      }
      double step = 1;
      Point next = null;
      for (int k = 0; k < 60; k++) {
        for (int i = 0; i < n; i++) {
          trial[i] = p.u[i] + step * d[i];
        }
        Point q = evaluate(trial);
        if (q.finite() && q.f <= p.f + 1e-4 * step * slope) {
          next = q;
          break;
        }
        step *= 0.5;
      }
      if (next == null) {
        converged = maxAbs(p.g) < 1e-6;
        break;
      }
      p = next;
    }
    if (!converged && maxAbs(p.g) < GRADIENT_TOLERANCE) {
      converged = true;
    }
    return new Run(p, it, converged);
  }

  private KernelFit finish(Run run) {
    PartialSums sums = run.at.sums;
    assert sums != null && sums.isDefined();
    double[] theta = new double[n];
    for (int i = 0; i < n; i++) {
      theta[i] = Math.exp(run.at.u[i]);
    }
    double weight = sums.weight();
    // observed information of the penalized objective in natural parameters: −H + 2λN I
    double[][] info = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        info[i][j] = -sums.hessianAt(i, j) + (i == j ? 2 * penalizer * weight : 0.0);
      }
    }
    double[] se = new double[0];
    double[][] inv = Linear.inverseSpd(info);
    if (inv != null) {
      se = new double[n];
      for (int i = 0; i < n; i++) {
        se[i] = Math.sqrt(inv[i][i]);
        if (!Double.isFinite(se[i])) {
          se = new double[0];
          break;
        }
      }
    }
    return new KernelFit(theta, sums.logLikelihood(), weight, run.iterations, run.converged, se, passes);
  }

  /** F(u) with its gradient and Hessian in u, from one pass; F is NaN when θ or the sums are not finite. */
  private Point evaluate(double[] u) {
    double[] theta = new double[n];
    double[] g = new double[n];
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      theta[i] = Math.exp(u[i]);
      if (!(theta[i] > 0) || !Double.isFinite(theta[i])) {
        return new Point(u.clone(), Double.NaN, g, h, null);
      }
    }
    passes++;
    PartialSums s = pass.evaluate(theta, Derivatives.HESSIAN);
    if (!s.isDefined() || !(s.weight() > 0)) {
      return new Point(u.clone(), Double.NaN, g, h, null);
    }
    double scale = s.weight();
    double f = -s.logLikelihood() / scale;
    for (int i = 0; i < n; i++) {
      f += penalizer * theta[i] * theta[i];
      g[i] = theta[i] * (-s.gradientAt(i) / scale + 2 * penalizer * theta[i]);
      if (!Double.isFinite(g[i])) {
        return new Point(u.clone(), Double.NaN, g, h, null);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double hij = -s.hessianAt(i, j) / scale + (i == j ? 2 * penalizer : 0.0);
        h[i][j] = theta[i] * theta[j] * hij + (i == j ? g[i] : 0.0);
      }
    }
    return new Point(u.clone(), f, g, h, s);
  }

  private double[] newtonDirection(double[][] h, double[] g) {
    double mu = 0;
    double diag = 0;
    for (int i = 0; i < n; i++) {
      diag = Math.max(diag, Math.abs(h[i][i]));
    }
    for (int attempt = 0; attempt < 40; attempt++) {
      double[][] m = new double[n][n];
      for (int i = 0; i < n; i++) {
        m[i] = h[i].clone();
        m[i][i] += mu;
      }
      double[] d = Linear.solveSpd(m, g);
      if (d != null) {
        for (int i = 0; i < n; i++) {
          d[i] = -d[i];
        }
        return d;
      }
      mu = mu == 0 ? Math.max(1e-8, 1e-6 * diag) : mu * 10;
    }
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = -g[i];
    }
    return d;
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
