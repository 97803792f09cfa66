package io.crm4j.examples.bench;

import io.crm4j.scoring.rfm.RfmTable;
import io.crm4j.scoring.tiering.AbcClass;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Companion to {@link RfmAbcBenchmark} for a shared, overloaded machine: runs the same operation
 * on the same data and prints the CPU time of the running thread next to the wall time, so that the
 * cost of the work can be told apart from time spent waiting for a core. Not a JMH benchmark; use
 * the JMH figures when the machine is quiet.
 *
 * <p>{@code java -Xmx4g -cp crm-examples/target/benchmarks.jar io.crm4j.examples.bench.RfmAbcCpuTime [runs]}
 */
public final class RfmAbcCpuTime {

  private RfmAbcCpuTime() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    RfmAbcBenchmark bench = new RfmAbcBenchmark();
    bench.customers = 1_000_000;
    bench.purchases = 10_000_000;
    bench.setUp();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long bestCpu = Long.MAX_VALUE;
    long bestWall = Long.MAX_VALUE;
    long sumCpu = 0;
    int measured = 0;
    for (int run = 1; run <= runs; run++) {
      long cpu0 = mx.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      RfmTable table = bench.rfmOnly();
      AbcClass[] classes = bench.abcOf(table);
      long cpu = mx.getCurrentThreadCpuTime() - cpu0;
      long wall = System.nanoTime() - wall0;
      System.out.printf("run %2d: cpu %5d ms, wall %5d ms (%d customers, first class %s)%n",
          run, cpu / 1_000_000, wall / 1_000_000, table.size(), classes[0]);
      if (run > runs / 3) { // the first third warms up the JIT
        bestCpu = Math.min(bestCpu, cpu);
        bestWall = Math.min(bestWall, wall);
        sumCpu += cpu;
        measured++;
      }
    }
    System.out.printf("after warm-up: mean cpu %d ms, best cpu %d ms, best wall %d ms over %d runs%n",
        sumCpu / measured / 1_000_000, bestCpu / 1_000_000, bestWall / 1_000_000, measured);
  }
}
