package io.crm4j.examples.spark;

import io.crm4j.examples.cli.ClvFitEngine;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code clv fit --engine spark}: a SparkSession (local with {@code --master local[2]}, or the one
 * spark-submit configures), the summary CSV read as a Dataset and cached as column blocks, and the
 * fits of {@link SparkFits}. Supports bgnbd, mbgnbd, pareto-nbd and gamma-gamma.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SparkClvEngine implements ClvFitEngine {

  private @Nullable SparkSession spark;
  private boolean owned;

  @Override
  public void start(@Nullable String master) {
    SparkSession.Builder builder = SparkSession.builder().appName("crm4j clv fit")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4");
    if (master != null) {
      builder.master(master);
    }
    owned = SparkSession.getDefaultSession().isEmpty();
    spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @Override
  public Supplier<FitResult<?>> fitter(String model, String summary, FitOptions options) {
    if (spark == null) {
      throw new IllegalStateException("engine must be started before fitting, but was not");
    }
    Dataset<Row> data = SparkBlocks.readSummaryCsv(spark, summary).cache();
    if (model.equals("gamma-gamma")) {
      var blocks = SparkBlocks.spendBlocks(data, SparkBlocks.DEFAULT_ROWS_PER_BLOCK);
      blocks.count();
      return () -> SparkFits.gammaGamma(blocks, options);
    }
    JavaRDD<io.crm4j.scoring.clv.spi.SummaryBlock> blocks =
        SparkBlocks.summaryBlocks(data, SparkBlocks.DEFAULT_ROWS_PER_BLOCK);
    blocks.count();
    ClvTimeUnit unit = SparkBlocks.summaryUnit(spark, summary);
    return switch (model) {
      case "bgnbd" -> () -> SparkFits.bgNbd(blocks, options, unit);
      case "mbgnbd" -> () -> SparkFits.mbgNbd(blocks, options, unit);
      case "pareto-nbd" -> () -> SparkFits.paretoNbd(blocks, options, unit);
      default -> throw new IllegalArgumentException(
          "model must be bgnbd, mbgnbd, pareto-nbd or gamma-gamma with --engine spark, but was " + model);
    };
  }

  @Override
  public void close() {
    // a session that was running before (a notebook's, a test's) is left running
    if (spark != null && owned) {
      spark.stop();
    }
    spark = null;
  }
}
