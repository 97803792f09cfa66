package io.crm4j.scoring.clv.spi;

import org.apiguardian.api.API;

/** The kernels of the CLV models. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Kernels {

  private Kernels() {}

  /** BG/NBD (Fader, Hardie &amp; Lee 2005) over (r, α, a, b), with an analytic Hessian. */
  public static LikelihoodKernel<SummaryBlock> bgNbd() {
    return BgNbdKernel.PLAIN;
  }

  /** MBG/NBD (Batislam, Denizel &amp; Filiztekin 2007) over (r, α, a, b), with an analytic Hessian. */
  public static LikelihoodKernel<SummaryBlock> mbgNbd() {
    return BgNbdKernel.MODIFIED;
  }

  /** Pareto/NBD (Schmittlein, Morrison &amp; Colombo 1987) over (r, α, s, β). */
  public static LikelihoodKernel<SummaryBlock> paretoNbd() {
    return ParetoNbdKernel.INSTANCE;
  }

  /** Gamma-Gamma spend (Fader, Hardie &amp; Lee 2005) over (p, q, γ), with an analytic Hessian. */
  public static LikelihoodKernel<SpendBlock> gammaGamma() {
    return GammaGammaKernel.INSTANCE;
  }

  /** BG/BB (Fader, Hardie &amp; Shang 2010) over (α, β, γ, δ). */
  public static LikelihoodKernel<PeriodBlock> bgBb() {
    return BgBbKernel.INSTANCE;
  }
}
