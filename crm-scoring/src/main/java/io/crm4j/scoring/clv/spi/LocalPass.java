package io.crm4j.scoring.clv.spi;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * A {@link DataPass} over blocks held in memory: each block is evaluated by the kernel, on the
 * caller's thread and the common fork-join pool's threads (all cores), and the partial sums are
 * merged. The summation tree depends only on the number of blocks, so a pass is deterministic.
 * Immutable and thread-safe.
 *
 * @param <B> the block type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LocalPass<B> implements DataPass {

  private final LikelihoodKernel<B> kernel;
  private final List<B> blocks;

  private LocalPass(LikelihoodKernel<B> kernel, List<B> blocks) {
    this.kernel = kernel;
    this.blocks = blocks;
  }

  /**
   * A pass of {@code kernel} over {@code blocks} (the list is copied).
   *
   * @throws IllegalArgumentException when there is no block
   */
  public static <B> LocalPass<B> of(LikelihoodKernel<B> kernel, List<B> blocks) {
    Objects.requireNonNull(kernel, "kernel");
    Objects.requireNonNull(blocks, "blocks");
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("blocks must hold at least one block, but was empty");
    }
    return new LocalPass<>(kernel, List.copyOf(blocks));
  }

  @Override
  public PartialSums evaluate(double[] theta, Derivatives derivatives) {
    if (blocks.size() == 1) {
      return kernel.evaluate(blocks.get(0), theta, derivatives);
    }
    return IntStream.range(0, blocks.size()).parallel()
        .mapToObj(i -> kernel.evaluate(blocks.get(i), theta, derivatives))
        .reduce(PartialSums::plus)
        .orElseThrow();
  }
}
