package io.crm4j.scoring.clv.spi;

import org.apiguardian.api.API;

/**
 * "Evaluate the partial sums over all data at θ": one pass of a kernel over every block, summed.
 * The single-machine fit implements it with threads ({@link LocalPass}); a distributed engine with
 * one aggregation over its cached blocks.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface DataPass {

  /** The sums over all data at {@code theta} (natural parameters). */
  PartialSums evaluate(double[] theta, Derivatives derivatives);
}
