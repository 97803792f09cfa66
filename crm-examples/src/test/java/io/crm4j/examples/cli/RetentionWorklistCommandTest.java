package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retention worklist} in process on the CDNOW summary (2 357 customers, weeks). Reference
 * values computed with mpmath from the published CDNOW estimates (BG/NBD r = 0.243, α = 4.414,
 * a = 0.793, b = 2.426, Fader, Hardie &amp; Lee 2005; Pareto/NBD β = 11.669, s = 0.606): customer
 * 509 (x = 18, t_x = 35.14, T = 35.86) has BG/NBD P(alive) = 0.9463156 and P(churn within 52
 * weeks) = 1 − P(alive)·₂F₁(r+x, a; a+b+x; −52/(α+T)) = 0.4757692; customer 1081 (11, 32.00,
 * 33.14) 0.9172184 and 0.4879072; the Pareto/NBD survival of 509 over 52 weeks given alive is
 * ((β+T)/(β+T+52))^s = 0.6389685. The CLI fits its own parameters, which agree with the published
 * ones to about three digits, hence the tolerance of 1e-3.
 */
class RetentionWorklistCommandTest {

  @TempDir
  Path dir;

  private Path cdnow() throws IOException {
    Path target = dir.resolve("cdnow.csv");
    try (InputStream in = RetentionWorklistCommandTest.class.getResourceAsStream(
        "/clv/cdnow_customers_summary_with_transactions.csv")) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  @Test
  void call_cdnowCsv_printsRankedValueAtRisk() throws IOException {
    CliCapture run = CliCapture.run("retention", "worklist", "--summary", cdnow().toString(), "--top", "5");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(6);
    assertThat(lines[0]).isEqualTo("rank,customer_id,p_alive,p_churn,clv,value_at_risk");
    String[] first = lines[1].split(",");
    assertThat(first[0]).isEqualTo("1");
    assertThat(first[1]).isEqualTo("509");
    assertThat(Double.parseDouble(first[2])).isCloseTo(0.9463156, within(1e-3));
    assertThat(Double.parseDouble(first[3])).isCloseTo(0.4757692, within(1e-3));
    String[] second = lines[2].split(",");
    assertThat(second[1]).isEqualTo("1081");
    assertThat(Double.parseDouble(second[3])).isCloseTo(0.4879072, within(1e-3));
    double previous = Double.POSITIVE_INFINITY;
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split(",");
      double risk = Double.parseDouble(f[5]);
      assertThat(risk).isCloseTo(Double.parseDouble(f[3]) * Double.parseDouble(f[4]), within(1e-9));
      assertThat(risk).isLessThanOrEqualTo(previous);
      previous = risk;
    }
  }

  /** The CDNOW sample summarized to 1997-09-30 is the calibration summary of the CSV test above. */
  @Test
  void call_transactionLog_ranksAsTheSummaryDoes() throws IOException {
    Path log = dir.resolve("cdnow.txt");
    try (InputStream in = RetentionWorklistCommandTest.class.getResourceAsStream("/clv/CDNOW_sample.txt")) {
      Files.copy(in, log, StandardCopyOption.REPLACE_EXISTING);
    }
    CliCapture run = CliCapture.run("retention", "worklist", "--transactions", log.toString(), "--delimiter",
        "whitespace", "--no-header", "--column-names", "_id,id,date,cds,spent", "--customer-col", "id", "--date-col",
        "date", "--amount-col", "spent", "--date-format", "yyyyMMdd", "--calibration-end", "1997-09-30", "--top", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith("1,0509,");
    assertThat(Double.parseDouble(lines[1].split(",")[3])).isCloseTo(0.4757692, within(1e-3));
    assertThat(lines[2]).startsWith("2,1081,");
  }

  @Test
  void call_tinyLog_warnsThatTheFitDidNotConverge() throws IOException {
    Path tiny = Files.writeString(dir.resolve("tiny.csv"),
        "customer_id,date,amount\nc1,2024-01-05,10\nc1,2024-02-05,12.5\nc2,2024-02-01,20\nc2,2024-02-03,5\n"
            + "c3,2024-03-01,5\n");
    CliCapture run = CliCapture.run("retention", "worklist", "--transactions", tiny.toString(), "--customer-col",
        "customer_id", "--date-col", "date", "--amount-col", "amount", "--calibration-end", "2024-03-31");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // three customers cannot identify BG/NBD's four parameters: the list is made, with a warning
    assertThat(run.err()).startsWith("warning: bgnbd did not converge: ");
    assertThat(run.out()).startsWith("rank,customer_id,p_alive,p_churn,clv,value_at_risk");
    // the CDNOW sample's fits converge: no warning
    CliCapture cdnow = CliCapture.run("retention", "worklist", "--summary", cdnow().toString(), "--top", "1");
    assertThat(cdnow.err()).isEmpty();
  }

  @Test
  void call_summaryAndTransactions_failsUnlessExactlyOne() throws IOException {
    CliCapture none = CliCapture.run("retention", "worklist");
    assertThat(none.exitCode()).isNotZero();
    assertThat(none.err()).contains("exactly one of --summary and --transactions must be given, but neither was");
    CliCapture noColumn = CliCapture.run("retention", "worklist", "--transactions", cdnow().toString());
    assertThat(noColumn.err()).contains("--customer-col must be given with --transactions, but was not");
  }

  @Test
  void call_badFormat_failsNamingTheOption() throws IOException {
    CliCapture run = CliCapture.run("retention", "worklist", "--summary", cdnow().toString(), "--format", "xml");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("format must be csv or json, but was 'xml'");
    CliCapture top = CliCapture.run("retention", "worklist", "--summary", cdnow().toString(), "--top", "-1");
    assertThat(top.err()).contains("top must be >= 0, but was -1");
  }

  @Test
  void call_cdnowJson_printsParamsAndRows() throws IOException {
    CliCapture run = CliCapture.run("retention", "worklist", "--summary", cdnow().toString(), "--top", "3",
        "--format", "json", "--model", "pareto-nbd");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(run.out());
    assertThat(out.get("model").asText()).isEqualTo("pareto-nbd");
    assertThat(out.get("params").get("beta").asDouble()).isCloseTo(11.669, within(0.01));
    assertThat(out.get("customers").asInt()).isEqualTo(2357);
    assertThat(out.get("worklist")).hasSize(3);
    JsonNode row = out.get("worklist").get(0);
    assertThat(row.get("customer_id").asText()).isEqualTo("509");
    double alive = row.get("p_alive").asDouble();
    assertThat(row.get("p_churn").asDouble()).isCloseTo(1 - alive * 0.6389685, within(1e-3));
    assertThat(row.get("value_at_risk").asDouble())
        .isCloseTo(row.get("p_churn").asDouble() * row.get("clv").asDouble(), within(1e-9));
  }
}
