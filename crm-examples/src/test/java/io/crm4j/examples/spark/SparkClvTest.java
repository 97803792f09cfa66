package io.crm4j.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.examples.cli.Crm4jCli;
import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.CustomerSummary;
import io.crm4j.scoring.clv.DiscountedClv;
import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.clv.MbgNbdModel;
import io.crm4j.scoring.clv.ParametricModel;
import io.crm4j.scoring.clv.ParetoNbdModel;
import io.crm4j.scoring.clv.PurchaseModel;
import io.crm4j.scoring.clv.spi.SummaryBlock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark fits and scores against the single-machine ones, in local mode with two threads (one
 * session for the class). Both fits run the same Newton search on the same likelihood; only the
 * order in which block sums are added differs, so parameters and log-likelihoods must agree to
 * 1e-9 relative (issue 10).
 */
class SparkClvTest {

  private static final double REL = 1e-9;

  @TempDir
  static Path dir;

  static SparkSession spark;
  static Path cdnowCsv;
  static Dataset<Row> cdnow;
  static ClvSummary cdnowLocal;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkSession.builder().master("local[2]").appName("crm4j-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    cdnowCsv = dir.resolve("cdnow.csv");
    try (InputStream in = SparkClvTest.class.getResourceAsStream("/clv/cdnow_customers_summary_with_transactions.csv")) {
      Files.copy(in, cdnowCsv, StandardCopyOption.REPLACE_EXISTING);
    }
    // two partitions, so that the sums of two blocks are merged
    cdnow = SparkBlocks.readSummaryCsv(spark, cdnowCsv.toString()).repartition(2).cache();
    cdnowLocal = readLocal(cdnowCsv);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar. */
  private static ClvSummary readLocal(Path csv) throws IOException {
    List<CustomerSummary> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      rows.add(new CustomerSummary(c[0], Integer.parseInt(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3]),
          Double.parseDouble(c[4])));
    }
    return ClvSummary.of(rows);
  }

  private static void assertSameFit(FitResult<? extends ParametricModel> onSpark,
      FitResult<? extends ParametricModel> local) {
    assertThat(onSpark.converged()).isTrue();
    assertThat(onSpark.customers()).isEqualTo(local.customers());
    Map<String, Double> p = onSpark.model().parameters();
    local.model().parameters().forEach((name, v) ->
        assertThat(p.get(name)).as(name).isCloseTo(v, within(REL * Math.abs(v))));
    assertThat(onSpark.logLikelihood()).isCloseTo(local.logLikelihood(), within(REL * Math.abs(local.logLikelihood())));
    local.standardErrors().forEach((name, v) ->
        assertThat(onSpark.standardError(name)).as("se " + name).isCloseTo(v, within(1e-6 * v)));
  }

  @Test
  void bgNbd_cdnowEqualsSingleMachineFit() {
    JavaRDD<SummaryBlock> blocks = SparkBlocks.summaryBlocks(cdnow, 1000);
    assertThat(blocks.count()).isEqualTo(4); // 2,357 rows in two partitions of blocks of at most 1,000
    FitResult<BgNbdModel> onSpark = SparkFits.bgNbd(blocks, FitOptions.ofDefaults());
    assertSameFit(onSpark, BgNbdModel.fit(cdnowLocal));
    // and the published estimate (Fader, Hardie & Lee 2005): r = 0.243, alpha = 4.414
    assertThat(onSpark.model().r()).isCloseTo(0.242593, within(1e-4 * 0.242593));
  }

  @Test
  void paretoNbd_cdnowEqualsSingleMachineFit() {
    JavaRDD<SummaryBlock> blocks = SparkBlocks.summaryBlocks(cdnow, 1000);
    assertSameFit(SparkFits.paretoNbd(blocks, FitOptions.ofDefaults()), ParetoNbdModel.fit(cdnowLocal));
  }

  @Test
  void gammaGamma_cdnowEqualsSingleMachineFit() {
    var blocks = SparkBlocks.spendBlocks(cdnow, 500);
    FitResult<GammaGammaModel> onSpark = SparkFits.gammaGamma(blocks, FitOptions.ofDefaults());
    assertSameFit(onSpark, GammaGammaModel.fit(cdnowLocal));
    assertThat(onSpark.customers()).isEqualTo(946);
  }

  /** 1M customers simulated from the CDNOW estimates (the scale benchmark's data), in 16 blocks. */
  @Test
  void bgNbd_oneMillionSimulatedEqualsSingleMachineFit() {
    int n = 1_000_000;
    double[] ages = new double[n];
    for (int i = 0; i < n; i++) {
      ages[i] = 27 + 12.0 * i / n;
    }
    ClvSummary data = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575).simulate(ages, 20_240_101L);
    int[] f = new int[n];
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      f[i] = data.frequency(i);
      r[i] = data.recency(i);
    }
    List<SummaryBlock> blocks = new ArrayList<>();
    for (int from = 0; from < n; from += 62_500) {
      blocks.add(SummaryBlock.of(f, r, ages, null, from, from + 62_500));
    }
    JavaRDD<SummaryBlock> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(blocks, 4).cache();
    assertSameFit(SparkFits.bgNbd(rdd, FitOptions.ofDefaults()), BgNbdModel.fit(data));
    rdd.unpersist();
  }

  @Test
  void score_equalsSingleMachinePredictionsAndWritesParquet() {
    BgNbdModel purchases = BgNbdModel.fit(cdnowLocal).model();
    GammaGammaModel spend = GammaGammaModel.fit(cdnowLocal).model();
    SparkScoring scoring = new SparkScoring(purchases, spend, 39, 12, 0.01, ClvTimeUnit.WEEKS);
    Dataset<Row> scored = scoring.score(cdnow);
    Path out = dir.resolve("scores.parquet");
    scored.write().mode("overwrite").parquet(out.toString());
    Map<String, Row> byId = new HashMap<>();
    for (Row row : spark.read().parquet(out.toString()).collectAsList()) {
      byId.put(row.getString(0), row);
    }
    assertThat(byId).hasSize(2357);
    double[] alive = purchases.probabilityAlive(cdnowLocal);
    double[] expected = purchases.conditionalExpectedPurchases(39, cdnowLocal);
    double[] clv = DiscountedClv.of(purchases, spend).values(cdnowLocal, 12, 0.01, ClvTimeUnit.WEEKS);
    for (int i = 0; i < cdnowLocal.size(); i++) {
      Row row = byId.get(cdnowLocal.id(i));
      assertThat(row.getDouble(1)).isCloseTo(alive[i], within(1e-12));
      assertThat(row.getDouble(2)).isCloseTo(expected[i], within(1e-12));
      assertThat(row.getDouble(3)).as("clv of %s", cdnowLocal.id(i)).isCloseTo(clv[i], within(1e-9 * Math.max(1, clv[i])));
    }
  }

  @Test
  void score_rebuildsEachPurchaseModelOnTheExecutors() {
    // the models are not Serializable: SparkScoring ships their parameters; the parameters are the
    // CDNOW fits (BG/NBD, Pareto/NBD and Gamma-Gamma as in lifetimes' documentation), rounded;
    // the expected values are the single-machine predictions of the same models
    GammaGammaModel spend = GammaGammaModel.of(6.25, 3.74, 15.44);
    for (PurchaseModel purchases : List.of(MbgNbdModel.of(0.243, 4.414, 0.793, 2.426),
        ParetoNbdModel.of(0.553, 10.58, 0.606, 11.67))) {
      Map<String, Row> byId = new HashMap<>();
      for (Row row : new SparkScoring(purchases, spend, 39, 12, 0.01, ClvTimeUnit.WEEKS).score(cdnow).collectAsList()) {
        byId.put(row.getString(0), row);
      }
      assertThat(byId).hasSize(2357);
      double[] alive = purchases.probabilityAlive(cdnowLocal);
      double[] clv = DiscountedClv.of(purchases, spend).values(cdnowLocal, 12, 0.01, ClvTimeUnit.WEEKS);
      for (int i = 0; i < cdnowLocal.size(); i++) {
        Row row = byId.get(cdnowLocal.id(i));
        assertThat(row.getDouble(1)).as("%s p_alive of %s", purchases.name(), cdnowLocal.id(i))
            .isCloseTo(alive[i], within(1e-12));
        assertThat(row.getDouble(3)).as("%s clv of %s", purchases.name(), cdnowLocal.id(i))
            .isCloseTo(clv[i], within(1e-9 * Math.max(1, clv[i])));
      }
    }
  }

  @Test
  void job_fitsScoresAndWritesCsv() throws IOException {
    Path out = dir.resolve("scores.csv");
    long n = SparkClvJob.run(spark, cdnowCsv.toString(), out.toString(), "bgnbd", ClvTimeUnit.WEEKS);
    assertThat(n).isEqualTo(2357);
    long lines = 0;
    try (var files = Files.list(out)) {
      for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".csv")).toList()) {
        List<String> all = Files.readAllLines(p);
        assertThat(all.get(0)).isEqualTo("customer_id,p_alive,expected_purchases,clv");
        lines += all.size() - 1;
      }
    }
    assertThat(lines).isEqualTo(2357);
    assertThatThrownBy(() -> SparkClvJob.run(spark, cdnowCsv.toString(), out.toString(), "bgbb", ClvTimeUnit.WEEKS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("model must be bgnbd or pareto-nbd, but was bgbb");
  }

  @Test
  void scoring_rejectsBadHorizon() {
    BgNbdModel m = BgNbdModel.of(0.24, 4.4, 0.79, 2.4);
    GammaGammaModel g = GammaGammaModel.of(6.2, 3.7, 15.4);
    assertThatThrownBy(() -> new SparkScoring(m, g, -1, 12, 0.01, ClvTimeUnit.WEEKS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("horizon must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> new SparkScoring(m, g, 39, 12, 1.0, ClvTimeUnit.WEEKS))
        .hasMessage("monthlyDiscountRate must be in [0, 1), but was 1.0");
    assertThatThrownBy(() -> new SparkScoring(m, g, 39, -1, 0.01, ClvTimeUnit.WEEKS))
        .hasMessage("months must be >= 0, but was -1");
  }

  @Test
  void readSummaryCsv_rejectsMissingColumn() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "id,recency,T\n1,0,5\n");
    assertThatThrownBy(() -> SparkBlocks.readSummaryCsv(spark, bad.toString()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("summary must have a column frequency or x");
  }

  @Test
  void summaryBlocks_rejectsEmptyCells() throws IOException {
    Path holes = dir.resolve("holes.csv");
    Files.writeString(holes, "customer_id,frequency,recency,T\n1,2,3.5,10\n2,,1,5\n");
    JavaRDD<SummaryBlock> blocks = SparkBlocks.summaryBlocks(SparkBlocks.readSummaryCsv(spark, holes.toString()), 10);
    assertThatThrownBy(blocks::count).hasStackTraceContaining("summary columns must hold numbers, but frequency was empty");
  }

  @Test
  void cli_fitWithSparkEnginePrintsTheSameParameters() {
    PrintStream oldOut = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      code = Crm4jCli.run("clv", "fit", "--engine", "spark", "--master", "local[2]", "--model", "bgnbd",
          "--summary", cdnowCsv.toString());
    } finally {
      System.setOut(oldOut);
    }
    String json = buffer.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(json).startsWith("{\"model\":\"bgnbd\",\"unit\":\"weeks\",\"params\":{\"r\":0.2425").contains("\"customers\":2357");
    // the test's session was running before the command: the command must leave it running
    assertThat(spark.sparkContext().isStopped()).isFalse();
  }
}
