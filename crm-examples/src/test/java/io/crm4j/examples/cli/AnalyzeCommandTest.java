package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crm4j.scoring.clv.HoldoutSummary;
import io.crm4j.scoring.clv.TransactionSummarizer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path master;
  private static Path noAmounts;
  private static Path sample;

  @BeforeAll
  static void data() throws URISyntaxException {
    master = resource("/analysis/CDNOW_master.txt");
    noAmounts = resource("/analysis/example_transactions.csv");
    sample = resource("/io/crm4j/examples/data/CDNOW_sample.txt");
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(AnalyzeCommandTest.class.getResource(name).toURI());
  }

  private static CliCapture analyzeMaster(Path out) {
    return CliCapture.run("analyze", "--transactions", master.toString(), "--customer-col", "customer_id",
        "--date-col", "date", "--amount-col", "dollar_value", "--calibration-end", "1997-09-30",
        "--out", out.toString());
  }

  /** The acceptance check: analyze's BG/NBD is the fit that `clv summarize` then `clv fit` give. */
  @Test
  void call_cdnowMaster_bgnbdEqualsClvFitOnTheSameSummary(@TempDir Path dir) throws IOException {
    CliCapture analyzed = analyzeMaster(dir.resolve("report"));
    assertThat(analyzed.exitCode()).as(analyzed.err()).isZero();
    JsonNode results = JSON.readTree(dir.resolve("report/results.json").toFile());

    Path summary = dir.resolve("summary.csv");
    CliCapture summarized = CliCapture.run("clv", "summarize", "--transactions", master.toString(), "--customer-col",
        "customer_id", "--date-col", "date", "--amount-col", "dollar_value", "--date-format", "yyyyMMdd",
        "--delimiter", "whitespace", "--calibration-end", "1997-09-30", "--out", summary.toString());
    assertThat(summarized.exitCode()).as(summarized.err()).isZero();
    JsonNode bgnbd = JSON.readTree(CliCapture.run("clv", "fit", "--model", "bgnbd", "--summary", summary.toString())
        .out()).get("params");
    JsonNode gammaGamma = JSON.readTree(CliCapture.run("clv", "fit", "--model", "gamma-gamma", "--summary",
        summary.toString()).out()).get("params");

    for (String p : List.of("r", "alpha", "a", "b")) {
      assertThat(results.get("bgnbd").get(p).asDouble()).as(p).isCloseTo(bgnbd.get(p).asDouble(), within(1e-12));
    }
    for (String p : List.of("p", "q", "gamma")) {
      assertThat(results.get("gammaGamma").get(p).asDouble()).as(p)
          .isCloseTo(gammaGamma.get(p).asDouble(), within(1e-12));
    }
    assertThat(results.get("log").get("rows").asInt()).isEqualTo(69_659);
    assertThat(results.get("log").get("customers").asInt()).isEqualTo(23_570);
    assertThat(results.get("settings").get("unit").asText()).isEqualTo("weeks");
  }

  /**
   * The 1/10 sample's calibration fit is the one Fader, Hardie &amp; Lee (2005, "Counting your customers
   * the easy way", Table 1) publish: r = 0.243, α = 4.414, a = 0.793, b = 2.426 (three decimals).
   */
  @Test
  void call_cdnowSample_reproducesThePublishedBgNbdFit(@TempDir Path dir) throws IOException {
    CliCapture c = CliCapture.run("analyze", "--transactions", sample.toString(), "--column-names",
        "cohort_id,id,date,cds,spent", "--customer-col", "id", "--date-col", "date", "--amount-col", "spent",
        "--calibration-end", "1997-09-30", "--out", dir.toString());
    assertThat(c.exitCode()).as(c.err()).isZero();
    JsonNode bgnbd = JSON.readTree(dir.resolve("results.json").toFile()).get("bgnbd");
    assertThat(bgnbd.get("r").asDouble()).isCloseTo(0.243, within(5e-4));
    assertThat(bgnbd.get("alpha").asDouble()).isCloseTo(4.414, within(5e-4));
    assertThat(bgnbd.get("a").asDouble()).isCloseTo(0.793, within(5e-4));
    assertThat(bgnbd.get("b").asDouble()).isCloseTo(2.426, within(5e-4));
  }

  /** Every chart the page shows exists as a PNG, every PNG is shown, and the page links the data files. */
  @Test
  void call_writesEveryChartThePageReferences(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report");
    CliCapture c = analyzeMaster(out);
    assertThat(c.exitCode()).as(c.err()).isZero();
    assertThat(c.err()).contains("reading", "fitting BG/NBD", "writing the report", "done");
    String page = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    Set<String> referenced = new TreeSet<>();
    Matcher m = Pattern.compile("<img src=\"([^\"]+)\"").matcher(page);
    while (m.find()) {
      referenced.add(m.group(1));
    }
    Set<String> pngs;
    try (Stream<Path> files = Files.list(out)) {
      pngs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(referenced).isEqualTo(pngs).contains("calibration-vs-holdout.png", "tracking-cumulative.png",
        "tracking-per-period.png", "probability-alive.png", "clv-distribution.png", "abc-lorenz.png",
        "rfm-segments.png", "abc-classes.png", "pyramid.png", "lifecycle.png", "retention-curve.png",
        "churn-gains.png");
    for (String png : pngs) {
      byte[] head = Arrays8.head(out.resolve(png));
      assertThat(head).as(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
    assertThat(page).contains("href=\"customers.csv\"", "href=\"results.json\"");
    List<String> rows = Files.readAllLines(out.resolve("customers.csv"), StandardCharsets.UTF_8);
    assertThat(rows).hasSize(23_570 + 1);
    assertThat(rows.get(0)).startsWith("customer_id,frequency,recency,T,monetary_value,spend,p_alive");
  }

  /** The holdout chart's numbers in results.json are the group means recomputed from the summary. */
  @Test
  void call_holdoutNumbersAreTheGroupMeansOfTheHoldoutSummary(@TempDir Path dir) throws IOException {
    CliCapture c = analyzeMaster(dir);
    assertThat(c.exitCode()).as(c.err()).isZero();
    JsonNode holdout = JSON.readTree(dir.resolve("results.json").toFile()).get("holdout");

    List<String> ids = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (String line : Files.readAllLines(master, StandardCharsets.US_ASCII).subList(1, 69_660)) {
      String[] f = line.trim().split("\\s+");
      ids.add(f[0]);
      dates.add(LocalDate.of(Integer.parseInt(f[1].substring(0, 4)), Integer.parseInt(f[1].substring(4, 6)),
          Integer.parseInt(f[1].substring(6, 8))));
    }
    HoldoutSummary split = TransactionSummarizer.custom(LocalDate.of(1997, 9, 30))
        .holdoutEnd(LocalDate.of(1998, 6, 30)).build()
        .summarizeWithHoldout(ids.toArray(new String[0]), dates.toArray(new LocalDate[0]), new double[ids.size()]);
    long[] customers = new long[7];
    double[] sum = new double[7];
    for (int i = 0; i < split.calibration().size(); i++) {
      int x = split.calibration().frequency(i);
      if (x < 7) {
        customers[x]++;
        sum[x] += split.holdoutFrequency(i);
      }
    }
    assertThat(holdout.get("duration").asDouble()).isCloseTo(273 / 7.0, within(1e-12));
    for (int x = 0; x < 7; x++) {
      assertThat(holdout.get("customers").get(x).asLong()).isEqualTo(customers[x]);
      assertThat(holdout.get("actual").get(x).asDouble()).isCloseTo(sum[x] / customers[x], within(1e-12));
      for (String model : List.of("bgnbd", "mbgnbd", "pareto-nbd")) {
        double expected = holdout.get("expected").get(model).get(x).asDouble();
        assertThat(expected).as(model + " at x=" + x).isPositive().isLessThan(10);
      }
    }
  }

  @Test
  void call_logWithoutAmounts_fitsPurchasesOnly(@TempDir Path dir) throws IOException {
    CliCapture c = CliCapture.run("analyze", "--transactions", noAmounts.toString(), "--customer-col", "id",
        "--date-col", "date", "--calibration-end", "2014-09-30", "--out", dir.toString());
    assertThat(c.exitCode()).as(c.err()).isZero();
    JsonNode results = JSON.readTree(dir.resolve("results.json").toFile());
    assertThat(results.get("gammaGamma").isNull()).isTrue();
    assertThat(results.get("log").get("rows").asInt()).isEqualTo(15_273);
    assertThat(results.get("bgnbd").get("r").asDouble()).isPositive();
    assertThat(dir.resolve("clv-distribution.png")).doesNotExist();
    assertThat(dir.resolve("calibration-vs-holdout.png")).isRegularFile();
  }

  @Test
  void call_tinyLog_saysWhichFitsDidNotConvergeAndPrefersOnesThatDid(@TempDir Path dir) throws IOException {
    // three customers, two of them repeat buyers: too little to identify four parameters
    Path tiny = Files.writeString(dir.resolve("tiny.csv"),
        "customer_id,date,amount\nc1,2024-01-05,10\nc1,2024-02-05,12.5\nc2,2024-02-01,20\nc2,2024-02-03,5\n"
            + "c3,2024-03-01,5\n");
    Path out = dir.resolve("out");
    CliCapture c = CliCapture.run("analyze", "--transactions", tiny.toString(), "--customer-col", "customer_id",
        "--date-col", "date", "--amount-col", "amount", "--calibration-end", "2024-02-15", "--out", out.toString());
    assertThat(c.exitCode()).as(c.err()).isZero();
    JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
    int failed = 0;
    boolean anyConverged = false;
    for (JsonNode m : results.get("models")) {
      JsonNode fit = m.get("fit");
      if (fit.get("converged").asBoolean()) {
        anyConverged = true;
        assertThat(fit.get("problem").isNull()).isTrue();
      } else {
        failed++;
        assertThat(fit.get("problem").asText()).isNotBlank();
        assertThat(c.err()).contains("warning: " + fit.get("model").asText() + " did not converge: "
            + fit.get("problem").asText());
      }
    }
    assertThat(failed).as("the tiny log must leave at least one fit unconverged").isPositive();
    String best = results.get("bestModel").asText();
    for (JsonNode m : results.get("models")) {
      if (m.get("fit").get("model").asText().equals(best)) {
        assertThat(m.get("fit").get("converged").asBoolean()).isEqualTo(anyConverged);
      }
    }
  }

  @Test
  void call_unknownColumn_failsWithOneLine(@TempDir Path dir) {
    CliCapture c = CliCapture.run("analyze", "--transactions", master.toString(), "--customer-col", "client",
        "--date-col", "date", "--out", dir.toString());
    assertThat(c.exitCode()).isEqualTo(1);
    assertThat(c.err().lines().filter(l -> l.startsWith("error:")).toList()).containsExactly(
        "error: customer-col must be one of the columns of " + master + " [customer_id, date, number_of_cds, "
            + "dollar_value], but was 'client'");
    assertThat(c.err()).doesNotContain("\tat ");
  }

  @Test
  void call_missingFile_failsWithOneLine(@TempDir Path dir) {
    CliCapture c = CliCapture.run("analyze", "--transactions", dir.resolve("nope.csv").toString(), "--customer-col",
        "id", "--date-col", "date", "--out", dir.resolve("out").toString());
    assertThat(c.exitCode()).isEqualTo(1);
    assertThat(c.err().lines().filter(l -> l.startsWith("error:")).toList())
        .containsExactly("error: cannot read " + dir.resolve("nope.csv") + ": no such file");
  }

  @Test
  void call_calibrationEndNotBeforeAsOf_fails(@TempDir Path dir) {
    CliCapture c = CliCapture.run("analyze", "--transactions", master.toString(), "--customer-col", "customer_id",
        "--date-col", "date", "--calibration-end", "1998-06-30", "--as-of", "1998-06-30", "--out", dir.toString());
    assertThat(c.exitCode()).isEqualTo(1);
    assertThat(c.err()).contains("calibration-end must be before as-of 1998-06-30, but was 1998-06-30");
  }

  @Test
  void call_badDate_namesTheLineAndValue(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("log.csv");
    Files.writeString(log, "id,date,amount\nA,2020-01-01,5\nB,2020-13-01,5\n");
    CliCapture c = CliCapture.run("analyze", "--transactions", log.toString(), "--customer-col", "id",
        "--date-col", "date", "--amount-col", "amount", "--out", dir.resolve("out").toString());
    assertThat(c.exitCode()).isEqualTo(1);
    assertThat(c.err()).contains("date-col must be a date as yyyy-MM-dd in record 3, but was '2020-13-01'");
  }

  @Test
  void call_csvLikeEveryCommand_bomQuotesBoundsAndSemicolons(@TempDir Path dir) throws IOException {
    // issue 18: analyze read CSV with its own splitter; it now reads through CsvInput like every command.
    // A byte-order mark and a quoted id with the delimiter inside are read as the other commands read them
    Path quoted = dir.resolve("quoted.csv");
    Files.writeString(quoted, "\uFEFFid,date,amount\n\"A, Inc.\",2020-01-01,5\nB,2020-01-02,\"1e999\"\n");
    CliCapture bounds = CliCapture.run("analyze", "--transactions", quoted.toString(), "--customer-col", "id",
        "--date-col", "date", "--amount-col", "amount", "--out", dir.resolve("out").toString());
    assertThat(bounds.exitCode()).isEqualTo(1);
    // the first record read, the second refused with the wording of every other command
    assertThat(bounds.err().lines().filter(l -> l.startsWith("error:")).toList())
        .containsExactly("error: amount in record 3 must be a finite number, but was '1e999'");
    Path huge = dir.resolve("huge.csv");
    Files.writeString(huge, "id;date;amount\nA;2020-01-01;5\nB;2020-01-02;2e15\n");
    CliCapture big = CliCapture.run("analyze", "--transactions", huge.toString(), "--customer-col", "id",
        "--date-col", "date", "--amount-col", "amount", "--out", dir.resolve("out2").toString());
    assertThat(big.err().lines().filter(l -> l.startsWith("error:")).toList())
        .containsExactly("error: amount in record 3 must be in [0, 1e15], but was '2e15'");
    Path open = dir.resolve("open.csv");
    Files.writeString(open, "id,date\nA,2020-01-01\n\"B,2020-01-02\n");
    CliCapture unclosed = CliCapture.run("analyze", "--transactions", open.toString(), "--customer-col", "id",
        "--date-col", "date", "--out", dir.resolve("out3").toString());
    assertThat(unclosed.err().lines().filter(l -> l.startsWith("error:")).toList())
        .containsExactly("error: record on line 3 of " + open + " must close its quotes, but the file ended inside "
            + "a quoted field");
  }

  @Test
  void call_outIsAFile_fails(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    CliCapture c = CliCapture.run("analyze", "--transactions", master.toString(), "--customer-col", "customer_id",
        "--date-col", "date", "--out", file.toString());
    assertThat(c.exitCode()).isEqualTo(1);
    assertThat(c.err()).contains("out must be a folder, but " + file + " is a file");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  /** Reads the first bytes of a file. */
  private static final class Arrays8 {
    static byte[] head(Path file) throws IOException {
      try (var in = Files.newInputStream(file)) {
        return in.readNBytes(8);
      }
    }
  }
}
