package io.crm4j.scoring.clv.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Maximizes a log-likelihood over positive parameters by a damped Newton method in log-parameter
 * space (u = ln θ keeps every parameter positive). The function minimized is
 * F(u) = -LL(θ)/N + λ Σ θ², the mean negative log-likelihood plus an L2 penalty on the
 * parameters (the scaling of the Python reference, lifetimes 0.11.3). The Hessian is the
 * objective's analytic one or central differences of its analytic gradient; where it is not
 * positive definite a multiple of the identity is added (Levenberg-Marquardt), and each step is
 * a backtracking line search on F.
 */
public final class Optimizer {

  private static final double GRADIENT_TOLERANCE = 1e-9;
  private static final double MAX_STEP = 3.0;

  private final Objective objective;
  private final double penalizer;
  private final int maxIterations;
  private final int n;
  private final double scale;

  private final boolean exhaustive;

  /**
   * @param exhaustive whether every start is run; otherwise the search stops at the first start
   *     that converges
   */
  public Optimizer(Objective objective, double penalizer, int maxIterations, boolean exhaustive) {
    this.exhaustive = exhaustive;
    this.objective = objective;
    this.penalizer = penalizer;
    this.maxIterations = maxIterations;
    this.n = objective.dimension();
    this.scale = objective.observations();
  }

  /** Runs from the starts (natural parameters) in order and returns the best finite result. */
  public OptimizerResult maximize(List<double[]> starts) {
    Run best = null;
    for (double[] start : starts) {
      double[] u = new double[n];
      for (int i = 0; i < n; i++) {
        u[i] = Math.log(start[i]);
      }
      Run run = run(u);
      if (!Double.isFinite(run.f)) {
        continue;
      }
      if (best == null || (run.converged && !best.converged)
          || (run.converged == best.converged && run.f < best.f)) {
        best = run;
      }
      if (run.converged && !exhaustive) {
        break;
      }
    }
    if (best == null) {
      throw new IllegalStateException("log-likelihood must be finite at some start, but was not at any of "
          + describe(starts));
    }
    return finish(best);
  }

  private static String describe(List<double[]> starts) {
    StringBuilder sb = new StringBuilder();
    for (double[] s : starts) {
      sb.append(Arrays.toString(s));
    }
    return sb.toString();
  }

  private record Run(double[] u, double f, int iterations, boolean converged) {}

  private Run run(double[] u0) {
    boolean analytic = objective.hasHessian();
    double[] u = u0.clone();
    double[] g = new double[n];
    double[][] h = new double[n][n];
    double f = evaluate(u, g, analytic ? h : null);
    if (!Double.isFinite(f)) {
      return new Run(u, f, 0, false);
    }
    if (!analytic) {
      hessian(u, g, h);
    }
    int it = 0;
    boolean converged = false;
    double[] trial = new double[n];
    double[] gTrial = new double[n];
    double[][] hTrial = new double[n][n];
    while (it < maxIterations) {
      if (maxAbs(g) < GRADIENT_TOLERANCE) {
        converged = true;
        break;
      }
      it++;
      double[] d = newtonDirection(h, g);
      double slope = dot(g, d);
      if (!(slope < 0)) {
        for (int i = 0; i < n; i++) {
          d[i] = -g[i];
        }
        slope = dot(g, d);
      }
      double norm = maxAbs(d);
      if (norm > MAX_STEP) {
        for (int i = 0; i < n; i++) {
          d[i] *= MAX_STEP / norm;
        }
        slope *= MAX_STEP / norm;
      }
      double step = 1;
      double fTrial = Double.NaN;
      boolean accepted = false;
      for (int k = 0; k < 60; k++) {
        for (int i = 0; i < n; i++) {
          trial[i] = u[i] + step * d[i];
        }
        fTrial = evaluate(trial, gTrial, analytic ? hTrial : null);
        if (Double.isFinite(fTrial) && fTrial <= f + 1e-4 * step * slope) {
          accepted = true;
          break;
        }
        step *= 0.5;
      }
      if (!accepted) {
        converged = maxAbs(g) < 1e-6;
        break;
      }
      double[] swap = u;
      u = trial;
      trial = swap;
      swap = g;
      g = gTrial;
      gTrial = swap;
      f = fTrial;
      if (analytic) {
        double[][] hs = h;
        h = hTrial;
        hTrial = hs;
      } else if (maxAbs(g) >= GRADIENT_TOLERANCE) {
        hessian(u, g, h);
      }
    }
    if (!converged && maxAbs(g) < GRADIENT_TOLERANCE) {
      converged = true;
    }
    return new Run(u, f, it, converged);
  }

  private OptimizerResult finish(Run run) {
    double[] theta = new double[n];
    for (int i = 0; i < n; i++) {
      theta[i] = Math.exp(run.u[i]);
    }
    double[] g = new double[n];
    double[][] hu = new double[n][n];
    double f = evaluate(run.u, g, null);
    hessian(run.u, g, hu);
    double ll = objective.value(theta, null, null);
    // natural-space Hessian of F: H_theta = J^-1 (H_u - diag(g_u)) J^-1 with J = diag(theta)
    double[][] ht = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = hu[i][j] - (i == j ? g[i] : 0.0);
        ht[i][j] = v / (theta[i] * theta[j]) * scale;
      }
    }
    double[] se = null;
    double[][] inv = Linear.inverseSpd(ht);
    if (inv != null) {
      se = new double[n];
      for (int i = 0; i < n; i++) {
        se[i] = Math.sqrt(inv[i][i]);
        if (!Double.isFinite(se[i])) {
          se = null;
          break;
        }
      }
    }
    assert Double.isFinite(f);
    return new OptimizerResult(theta, ll, run.iterations, run.converged, se);
  }

  /** F(u) and its gradient in u; optionally the analytic Hessian in u. */
  private double evaluate(double[] u, double[] gu, double[][] hu) {
    double[] theta = new double[n];
    for (int i = 0; i < n; i++) {
      theta[i] = Math.exp(u[i]);
      if (!(theta[i] > 0) || !Double.isFinite(theta[i])) {
        return Double.NaN;
      }
    }
    double[] g = new double[n];
    double[][] h = hu == null ? null : new double[n][n];
    if (hu != null) {
      for (double[] row : hu) {
        java.util.Arrays.fill(row, 0.0);
      }
    }
    double ll = objective.value(theta, g, h);
    double f = -ll / scale;
    for (int i = 0; i < n; i++) {
      f += penalizer * theta[i] * theta[i];
      double gi = -g[i] / scale + 2 * penalizer * theta[i];
      gu[i] = theta[i] * gi;
      if (!Double.isFinite(gu[i])) {
        return Double.NaN;
      }
    }
    if (hu != null) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double hij = -h[i][j] / scale + (i == j ? 2 * penalizer : 0.0);
          hu[i][j] = theta[i] * theta[j] * hij + (i == j ? gu[i] : 0.0);
        }
      }
    }
    return f;
  }

  private void hessian(double[] u, double[] g, double[][] h) {
    if (objective.hasHessian()) {
      double[] gg = new double[n];
      evaluate(u, gg, h);
      return;
    }
    assert h.length == n;
    double[] up = u.clone();
    double[] gp = new double[n];
    double[] gm = new double[n];
    for (int j = 0; j < n; j++) {
      double step = 1e-5;
      up[j] = u[j] + step;
      evaluate(up, gp, null);
      up[j] = u[j] - step;
      evaluate(up, gm, null);
      up[j] = u[j];
      for (int i = 0; i < n; i++) {
        h[i][j] = (gp[i] - gm[i]) / (2 * step);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double v = 0.5 * (h[i][j] + h[j][i]);
        h[i][j] = v;
        h[j][i] = v;
      }
    }
    assert g.length == n;
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
