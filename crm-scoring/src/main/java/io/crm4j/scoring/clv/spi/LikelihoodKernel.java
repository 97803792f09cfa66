package io.crm4j.scoring.clv.spi;

import java.io.Serializable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The log-likelihood of one model over a column block, with its gradient and Hessian, as
 * {@link PartialSums} that add up across blocks in any order. Kernels are stateless, serializable
 * and thread-safe, so an engine can ship one to its workers once and evaluate any block anywhere.
 * Obtain them from {@link Kernels}.
 *
 * @param <B> the block type the model reads
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface LikelihoodKernel<B> extends Serializable {

  /** The model's short name, as in the command line ({@code bgnbd}, {@code pareto-nbd}, ...). */
  String model();

  /** The parameter names in the order of {@code theta}. */
  List<String> parameterNames();

  /** Number of parameters. */
  default int dimension() {
    return parameterNames().size();
  }

  /**
   * The sums over the block at {@code theta} (natural parameters, all finite and &gt; 0).
   *
   * @throws IllegalArgumentException when theta has the wrong length or a parameter is not finite and &gt; 0
   */
  PartialSums evaluate(B block, double[] theta, Derivatives derivatives);

  /**
   * The starting points the single-machine fit tries, in order; {@code meanAge} (the weighted mean
   * T of the data, in its time unit) scales the first one where the model has a time scale, and
   * is ignored otherwise.
   */
  List<double[]> startingPoints(double meanAge);
}
