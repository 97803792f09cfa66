package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RfmCommandTest {

  @TempDir
  Path dir;

  /** The five customers of crm-scoring's RfmAnalysisTest, whose cells were worked out by hand there. */
  private Path log() throws IOException {
    Path file = dir.resolve("log.csv");
    Files.writeString(file, String.join("\n",
        "order,customer,day,spent",
        "1,A,2024-01-30,10.00",
        "2,B,2024-01-25,100.00",
        "3,A,2024-01-20,20.00",
        "4,C,2024-01-01,5.00",
        "5,A,2024-01-10,30.00",
        "6,C,20231201,5.00",
        "7,D,2023-11-01,40.00",
        "8,D,2023-11-02,40.00",
        "",
        "9,D,2023-11-03T10:00:00,40.00",
        "10,D,2023-11-04T00:00:00Z,40.00",
        "11,E,2024-01-29,1.00",
        ""));
    return file;
  }

  @Test
  void rfm_writesCsvToStdout() throws IOException {
    CliCapture r = CliCapture.run("rfm", "--transactions", log().toString(), "--customer-col", "customer",
        "--date-col", "day", "--amount-col", "spent", "--as-of", "2024-01-31");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "customer_id,recency_days,frequency,monetary,r,f,m,cell,segment",
        "A,1,3,60.00,5,4,3,543,Champions",
        "B,6,1,100.00,3,1,4,314,Need attention",
        "C,30,2,10.00,2,3,2,232,At risk",
        "D,88,4,160.00,1,5,5,155,Can't lose them",
        "E,2,1,1.00,4,1,1,411,Promising");
  }

  @Test
  void rfm_writesCsvToOutAndSummaryToStdout() throws IOException {
    Path out = dir.resolve("rfm.csv");
    CliCapture r = CliCapture.run("rfm", "--transactions", log().toString(), "--customer-col", "customer",
        "--date-col", "day", "--amount-col", "spent", "--as-of", "2024-01-31", "--out", out.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(6);
    assertThat(r.out()).contains("\"purchases\" : 11").contains("\"customers\" : 5").contains("\"Champions\" : 1");
  }

  @Test
  void rfm_otherBinCount() throws IOException {
    CliCapture r = CliCapture.run("rfm", "--transactions", log().toString(), "--customer-col", "customer",
        "--date-col", "day", "--amount-col", "spent", "--as-of", "2024-01-31", "--bins", "3");
    assertThat(r.exitCode()).isZero();
    // recency 1 day: 4 customers less recent -> 1 + floor(3 * 4 / 5) = 3
    assertThat(r.out().lines().skip(1).findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("A,1,3,60.00,3,"));
  }

  @Test
  void rfm_reportsBadInputOnStderr() throws IOException {
    CliCapture missingColumn = CliCapture.run("rfm", "--transactions", log().toString(), "--customer-col", "cust",
        "--date-col", "day", "--amount-col", "spent", "--as-of", "2024-01-31");
    assertThat(missingColumn.exitCode()).isNotZero();
    assertThat(missingColumn.err()).contains("--customer-col must be one of the columns of").contains("but was 'cust'");
    assertThat(missingColumn.out()).isEmpty();

    CliCapture early = CliCapture.run("rfm", "--transactions", log().toString(), "--customer-col", "customer",
        "--date-col", "day", "--amount-col", "spent", "--as-of", "2024-01-01");
    assertThat(early.exitCode()).isNotZero();
    assertThat(early.err()).contains("must not be after asOf");

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "customer,day,spent\nA,2024-13-01,1.00\n");
    CliCapture badDate = CliCapture.run("rfm", "--transactions", bad.toString(), "--customer-col", "customer",
        "--date-col", "day", "--amount-col", "spent", "--as-of", "2024-01-31");
    assertThat(badDate.err()).contains("date in record 1 must look like 2024-03-01");

    Files.writeString(bad, "customer,day,spent\nA,2024-01-01,-1\n");
    assertThat(CliCapture.run("rfm", "--transactions", bad.toString(), "--customer-col", "customer",
        "--date-col", "day", "--amount-col", "spent", "--as-of", "2024-01-31").err())
        .contains("amount in record 1 must be >= 0, but was -1");

    assertThat(CliCapture.run("rfm", "--transactions", log().toString(), "--customer-col", "customer",
        "--date-col", "day", "--amount-col", "spent", "--as-of", "2024-01-31", "--currency", "XYZ").err())
        .contains("--currency must be an ISO 4217 code, but was 'XYZ'");
  }

  @Test
  void rfm_help() {
    CliCapture r = CliCapture.run("rfm", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("--transactions").contains("--as-of");
  }

  @Test
  void rfm_hugeOrTinyAmounts_failOnOneLineNamingFieldRecordAndRule() throws IOException {
    for (String amount : new String[] {"1e999999999", "1e308", "1e-2147483647", "1e-2147483646"}) {
      Path file = Files.writeString(dir.resolve("huge.csv"), "id,date,amount\na,2024-01-01,5\nb,2024-01-02," + amount
          + "\n");
      CliCapture r = CliCapture.run("rfm", "--transactions", file.toString(), "--customer-col", "id", "--date-col",
          "date", "--amount-col", "amount", "--as-of", "2024-02-01");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("error: amount in record 2 ");
      assertThat(r.err()).doesNotContain("\tat ");
    }
  }

  @Test
  void rfm_totalBeyondALong_isOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("sum.csv"), "id,date,amount\n" + "a,2024-01-01,1e15\n".repeat(10000));
    CliCapture r = CliCapture.run("rfm", "--transactions", file.toString(), "--customer-col", "id", "--date-col",
        "date", "--amount-col", "amount", "--as-of", "2024-02-01");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: the amounts of one customer must add up to at most 9223372036854775807 "
        + "minor units of USD").hasLineCount(1);
  }

  @Test
  void rfm_outIsTheInput_isRefusedAndTheInputKept() throws IOException {
    Path file = Files.writeString(dir.resolve("log.csv"), "id,date,amount\na,2024-01-01,5\n");
    CliCapture r = CliCapture.run("rfm", "--transactions", file.toString(), "--customer-col", "id", "--date-col",
        "date", "--amount-col", "amount", "--as-of", "2024-02-01", "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: --out must not be an input file, but was " + file);
    assertThat(Files.readString(file)).isEqualTo("id,date,amount\na,2024-01-01,5\n");
  }

  @Test
  void rfm_unwritableOut_exitsOneWithOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("log.csv"), "id,date,amount\na,2024-01-01,5\n");
    Path out = dir.resolve("missing").resolve("out.csv");
    CliCapture r = CliCapture.run("rfm", "--transactions", file.toString(), "--customer-col", "id", "--date-col",
        "date", "--amount-col", "amount", "--as-of", "2024-02-01", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: cannot write " + out + ": no such directory" + System.lineSeparator());
  }
}
