package io.crm4j.examples.bench;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.FitResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Companion to {@link ClvScaleBenchmark#bgnbdFit} for a shared machine: fits the same 1M
 * simulated customers and prints, per fit, the wall time and the CPU time of all the JVM's
 * threads (the fit runs on the calling thread and the common fork-join pool), so that the cost of
 * the work can be told apart from time spent waiting for a core. CPU time / 2 is the wall time the
 * fit would take on two free cores. Not a JMH benchmark.
 *
 * <p>{@code java -Xmx100m -cp crm-examples/target/benchmarks.jar io.crm4j.examples.bench.ClvScaleCpuTime [runs]}
 */
public final class ClvScaleCpuTime {

  private ClvScaleCpuTime() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    ClvScaleBenchmark bench = new ClvScaleBenchmark();
    bench.customers = 1_000_000;
    bench.simulate();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double sumCpu = 0;
    double sumWall = 0;
    double bestWall = Double.MAX_VALUE;
    int measured = 0;
    for (int run = 1; run <= runs; run++) {
      long cpu0 = allThreadsCpu(mx);
      long wall0 = System.nanoTime();
      FitResult<BgNbdModel> fit = bench.bgnbdFit();
      double wall = (System.nanoTime() - wall0) / 1e6;
      double cpu = (allThreadsCpu(mx) - cpu0) / 1e6;
      System.out.printf("run %2d: cpu %6.1f ms, wall %6.1f ms, %d Newton steps%n", run, cpu, wall, fit.iterations());
      if (run > runs / 3) { // the first third warms up the JIT
        sumCpu += cpu;
        sumWall += wall;
        bestWall = Math.min(bestWall, wall);
        measured++;
      }
    }
    System.out.printf("mean of the last %d: cpu %.1f ms (all threads), wall %.1f ms, best wall %.1f ms%n", measured,
        sumCpu / measured, sumWall / measured, bestWall);
  }

  private static long allThreadsCpu(ThreadMXBean mx) {
    long sum = 0;
    for (long id : mx.getAllThreadIds()) {
      long t = mx.getThreadCpuTime(id);
      if (t > 0) {
        sum += t;
      }
    }
    return sum;
  }
}
