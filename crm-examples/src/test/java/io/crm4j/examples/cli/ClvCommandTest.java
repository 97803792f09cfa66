package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.outcome.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code clv} commands through {@link Crm4jCli#run}, on the CDNOW and donations fixtures. */
class ClvCommandTest {

  @TempDir
  static Path dir;

  static Path sample;
  static Path spend;
  static Path donations;

  private record Outcome(int code, String out, String err) {}

  @BeforeAll
  static void copyFixtures() throws IOException {
    sample = copy("CDNOW_sample.txt");
    spend = copy("cdnow_customers_summary_with_transactions.csv");
    donations = copy("donations.csv");
  }

  private static Path copy(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = ClvCommandTest.class.getResourceAsStream("/clv/" + name)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  private static Outcome run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Crm4jCli.run(args);
      return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static Path summarize() {
    Path out = dir.resolve("summary.csv");
    Outcome o = run("clv", "summarize", "--transactions", sample.toString(), "--delimiter", "whitespace",
        "--no-header", "--column-names", "_id,id,date,cds,spent", "--customer-col", "id", "--date-col", "date",
        "--amount-col", "spent", "--date-format", "yyyyMMdd", "--calibration-end", "1997-09-30", "--unit", "weeks",
        "--out", out.toString());
    assertThat(o.code()).as(o.err()).isZero();
    return out;
  }

  @Test
  void summarize_writesCdnowSummary() throws IOException {
    List<String> lines = Files.readAllLines(summarize());
    assertThat(lines).hasSize(2358);
    assertThat(lines.get(0)).isEqualTo("customer_id,frequency,recency,T,monetary_value,unit");
    // customer 0001: x = 2, t_x = 213 days = 30.43 weeks, T = 272 days = 38.86 weeks, zbar 22.35
    String[] first = lines.get(1).split(",");
    assertThat(first[0]).isEqualTo("0001");
    assertThat(first[1]).isEqualTo("2");
    assertThat(Double.parseDouble(first[2])).isEqualTo(213 / 7.0);
    assertThat(Double.parseDouble(first[3])).isEqualTo(272 / 7.0);
    assertThat(Double.parseDouble(first[4])).isCloseTo(22.345, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void fit_printsJsonWithPublishedEstimates() {
    Outcome o = run("clv", "fit", "--model", "gamma-gamma", "--summary", spend.toString(), "--repeat", "2");
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).startsWith("{\"model\":\"gamma-gamma\",\"params\":{\"p\":6.2488")
        .contains("\"q\":3.7445", "\"gamma\":15.447", "\"standardErrors\":{\"p\":", "\"customers\":946",
            "\"converged\":true", "\"fitMillis\":");
  }

  @Test
  void fitThenPredictAndValue_pipeline() throws IOException {
    Path summary = summarize();
    Outcome fit = run("clv", "fit", "--model", "bgnbd", "--summary", summary.toString());
    assertThat(fit.code()).as(fit.err()).isZero();
    assertThat(fit.out()).contains("\"r\":0.2425", "\"logLikelihood\":-9582.4");
    Path params = dir.resolve("bgnbd.json");
    Files.writeString(params, fit.out());
    Outcome predict = run("clv", "predict", "--model", "bgnbd", "--params", params.toString(), "--summary",
        spend.toString(), "--horizon", "39");
    assertThat(predict.code()).as(predict.err()).isZero();
    String[] lines = predict.out().split("\n");
    assertThat(lines[0]).isEqualTo("customer_id,expected_purchases,p_alive");
    // customer 1 (x 2, t_x 30.43, T 38.86): 1.2259 and 0.7266 (FHL 2005 / lifetimes 0.11.3), to 1e-3
    String[] c1 = lines[1].split(",");
    assertThat(Double.parseDouble(c1[1])).isCloseTo(1.22591, org.assertj.core.api.Assertions.within(1e-3));
    assertThat(Double.parseDouble(c1[2])).isCloseTo(0.726609, org.assertj.core.api.Assertions.within(1e-3));

    Path gg = dir.resolve("gg.json");
    Files.writeString(gg, "{\"p\": 6.24880, \"q\": 3.74459, \"gamma\": 15.4477}");
    Outcome value = run("clv", "value", "--purchase-model", "bgnbd", "--purchase-params", params.toString(),
        "--spend-params", gg.toString(), "--summary", spend.toString(), "--months", "12", "--discount-rate", "0.01",
        "--unit", "weeks");
    assertThat(value.code()).as(value.err()).isZero();
    assertThat(value.out()).startsWith("customer_id,clv\n1,");
    assertThat(value.out().split("\n")).hasSize(2358);
  }

  @Test
  void value_summaryInDaysWithModelsFittedInWeeksIsAnError() throws IOException {
    // issue 18 §3: a summary in days valued with models fitted in weeks printed 6.71 for customer 0001
    // instead of 36.30, with exit code 0. The files now carry their unit and the mismatch is refused.
    Path weeks = summarize();
    Path days = dir.resolve("summary-days.csv");
    Outcome sum = run("clv", "summarize", "--transactions", sample.toString(), "--delimiter", "whitespace",
        "--no-header", "--column-names", "_id,id,date,cds,spent", "--customer-col", "id", "--date-col", "date",
        "--amount-col", "spent", "--date-format", "yyyyMMdd", "--calibration-end", "1997-09-30", "--unit", "days",
        "--out", days.toString());
    assertThat(sum.code()).as(sum.err()).isZero();
    assertThat(Files.readAllLines(days).get(1)).isEqualTo("0001,2,213,272,22.345,days");
    Outcome fit = run("clv", "fit", "--model", "bgnbd", "--summary", weeks.toString());
    assertThat(fit.out()).startsWith("{\"model\":\"bgnbd\",\"unit\":\"weeks\",\"params\":");
    Path params = dir.resolve("bgnbd-weeks.json");
    Files.writeString(params, fit.out());
    Path gg = dir.resolve("gg-units.json");
    Files.writeString(gg, "{\"p\": 6.24880, \"q\": 3.74459, \"gamma\": 15.4477}");
    Outcome mixed = run("clv", "value", "--purchase-model", "bgnbd", "--purchase-params", params.toString(),
        "--spend-params", gg.toString(), "--summary", days.toString());
    assertThat(mixed.code()).isEqualTo(1);
    assertThat(mixed.out()).isEmpty();
    assertThat(mixed.err()).isEqualTo("error: summary unit must be weeks, the unit of the model in " + params
        + ", but " + days + " is in days (summarize again with --unit weeks or fit the model on this summary; "
        + "a params file without \"unit\" is in weeks)" + System.lineSeparator());
    Outcome predict = run("clv", "predict", "--model", "bgnbd", "--params", params.toString(), "--summary",
        days.toString(), "--horizon", "39");
    assertThat(predict.code()).isEqualTo(1);
    assertThat(predict.err()).startsWith("error: summary unit must be weeks, the unit of the model in ");
    Outcome contradicted = run("clv", "value", "--purchase-model", "bgnbd", "--purchase-params", params.toString(),
        "--spend-params", gg.toString(), "--summary", days.toString(), "--unit", "weeks");
    assertThat(contradicted.code()).isEqualTo(1);
    assertThat(contradicted.err()).isEqualTo("error: unit must be days, the unit summary " + days
        + " is in, but was weeks (--unit)" + System.lineSeparator());
    // matching units: 36.30 for customer 0001 either way. mpmath, FHL (2005) eq. 10 at the published
    // r 0.242593, α 4.41353, a 0.792886, b 2.42575 for (2, 213/7, 272/7) weeks and m 22.345: 36.2970;
    // the fits here match the published estimates to 1e-4, so 0.02 covers them
    Outcome inWeeks = run("clv", "value", "--purchase-model", "bgnbd", "--purchase-params", params.toString(),
        "--spend-params", gg.toString(), "--summary", weeks.toString());
    assertThat(inWeeks.code()).as(inWeeks.err()).isZero();
    Outcome daysFit = run("clv", "fit", "--model", "bgnbd", "--summary", days.toString());
    assertThat(daysFit.out()).contains("\"unit\":\"days\"");
    Path daysParams = dir.resolve("bgnbd-days.json");
    Files.writeString(daysParams, daysFit.out());
    Outcome inDays = run("clv", "value", "--purchase-model", "bgnbd", "--purchase-params", daysParams.toString(),
        "--spend-params", gg.toString(), "--summary", days.toString());
    assertThat(inDays.code()).as(inDays.err()).isZero();
    for (Outcome o : new Outcome[] {inWeeks, inDays}) {
      String[] first = o.out().split("\n")[1].split(",");
      assertThat(first[0]).isEqualTo("0001");
      assertThat(Double.parseDouble(first[1])).isCloseTo(36.2970, org.assertj.core.api.Assertions.within(0.02));
    }
  }

  @Test
  void bgbb_fitPredictSimulate() throws IOException {
    Outcome fit = run("clv", "fit", "--model", "bgbb", "--summary", donations.toString());
    assertThat(fit.code()).as(fit.err()).isZero();
    assertThat(fit.out()).contains("\"alpha\":1.2035", "\"delta\":2.783", "\"customers\":11104");
    Path params = dir.resolve("bgbb.json");
    Files.writeString(params, fit.out());
    Outcome predict = run("clv", "predict", "--model", "bgbb", "--params", params.toString(), "--summary",
        donations.toString(), "--horizon", "5");
    assertThat(predict.code()).as(predict.err()).isZero();
    assertThat(predict.out().split("\n")).hasSize(23);
    Outcome sim = run("clv", "simulate", "--model", "bgbb", "--params", params.toString(), "--customers", "3",
        "--T", "6", "--seed", "1");
    assertThat(sim.code()).as(sim.err()).isZero();
    assertThat(sim.out()).startsWith("frequency,recency,periods,weights\n");
  }

  @Test
  void simulate_bgbbPeriodsBeyondIntRangeIsAnErrorNotClamped() throws IOException {
    Path params = dir.resolve("bgbb-fixed.json");
    Files.writeString(params, "{\"alpha\":1.2,\"beta\":0.75,\"gamma\":0.66,\"delta\":2.78}");
    Outcome sim = run("clv", "simulate", "--model", "bgbb", "--params", params.toString(), "--customers", "2",
        "--T", "3e9");
    assertThat(sim.code()).isEqualTo(1);
    assertThat(sim.out()).isEmpty();
    assertThat(sim.err()).isEqualTo(
        "error: T must be a whole number of periods in [0, 1000000] for bgbb, but was 3000000000"
            + System.lineSeparator());
    Outcome predict = run("clv", "predict", "--model", "bgbb", "--params", params.toString(), "--summary",
        donations.toString(), "--horizon", "2.5");
    assertThat(predict.code()).isEqualTo(1);
    assertThat(predict.err()).isEqualTo(
        "error: horizon must be a whole number of periods in [0, 1000000] for bgbb, but was 2.5"
            + System.lineSeparator());
  }

  @Test
  void simulate_nanTIsAnErrorBeforeAnyOutput() throws IOException {
    Path params = dir.resolve("pareto-nan.json");
    Files.writeString(params, "{\"r\":0.55,\"alpha\":10.58,\"s\":0.61,\"beta\":11.67}");
    Outcome sim = run("clv", "simulate", "--model", "pareto-nbd", "--params", params.toString(), "--customers", "4",
        "--T", "NaN");
    assertThat(sim.code()).isEqualTo(1);
    assertThat(sim.out()).isEmpty();
    assertThat(sim.err()).isEqualTo("error: T must be finite and > 0, but was NaN" + System.lineSeparator());
  }

  @Test
  void simulate_writesSummaryForPurchaseModel() throws IOException {
    Path params = dir.resolve("pareto.json");
    Files.writeString(params, "{\"r\":0.55,\"alpha\":10.58,\"s\":0.61,\"beta\":11.67}");
    Outcome sim = run("clv", "simulate", "--model", "pareto-nbd", "--params", params.toString(), "--customers", "4",
        "--T", "39", "--seed", "7");
    assertThat(sim.code()).as(sim.err()).isZero();
    String[] lines = sim.out().split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).isEqualTo("customer_id,frequency,recency,T,monetary_value,unit");
    assertThat(lines[4]).startsWith("4,").contains(",39,").endsWith(",0,weeks");
  }

  @Test
  void errors_goToStderrWithNonZeroExit() throws IOException {
    Outcome badModel = run("clv", "fit", "--model", "nope", "--summary", spend.toString());
    assertThat(badModel.code()).isNotZero();
    assertThat(badModel.err()).contains("model must be one of bgnbd, pareto-nbd, mbgnbd, gamma-gamma, bgbb");
    assertThat(badModel.out()).isEmpty();
    Path params = dir.resolve("partial.json");
    Files.writeString(params, "{\"r\":0.5}");
    Outcome missing = run("clv", "predict", "--model", "bgnbd", "--params", params.toString(), "--summary",
        spend.toString(), "--horizon", "1");
    assertThat(missing.code()).isNotZero();
    assertThat(missing.err()).contains("params must contain alpha");
    Outcome noOption = run("clv", "summarize");
    assertThat(noOption.code()).isNotZero();
    assertThat(noOption.err()).contains("Missing required option");
  }

  @Test
  void help_onEveryCommand() {
    for (String sub : new String[] {"summarize", "fit", "predict", "value", "simulate"}) {
      Outcome o = run("clv", sub, "--help");
      assertThat(o.code()).isZero();
      assertThat(o.out()).contains("Usage: crm4j clv " + sub);
    }
    assertThat(run("clv", "--help").out()).contains("summarize", "simulate");
  }

  @Test
  void summarize_headerCsvWithTimesAndDays() throws IOException {
    Path log = dir.resolve("log.csv");
    Files.writeString(log, "date,id\n2014-03-08 00:00:00,a\n2014-03-08 12:00:00,a\n2014-03-18 09:30:00,a\n2014-03-20 00:00:00,b\n");
    Outcome o = run("clv", "summarize", "--transactions", log.toString(), "--customer-col", "id", "--date-col", "date",
        "--calibration-end", "2014-03-31", "--unit", "days");
    assertThat(o.code()).as(o.err()).isZero();
    // a: first day 03-08, one repeat day 03-18: x 1, t_x 10 days, T 23 days; b: x 0, T 11 days
    assertThat(o.out()).isEqualTo("customer_id,frequency,recency,T,monetary_value,unit\na,1,10,23,0,days\nb,0,0,11,0,days\n");
  }

  @Test
  void summarize_datesByHandAndByPattern() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "date,id\n2014-02-30,a\n");
    Outcome o = run("clv", "summarize", "--transactions", bad.toString(), "--customer-col", "id", "--date-col", "date",
        "--calibration-end", "2014-03-31");
    assertThat(o.code()).isNotZero();
    assertThat(o.err()).contains("date-col must be a date as yyyy-MM-dd in record 2, but was '2014-02-30'");
    Path custom = dir.resolve("custom.csv");
    Files.writeString(custom, "date;id\n08.03.2014,a\n18.03.2014,a\n".replace(';', ','));
    Outcome c = run("clv", "summarize", "--transactions", custom.toString(), "--customer-col", "id", "--date-col",
        "date", "--date-format", "dd.MM.yyyy", "--calibration-end", "2014-03-31", "--unit", "days");
    assertThat(c.code()).as(c.err()).isZero();
    // first day 03-08, repeat on 03-18: x 1, t_x 10 days, T 23 days
    assertThat(c.out()).isEqualTo("customer_id,frequency,recency,T,monetary_value,unit\na,1,10,23,0,days\n");
  }

  @Test
  void predict_largeAPrintsThePublishedFormulasValue() throws IOException {
    // issue 22: a = 100 printed 3.0202 and a = 1e4 NaN with exit code 0; FHL 2005 eq. 10 in mpmath
    // (crm-scoring bgnbd_grid.csv) gives 0.0596064657482835 and 0.225406854962202
    Path summary = dir.resolve("one.csv");
    Files.writeString(summary, "customer_id,frequency,recency,T,monetary_value\nc1,0,0,1,0\n");
    String[][] cases = {{"{\"r\":0.1,\"alpha\":0.5,\"a\":100,\"b\":200}", "0.0596064657482835"},
        {"{\"r\":0.5,\"alpha\":0.5,\"a\":10000,\"b\":0.5}", "0.225406854962202"}};
    for (String[] c : cases) {
      Path params = dir.resolve("large-a.json");
      Files.writeString(params, c[0]);
      Outcome o = run("clv", "predict", "--model", "bgnbd", "--params", params.toString(), "--summary",
          summary.toString(), "--horizon", "1");
      assertThat(o.code()).as(o.err()).isZero();
      double printed = Double.parseDouble(o.out().split("\n")[1].split(",")[1]);
      assertThat(printed).isCloseTo(Double.parseDouble(c[1]), org.assertj.core.api.Assertions.within(1e-9 * printed));
    }
  }

  @Test
  void unboundedWork_isRefusedWithOneLineError() throws IOException {
    // issue 22: these ran for hours or exhausted memory
    Path bgbb = dir.resolve("bgbb-limit.json");
    Files.writeString(bgbb, "{\"alpha\":1.204,\"beta\":0.75,\"gamma\":0.657,\"delta\":2.783}");
    Outcome horizon = run("clv", "predict", "--model", "bgbb", "--params", bgbb.toString(), "--summary",
        donations.toString(), "--horizon", "2147483647");
    assertThat(horizon.code()).isNotZero();
    assertThat(horizon.err().strip())
        .isEqualTo("error: horizon must be a whole number of periods in [0, 1000000] for bgbb, but was 2147483647");
    Path fast = dir.resolve("fast.json");
    Files.writeString(fast, "{\"r\":1e8,\"alpha\":1e-8,\"a\":0.01,\"b\":100}");
    Outcome sim = run("clv", "simulate", "--model", "bgnbd", "--params", fast.toString(), "--customers", "3",
        "--T", "40");
    assertThat(sim.code()).isNotZero();
    assertThat(sim.err()).startsWith("error: a simulation must draw at most 100000000 purchases");
    Path big = dir.resolve("big.csv");
    Files.writeString(big, "customer_id,frequency,recency,T,monetary_value\nc1,100000000,30,40,1\nc2,2,20,40,1\n");
    Outcome fit = run("clv", "fit", "--model", "bgnbd", "--summary", big.toString());
    assertThat(fit.code()).isNotZero();
    assertThat(fit.err().strip()).isEqualTo("error: frequency must be <= 1000000 to fit, but was 100000000 (row 0)");
    // issue 18: two billion customers and a huge --months exhausted memory or ran for minutes
    Path pareto = dir.resolve("pareto-limit.json");
    Files.writeString(pareto, "{\"r\":0.55,\"alpha\":10.58,\"s\":0.61,\"beta\":11.67}");
    Outcome many = run("clv", "simulate", "--model", "pareto-nbd", "--params", pareto.toString(), "--customers",
        "2000000000", "--T", "40");
    assertThat(many.code()).isEqualTo(1);
    assertThat(many.out()).isEmpty();
    assertThat(many.err()).isEqualTo("error: customers must be in [0, 100000000], but was 2000000000"
        + System.lineSeparator());
    Outcome manyBgbb = run("clv", "simulate", "--model", "bgbb", "--params", bgbb.toString(), "--customers",
        "100000000", "--T", "11");
    assertThat(manyBgbb.code()).isEqualTo(1);
    assertThat(manyBgbb.err()).isEqualTo("error: customers × periods must be <= 1000000000, but was 100000000 × 11"
        + " = 1100000000" + System.lineSeparator());
    Path gg = dir.resolve("gg-limit.json");
    Files.writeString(gg, "{\"p\": 6.24880, \"q\": 3.74459, \"gamma\": 15.4477}");
    Outcome months = run("clv", "value", "--purchase-model", "pareto-nbd", "--purchase-params", pareto.toString(),
        "--spend-params", gg.toString(), "--summary", spend.toString(), "--months", "2000000000");
    assertThat(months.code()).isEqualTo(1);
    assertThat(months.err()).isEqualTo("error: months must be <= 1200 (100 years), but was 2000000000"
        + System.lineSeparator());
  }

  @Test
  void summarize_bomBeforeTheHeader_isIgnored() throws IOException {
    Path file = dir.resolve("bom-log.csv");
    Files.write(file, "\uFEFFcustomer_id,date,amount\r\na,2024-01-01,3\r\na,2024-01-15,5\r\n"
        .getBytes(StandardCharsets.UTF_8));
    Outcome o = run("clv", "summarize", "--transactions", file.toString(), "--customer-col", "customer_id",
        "--date-col", "date", "--amount-col", "amount", "--calibration-end", "2024-02-01", "--unit", "days");
    assertThat(o.err()).isEmpty();
    assertThat(o.code()).isZero();
    // a: first purchase Jan 1, repeat Jan 15 (recency 14 days), T = Feb 1 - Jan 1 = 31 days, mean repeat spend 5
    assertThat(o.out().lines()).containsExactly("customer_id,frequency,recency,T,monetary_value,unit", "a,1,14,31,5,days");
  }

  @Test
  void summarize_blankCustomerOrNegativeAmount_failsNamingTheRecord() throws IOException {
    Path blank = dir.resolve("blank-id.csv");
    Files.writeString(blank, "customer_id,date,amount\na,2024-01-01,3\n ,2024-01-05,10\n");
    Outcome o = run("clv", "summarize", "--transactions", blank.toString(), "--customer-col", "customer_id",
        "--date-col", "date", "--amount-col", "amount", "--calibration-end", "2024-02-01");
    assertThat(o.code()).isOne();
    assertThat(o.out()).isEmpty();
    assertThat(o.err()).isEqualTo("error: customer_id in record 3 must not be blank, but was ''"
        + System.lineSeparator());
    Path negative = dir.resolve("negative.csv");
    Files.writeString(negative, "customer_id,date,amount\na,2024-01-01,-10\n");
    o = run("clv", "summarize", "--transactions", negative.toString(), "--customer-col", "customer_id",
        "--date-col", "date", "--amount-col", "amount", "--calibration-end", "2024-02-01");
    assertThat(o.code()).isOne();
    assertThat(o.err()).isEqualTo("error: amount in record 2 must be in [0, 1e15], but was '-10'"
        + System.lineSeparator());
  }

  @Test
  void fit_summaryWithBom_readsTheColumns() throws IOException {
    Path file = dir.resolve("bom-summary.csv");
    Files.write(file, "\uFEFFcustomer_id,frequency,recency,T\r\na,2147483648,1,2\r\n".getBytes(StandardCharsets.UTF_8));
    Outcome o = run("clv", "fit", "--model", "bgnbd", "--summary", file.toString());
    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err()).isEqualTo("error: frequency must be at most 2147483647, but was '2147483648' in row 2"
        + System.lineSeparator());
  }
}
