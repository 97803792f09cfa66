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
import io.crm4j.scoring.clv.kernel.DataPass;
import io.crm4j.scoring.clv.kernel.Derivatives;
import io.crm4j.scoring.clv.kernel.Kernels;
import io.crm4j.scoring.clv.kernel.LocalPass;
import io.crm4j.scoring.clv.kernel.SummaryBlock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Timing harness for issue 10 (Spark is not in benchmarks.jar, so this is a plain main, run on
 * the module's class path with Spark; the command is in docs/performance.md). In local[2]:
 * simulates N customers (default 5M) from the CDNOW BG/NBD estimates inside Spark and writes them
 * as Parquet; then, after the session has started, times (1) reading the Parquet summary into
 * cached column blocks, (2) the BG/NBD fit on them, (3) one treeAggregate pass against the
 * same pass on two local threads over the same blocks (the Spark overhead per Newton step), and
 * (4) scoring every customer (P(alive), expected purchases in 39 weeks, 12-month CLV) into
 * Spark's no-op sink, after two untimed scoring runs. Each measurement is repeated and the median
 * reported.
 */
public final class SparkClvTiming {

  private static final BgNbdModel TRUTH = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575);

  private SparkClvTiming() {}

  public static void main(String[] args) throws Exception {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    // partitions of the Parquet scan (and so of the block RDD): local[2]'s own default of 2, one
    // per core, has the least scheduling per Newton step on a quiet machine; 8 balances better
    // when one core is busy with other work (docs/performance.md has both)
    String parallelism = args.length > 2 ? args[2] : "2";
    long t0 = System.nanoTime();
    SparkSession spark = SparkSession.builder().master("local[2]").appName("crm4j timing")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", parallelism).getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    System.out.printf("session start %.0f ms%n", ms(t0));
    Path parquet = Files.createTempDirectory("crm4j-sim").resolve("summary.parquet");
    simulate(spark, customers, 8).write().parquet(parquet.toString());
    Dataset<Row> summary = spark.read().parquet(parquet.toString());
    System.out.printf("%d customers simulated into %s%n", customers, parquet);

    List<Double> load = new ArrayList<>();
    List<Double> fit = new ArrayList<>();
    List<Double> total = new ArrayList<>();
    FitResult<BgNbdModel> result = null;
    JavaRDD<SummaryBlock> blocks = null;
    for (int rep = 0; rep < repeats; rep++) {
      if (blocks != null) {
        blocks.unpersist(true);
      }
      long a = System.nanoTime();
      blocks = SparkBlocks.summaryBlocks(summary, SparkBlocks.DEFAULT_ROWS_PER_BLOCK);
      long count = blocks.count();
      double loadMs = ms(a);
      long b = System.nanoTime();
      result = SparkFits.bgNbd(blocks, FitOptions.ofDefaults());
      double fitMs = ms(b);
      load.add(loadMs);
      fit.add(fitMs);
      total.add(loadMs + fitMs);
      System.out.printf("run %d: %d blocks, load+cache %.0f ms, fit %.0f ms (%d Newton steps), total %.0f ms%n", rep,
          count, loadMs, fitMs, result.iterations(), loadMs + fitMs);
    }
    System.out.printf("BG/NBD fit of %d customers after session start: load+cache %.0f ms + fit %.0f ms = %.0f ms "
        + "(median of %d); %s%n", customers, median(load), median(fit), median(total), repeats, result.model());

    // per-step overhead: one treeAggregate pass against the plain two-thread pass over the same blocks
    double[] theta = {0.24, 4.4, 0.79, 2.4};
    DataPass onSpark = SparkFits.pass(blocks, Kernels.bgNbd(), SparkFits.depth(blocks));
    LocalPass<SummaryBlock> local = LocalPass.of(Kernels.bgNbd(), blocks.collect());
    List<Double> sparkPass = new ArrayList<>();
    List<Double> localPass = new ArrayList<>();
    for (int rep = 0; rep < 3 * repeats; rep++) {
      long a = System.nanoTime();
      onSpark.evaluate(theta, Derivatives.HESSIAN);
      sparkPass.add(ms(a));
      long b = System.nanoTime();
      local.evaluate(theta, Derivatives.HESSIAN);
      localPass.add(ms(b));
    }
    System.out.printf("%d partitions, tree depth %d%n", blocks.getNumPartitions(), SparkFits.depth(blocks));
    System.out.printf("one pass over %d customers: treeAggregate %.1f ms, two local threads %.1f ms, "
        + "overhead per Newton step %.1f ms (medians of %d)%n", customers, median(sparkPass), median(localPass),
        median(sparkPass) - median(localPass), 3 * repeats);

    // Spark's own cost of the same row path: rows in, rows out, no formula
    List<Double> copy = new ArrayList<>();
    for (int rep = 0; rep < repeats; rep++) {
      long a = System.nanoTime();
      summary.select("customer_id", "frequency", "recency", "T", "monetary_value")
          .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new Iterator<Row>() {
            @Override
            public boolean hasNext() {
              return rows.hasNext();
            }

            @Override
            public Row next() {
              Row r = rows.next();
              return RowFactory.create(r.getString(0), r.getDouble(2), r.getDouble(3), r.getDouble(4));
            }
          }, Encoders.row(SparkScoring.SCHEMA)).write().format("noop").mode("overwrite").save();
      copy.add(ms(a));
    }
    System.out.printf("row path alone (read, convert, write to no-op): %.0f ms, %.2fM rows/s%n", median(copy),
        customers / median(copy) / 1e3);

    // scoring into the no-op sink, after two untimed runs that compile the scoring code (both the
    // formulas and the encoders Spark generates), as JMH's warm-up would
    GammaGammaModel spend = GammaGammaModel.of(6.24880, 3.74459, 15.4477);
    for (int warmUp = 0; warmUp < 2; warmUp++) {
      new SparkScoring(result.model(), spend, 39, 12, 0.01, ClvTimeUnit.WEEKS).score(summary)
          .write().format("noop").mode("overwrite").save();
    }
    for (int months : new int[] {12, 1, 0}) {
      SparkScoring scoring = new SparkScoring(result.model(), spend, 39, months, 0.01, ClvTimeUnit.WEEKS);
      List<Double> score = new ArrayList<>();
      for (int rep = 0; rep < repeats; rep++) {
        long a = System.nanoTime();
        scoring.score(summary).write().format("noop").mode("overwrite").save();
        score.add(ms(a));
      }
      double m = median(score);
      System.out.printf("scoring %d customers (P(alive), E[X(39)], %d-month CLV): %.0f ms, %.2fM customers/s "
          + "(runs %s ms)%n", customers, months, m, customers / m / 1e3, rounded(score));
    }
    spark.stop();
  }

  /** N customers with T spread over 27..39 weeks, simulated in {@code partitions} Spark tasks. */
  static Dataset<Row> simulate(SparkSession spark, int customers, int partitions) {
    StructType schema = new StructType().add("customer_id", DataTypes.StringType)
        .add("frequency", DataTypes.IntegerType).add("recency", DataTypes.DoubleType).add("T", DataTypes.DoubleType)
        .add("monetary_value", DataTypes.DoubleType);
    return spark.range(0, partitions, 1, partitions).mapPartitions((MapPartitionsFunction<Long, Row>) ids -> {
      List<Row> rows = new ArrayList<>();
      while (ids.hasNext()) {
        int p = ids.next().intValue();
        int from = (int) ((long) customers * p / partitions);
        int to = (int) ((long) customers * (p + 1) / partitions);
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

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }

  private static String rounded(List<Double> values) {
    StringBuilder b = new StringBuilder();
    for (double v : values) {
      b.append(b.length() == 0 ? "" : ", ").append(Math.round(v));
    }
    return b.toString();
  }

  private static double median(List<Double> values) {
    List<Double> s = new ArrayList<>(values);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
