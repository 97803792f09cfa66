package io.crm4j.examples.bench;

import io.crm4j.examples.spark.SparkBlocks;
import io.crm4j.examples.spark.SparkFits;
import io.crm4j.examples.spark.SparkScoring;
import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.clv.spi.DataPass;
import io.crm4j.scoring.clv.spi.Derivatives;
import io.crm4j.scoring.clv.spi.Kernels;
import io.crm4j.scoring.clv.spi.LocalPass;
import io.crm4j.scoring.clv.spi.SummaryBlock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * CLV on Spark in {@code local[2]}: customers simulated from the CDNOW BG/NBD estimates (T spread
 * over 27..39 weeks) are written as Parquet once per trial and read back by every benchmark.
 * <ul>
 *   <li>{@code fit}: read the Parquet summary into cached column blocks and fit BG/NBD on them
 *       (target ≤ 2 s for 5M customers);</li>
 *   <li>{@code sparkPass} and {@code localPass}: one likelihood pass with gradient and Hessian as a
 *       {@code treeAggregate} over the cached blocks, and the same pass on two local threads over the
 *       same blocks; their difference is Spark's overhead per Newton step (target ≤ 40 ms);</li>
 *   <li>{@code score}: P(alive), expected purchases in 39 weeks and a 12-month CLV for every customer
 *       into Spark's no-op sink (target ≥ 3M customers/s).</li>
 * </ul>
 * Spark is {@code provided} in crm-examples, so this runs on the module's class path rather than
 * from {@code benchmarks.jar}; docs/performance.md gives the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+IgnoreUnrecognizedVMOptions",
    "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
    "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED"})
public class SparkClvBenchmark {

  private static final BgNbdModel TRUTH = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575);
  private static final GammaGammaModel SPEND = GammaGammaModel.of(6.24880, 3.74459, 15.4477);
  private static final double[] THETA = {0.24, 4.4, 0.79, 2.4};

  @Param("5000000")
  public int customers;

  /** Partitions of the Parquet scan: local[2]'s own default of 2, one per core, schedules least per step. */
  @Param("2")
  public String partitions;

  private SparkSession spark;
  private Path folder;
  private Dataset<Row> summary;
  private JavaRDD<SummaryBlock> blocks;
  private DataPass onSpark;
  private LocalPass<SummaryBlock> local;
  private SparkScoring scoring;

  @Setup
  public void start() throws IOException {
    spark = SparkSession.builder().master("local[2]").appName("crm4j benchmark").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").config("spark.default.parallelism", partitions).getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    folder = Files.createTempDirectory("crm4j-spark-bench");
    String parquet = folder.resolve("summary.parquet").toString();
    simulate(spark, customers, 8).write().parquet(parquet);
    summary = spark.read().parquet(parquet);
    blocks = SparkBlocks.summaryBlocks(summary, SparkBlocks.DEFAULT_ROWS_PER_BLOCK);
    onSpark = SparkFits.pass(blocks, Kernels.bgNbd(), SparkFits.depth(blocks));
    local = LocalPass.of(Kernels.bgNbd(), blocks.collect());
    scoring = new SparkScoring(SparkFits.bgNbd(blocks, FitOptions.ofDefaults()).model(), SPEND, 39, 12, 0.01,
        ClvTimeUnit.WEEKS);
  }

  @TearDown
  public void stop() throws IOException {
    spark.stop();
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Benchmark
  public FitResult<BgNbdModel> fit() {
    JavaRDD<SummaryBlock> fresh = SparkBlocks.summaryBlocks(summary, SparkBlocks.DEFAULT_ROWS_PER_BLOCK);
    try {
      return SparkFits.bgNbd(fresh, FitOptions.ofDefaults());
    } finally {
      fresh.unpersist(true);
    }
  }

  @Benchmark
  public double sparkPass() {
    return onSpark.evaluate(THETA, Derivatives.HESSIAN).logLikelihood();
  }

  @Benchmark
  public double localPass() {
    return local.evaluate(THETA, Derivatives.HESSIAN).logLikelihood();
  }

  @Benchmark
  public void score() {
    scoring.score(summary).write().format("noop").mode("overwrite").save();
  }

  /** N customers with T spread over 27..39 weeks, simulated in {@code tasks} Spark tasks. */
  static Dataset<Row> simulate(SparkSession spark, int customers, int tasks) {
    StructType schema = new StructType().add("customer_id", DataTypes.StringType)
        .add("frequency", DataTypes.IntegerType).add("recency", DataTypes.DoubleType).add("T", DataTypes.DoubleType)
        .add("monetary_value", DataTypes.DoubleType);
    return spark.range(0, tasks, 1, tasks).mapPartitions((MapPartitionsFunction<Long, Row>) ids -> {
      List<Row> rows = new ArrayList<>();
      while (ids.hasNext()) {
        int p = ids.next().intValue();
        int from = (int) ((long) customers * p / tasks);
        int to = (int) ((long) customers * (p + 1) / tasks);
        double[] ages = new double[to - from];
        for (int i = 0; i < ages.length; i++) {
          ages[i] = 27 + 12.0 * (from + i) / customers;
        }
        ClvSummary s = TRUTH.simulate(ages, 20_240_101L + p);
        for (int i = 0; i < ages.length; i++) {
          // spend: 20 + x for repeaters, 0 otherwise (the fit does not read it; the CLV uses it)
          rows.add(RowFactory.create(Integer.toString(from + i + 1), s.frequency(i), s.recency(i), ages[i],
              s.frequency(i) > 0 ? 20.0 + s.frequency(i) : 0.0));
        }
      }
      Iterator<Row> it = rows.iterator();
      return it;
    }, Encoders.row(schema));
  }
}
