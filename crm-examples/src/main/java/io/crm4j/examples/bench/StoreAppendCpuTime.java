package io.crm4j.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Companion to {@link StoreBenchmarks#purchaseAppendBatched} for a shared, overloaded machine:
 * appends the same batches of 1,000 purchases (with their outbox events) to a fresh store per
 * round, as the benchmark does per iteration, and prints the CPU time of the appending thread next
 * to the wall time, so that the cost of the work can be told apart from time spent waiting for a
 * core. Work done by other threads (H2's background page writer in file mode, the garbage
 * collector) is not in the CPU figure; it is in the wall figure. Not a JMH benchmark; use the JMH
 * figures when the machine is quiet.
 *
 * <p>{@code java -cp crm-examples/target/benchmarks.jar io.crm4j.examples.bench.StoreAppendCpuTime
 * [h2-file|h2-memory|postgresql] [rounds] [batches per round]}
 */
public final class StoreAppendCpuTime {

  private StoreAppendCpuTime() {}

  public static void main(String[] args) throws Exception {
    String database = args.length > 0 ? args[0] : "h2-file";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    int batches = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    if (rounds < 3 || batches < 1) {
      throw new IllegalArgumentException("rounds must be >= 3 and batches >= 1, but were " + rounds + " and " + batches);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int warmUp = rounds / 3;
    long[] cpu = new long[(rounds - warmUp) * batches];
    long[] wall = new long[cpu.length];
    int n = 0;
    StoreBenchmarks bench = new StoreBenchmarks();
    StoreBenchmarks.Purchases purchases = new StoreBenchmarks.Purchases();
    for (int round = 0; round < rounds; round++) {
      StoreBenchmarks.Jdbc store = new StoreBenchmarks.Jdbc();
      store.database = database;
      store.lifetime = "iteration";
      store.openForIteration();
      long roundCpu = 0;
      long roundWall = 0;
      for (int b = 0; b < batches; b++) {
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        bench.purchaseAppendBatched(store, purchases);
        long c = mx.getCurrentThreadCpuTime() - cpu0;
        long w = System.nanoTime() - wall0;
        roundCpu += c;
        roundWall += w;
        if (round >= warmUp) {
          cpu[n] = c;
          wall[n] = w;
          n++;
        }
      }
      store.closeAfterIteration();
      System.out.printf("round %2d%s: %,7.0f purchases/s by cpu time, %,7.0f by wall time%n", round + 1,
          round < warmUp ? " (warm-up)" : "", perSecond(roundCpu / batches), perSecond(roundWall / batches));
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf("after warm-up, median batch of %d: cpu %.2f ms (%,.0f purchases/s), wall %.2f ms (%,.0f purchases/s)%n",
        StoreBenchmarks.BATCH, cpu[n / 2] / 1e6, perSecond(cpu[n / 2]), wall[n / 2] / 1e6, perSecond(wall[n / 2]));
  }

  private static double perSecond(long nanosPerBatch) {
    return StoreBenchmarks.BATCH * 1e9 / nanosPerBatch;
  }
}
