/**
 * Service-provider interface for fitting the CLV models on another engine (a cluster, a database,
 * a stream): the models' log-likelihoods as mergeable kernels. {@code BgNbdModel.fit} and the other
 * single-machine fits use exactly this package, through {@link io.crm4j.scoring.clv.spi.LocalPass}.
 *
 * <p>How an engine plugs in:
 * <ol>
 *   <li><b>Blocks.</b> Cut the customer data into column blocks: {@link
 *       io.crm4j.scoring.clv.spi.SummaryBlock} (x, t_x, T, weight) for BG/NBD, MBG/NBD and
 *       Pareto/NBD, {@link io.crm4j.scoring.clv.spi.SpendBlock} for Gamma-Gamma, {@link
 *       io.crm4j.scoring.clv.spi.PeriodBlock} for BG/BB. Blocks are immutable and {@code
 *       Serializable}, so the engine may cache and ship them.</li>
 *   <li><b>Kernels.</b> {@link io.crm4j.scoring.clv.spi.Kernels} hands out one {@link
 *       io.crm4j.scoring.clv.spi.LikelihoodKernel} per model; {@code evaluate(block, θ, derivatives)}
 *       gives the block's log-likelihood (and gradient, Hessian) as {@link
 *       io.crm4j.scoring.clv.spi.PartialSums}.</li>
 *   <li><b>Passes.</b> Implement {@link io.crm4j.scoring.clv.spi.DataPass}: evaluate the kernel on
 *       every block at θ and merge the results with {@link
 *       io.crm4j.scoring.clv.spi.PartialSums#plus}, which is associative and commutative (to
 *       rounding), so any tree of partial merges gives the same sums.</li>
 *   <li><b>Newton.</b> {@link io.crm4j.scoring.clv.spi.NewtonFit#maximize} runs the Newton search from
 *       the kernel's starting points over the pass and returns a {@link
 *       io.crm4j.scoring.clv.spi.KernelFit}; {@code FitResult.of(kernel, fit, customers, factory)}
 *       turns that into the same result a local fit returns.</li>
 * </ol>
 *
 * <p>The likelihood maths itself is not part of the SPI: the kernels are implementations behind
 * {@link io.crm4j.scoring.clv.spi.Kernels} and may change without notice. The serialized form of
 * blocks and partial sums is not stable across versions: the driver and the workers must run the
 * same crm-scoring jar. See {@code docs/scale-out.md} for a worked Spark example.
 */
@NullMarked
package io.crm4j.scoring.clv.spi;

import org.jspecify.annotations.NullMarked;
