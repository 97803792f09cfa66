package io.crm4j.scoring.clv;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a model is fitted by maximum likelihood: the L2 penalizer λ (the objective is the mean
 * negative log-likelihood plus λ Σ θ², as in lifetimes 0.11.3), the iteration limit per start,
 * how many of the model's starting points may be tried and whether all of them are run
 * (exhaustive) or the search stops at the first start that converges. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FitOptions {

  private static final FitOptions DEFAULTS = new Builder().build();

  private final double penalizer;
  private final int maxIterations;
  private final int starts;
  private final boolean exhaustiveStarts;

  private FitOptions(Builder b) {
    this.exhaustiveStarts = b.exhaustiveStarts;
    this.penalizer = b.penalizer;
    this.maxIterations = b.maxIterations;
    this.starts = b.starts;
  }

  /** No penalizer, at most 200 Newton iterations per start, up to 3 starts, stop at the first that converges. */
  public static FitOptions ofDefaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from {@code base}. */
  public static Builder from(FitOptions base) {
    Objects.requireNonNull(base, "base");
    return new Builder().penalizer(base.penalizer).maxIterations(base.maxIterations).starts(base.starts)
        .exhaustiveStarts(base.exhaustiveStarts);
  }

  /** The L2 penalizer λ, zero or more. */
  public double penalizer() {
    return penalizer;
  }

  /** The maximum number of Newton iterations per start. */
  public int maxIterations() {
    return maxIterations;
  }

  /**
   * How many of the model's starting points are tried (the best finite optimum wins). For
   * summaries of more than 200,000 customers the optimum on a strided subsample of about 50,000 is
   * tried before them, which usually leaves two Newton steps over all the data.
   */
  public int starts() {
    return starts;
  }

  /** Whether every start is run (the best optimum wins) rather than stopping at the first that converges. */
  public boolean exhaustiveStarts() {
    return exhaustiveStarts;
  }

  @Override
  public String toString() {
    return "FitOptions[penalizer=" + penalizer + ", maxIterations=" + maxIterations + ", starts=" + starts
        + ", exhaustiveStarts=" + exhaustiveStarts + "]";
  }

  /** Builder for {@link FitOptions}; every setter checks its argument at once. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private double penalizer = 0.0;
    private int maxIterations = 200;
    private int starts = 3;
    private boolean exhaustiveStarts;

    private Builder() {}

    /** Sets the L2 penalizer; must be finite and &gt;= 0. */
    public Builder penalizer(double penalizer) {
      this.penalizer = Validation.nonNegative(penalizer, "penalizer");
      return this;
    }

    /** Sets the iteration limit per start; must be in [1, 100000]. */
    public Builder maxIterations(int maxIterations) {
      if (maxIterations < 1 || maxIterations > 100_000) {
        throw new IllegalArgumentException("maxIterations must be in [1, 100000], but was " + maxIterations);
      }
      this.maxIterations = maxIterations;
      return this;
    }

    /** Sets the number of starting points; must be in [1, 4]. */
    public Builder starts(int starts) {
      if (starts < 1 || starts > 4) {
        throw new IllegalArgumentException("starts must be in [1, 4], but was " + starts);
      }
      this.starts = starts;
      return this;
    }

    /** Whether all starts are run and the best optimum kept (default false: stop at the first converged start). */
    public Builder exhaustiveStarts(boolean exhaustive) {
      this.exhaustiveStarts = exhaustive;
      return this;
    }

    /** Returns the options. */
    public FitOptions build() {
      return new FitOptions(this);
    }
  }
}
