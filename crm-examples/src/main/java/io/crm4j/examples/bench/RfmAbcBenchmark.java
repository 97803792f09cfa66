package io.crm4j.examples.bench;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.scoring.rfm.RfmAnalysis;
import io.crm4j.scoring.rfm.RfmTable;
import io.crm4j.scoring.tiering.AbcClass;
import io.crm4j.scoring.tiering.AbcClassification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * RFM scoring plus ABC classification of the customers' monetary values, over a columnar purchase
 * log (issue 4's target: 10 million purchases of 1 million customers in at most 1 s on 2 cores).
 *
 * <p>The log is three primitive arrays built once in setup: customer index, purchase time (epoch
 * second, spread over two years before the as-of date) and amount in cents (1.00 to 1,000.00);
 * each customer buys at least once. Run {@code -prof gc} to see that the allocation per operation
 * follows the number of customers, not the number of purchases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class RfmAbcBenchmark {

  private static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");

  @Param({"1000000"})
  public int customers;

  @Param({"10000000"})
  public int purchases;

  private List<CustomerId> ids;
  private int[] customerIndex;
  private long[] epochSecond;
  private long[] amountMinor;
  private final RfmAnalysis rfm = RfmAnalysis.ofDefaults();
  private final AbcClassification abc = AbcClassification.ofDefaults();

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261123L);
    ids = new ArrayList<>(customers);
    for (int c = 0; c < customers; c++) {
      ids.add(CustomerId.of("c" + c));
    }
    customerIndex = new int[purchases];
    epochSecond = new long[purchases];
    amountMinor = new long[purchases];
    long end = AS_OF.getEpochSecond();
    long twoYears = 730L * 86_400;
    for (int k = 0; k < purchases; k++) {
      customerIndex[k] = k < customers ? k : random.nextInt(customers);
      epochSecond[k] = end - random.nextLong(twoYears);
      amountMinor[k] = 100 + random.nextLong(99_901);
    }
  }

  /** RFM over all purchases, then ABC over the customers' total spend. */
  @Benchmark
  public void rfmThenAbc(Blackhole bh) {
    RfmTable table = rfm.score(ids, customerIndex, epochSecond, amountMinor, USD, AS_OF);
    AbcClass[] classes = abcOf(table);
    bh.consume(table);
    bh.consume(classes);
  }

  /** ABC classes of the customers' monetary values. */
  AbcClass[] abcOf(RfmTable table) {
    return abc.classify(table.monetaryValues());
  }

  /** RFM alone, to see how the time splits. */
  @Benchmark
  public RfmTable rfmOnly() {
    return rfm.score(ids, customerIndex, epochSecond, amountMinor, USD, AS_OF);
  }
}
