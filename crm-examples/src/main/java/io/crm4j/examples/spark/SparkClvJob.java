package io.crm4j.examples.spark;

import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.clv.PurchaseModel;
import io.crm4j.scoring.clv.spi.SpendBlock;
import io.crm4j.scoring.clv.spi.SummaryBlock;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apiguardian.api.API;

/**
 * The whole CLV job on Spark, for spark-submit: read a summary CSV, fit a purchase model
 * (BG/NBD or Pareto/NBD) and Gamma-Gamma, score every customer (P(alive), expected purchases in
 * the next 39 time units, 12-month CLV at 1% a month) and write the scores as Parquet, or CSV
 * when the output ends in {@code .csv}. Arguments: {@code SUMMARY OUTPUT [bgnbd|pareto-nbd] [UNIT]}
 * (unit: days, weeks or months, default weeks). The fitted parameters are printed as lines of
 * {@code name=value}. The master comes from spark-submit.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SparkClvJob {

  private SparkClvJob() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: SparkClvJob SUMMARY OUTPUT [bgnbd|pareto-nbd] [days|weeks|months]");
      System.exit(2);
    }
    String model = args.length > 2 ? args[2] : "bgnbd";
    ClvTimeUnit unit = args.length > 3 ? ClvTimeUnit.parse(args[3]) : ClvTimeUnit.WEEKS;
    SparkSession spark = SparkSession.builder().appName("crm4j clv job").getOrCreate();
    try {
      run(spark, args[0], args[1], model, unit);
    } finally {
      spark.stop();
    }
  }

  /** Fits, scores and writes; returns the number of customers scored. */
  public static long run(SparkSession spark, String summaryPath, String output, String model, ClvTimeUnit unit) {
    Dataset<Row> summary = SparkBlocks.readSummaryCsv(spark, summaryPath).cache();
    JavaRDD<SummaryBlock> blocks = SparkBlocks.summaryBlocks(summary, SparkBlocks.DEFAULT_ROWS_PER_BLOCK);
    JavaRDD<SpendBlock> spend = SparkBlocks.spendBlocks(summary, SparkBlocks.DEFAULT_ROWS_PER_BLOCK);
    FitResult<? extends PurchaseModel> purchases = switch (model) {
      case "bgnbd" -> SparkFits.bgNbd(blocks, FitOptions.ofDefaults(), unit);
      case "pareto-nbd" -> SparkFits.paretoNbd(blocks, FitOptions.ofDefaults(), unit);
      default -> throw new IllegalArgumentException("model must be bgnbd or pareto-nbd, but was " + model);
    };
    FitResult<GammaGammaModel> spending = SparkFits.gammaGamma(spend, FitOptions.ofDefaults());
    blocks.unpersist();
    spend.unpersist();
    purchases.model().parameters().forEach((k, v) -> System.out.println(model + "." + k + "=" + v));
    spending.model().parameters().forEach((k, v) -> System.out.println("gamma-gamma." + k + "=" + v));
    Dataset<Row> scores = new SparkScoring(purchases.model(), spending.model(), 39, 12, 0.01, unit).score(summary);
    if (output.endsWith(".csv")) {
      scores.write().mode("overwrite").option("header", "true").csv(output);
    } else {
      scores.write().mode("overwrite").parquet(output);
    }
    long n = summary.count();
    summary.unpersist();
    return n;
  }
}
