package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeasonalCommandTest {

  @TempDir
  Path dir;

  /** The three-year example of crm-scoring's SeasonalIndexTest; month averages 60..160, overall 100. */
  private static final double[] THREE_YEARS = {
      65, 56, 90, 94, 120, 148, 150, 142, 126, 97, 61, 53,
      58, 66, 76, 103, 129, 135, 164, 132, 119, 105, 54, 62,
      57, 58, 74, 103, 111, 137, 166, 146, 115, 98, 65, 65};

  private Path monthly(int months) throws IOException {
    StringBuilder sb = new StringBuilder("month,sales\n");
    for (int i = 0; i < months; i++) {
      sb.append(YearMonth.of(2023, 1).plusMonths(i)).append(',').append(THREE_YEARS[i]).append('\n');
    }
    Path file = dir.resolve("monthly.csv");
    Files.writeString(file, sb.toString());
    return file;
  }

  private static final String NL = System.lineSeparator();

  @Test
  void seasonal_monthlyIndexesAndTargets() throws IOException {
    CliCapture r = CliCapture.run("seasonal", "--monthly", monthly(36).toString(), "--target", "1000000");
    assertThat(r.exitCode()).isZero();
    // targets worked out by hand in SeasonalIndexTest.targets_splitToTheCentByLargestRemainder
    assertThat(r.out().lines()).containsExactly("month,index_percent,target",
        "1,60.0000,50000.00", "2,60.0000,50000.00", "3,80.0000,66666.67", "4,100.0000,83333.33",
        "5,120.0000,100000.00", "6,140.0000,116666.67", "7,160.0000,133333.33", "8,140.0000,116666.67",
        "9,120.0000,100000.00", "10,100.0000,83333.33", "11,60.0000,50000.00", "12,60.0000,50000.00");
  }

  @Test
  void seasonal_quarterlyToFile() throws IOException {
    Path out = dir.resolve("q.csv");
    CliCapture r = CliCapture.run("seasonal", "--monthly", monthly(36).toString(), "--target", "1200",
        "--currency", "USD", "--quarterly", "--out", out.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"seasons\" : 4").contains("\"targetsSum\" : \"1200.00\"")
        .contains("\"firstMonth\" : \"2023-01\"");
    assertThat(Files.readAllLines(out)).containsExactly("month,index_percent,target",
        "1,66.6667,200.00", "2,120.0000,360.00", "3,140.0000,420.00", "4,73.3333,220.00");
  }

  @Test
  void seasonal_refusesShortHistoryAndGaps() throws IOException {
    CliCapture r = CliCapture.run("seasonal", "--monthly", monthly(23).toString(), "--target", "100");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("sales must cover at least 24 months (2 years), but had 23");
    Path gap = dir.resolve("gap.csv");
    Files.writeString(gap, "month,sales\n2024-01,1\n2024-03,1\n");
    assertThat(CliCapture.run("seasonal", "--monthly", gap.toString(), "--target", "1").err())
        .contains("months must be consecutive, but record 2 was 2024-03 after 2024-01");
    Files.writeString(gap, "month,sales\n2024/01,1\n");
    assertThat(CliCapture.run("seasonal", "--monthly", gap.toString(), "--target", "1").err())
        .contains("month in record 1 must look like 2024-03");
    Files.writeString(gap, "month,sales\n");
    assertThat(CliCapture.run("seasonal", "--monthly", gap.toString(), "--target", "1").err())
        .contains("must hold at least 24 months");
    assertThat(CliCapture.run("seasonal", "--monthly", monthly(36).toString(), "--target", "-1").err())
        .isEqualTo("error: --target must be in [0, 1e15] with at most 2 decimals for CNY, but was '-1'" + NL);
  }

  @Test
  void seasonal_targetTooLargeOrTooPrecise_isRefusedNotRounded() throws IOException {
    // 1e20 gave "error: Overflow"; 1200.555 JPY was rounded to 1201 without a word
    assertThat(CliCapture.run("seasonal", "--monthly", monthly(36).toString(), "--target", "1e20").err())
        .isEqualTo("error: --target must be in [0, 1e15] with at most 2 decimals for CNY, but was '1E+20'" + NL);
    assertThat(CliCapture.run("seasonal", "--monthly", monthly(36).toString(), "--target", "1200.555",
        "--currency", "JPY").err())
        .isEqualTo("error: --target must be in [0, 1e15] with at most 0 decimals for JPY, but was '1200.555'" + NL);
    assertThat(CliCapture.run("seasonal", "--monthly", monthly(36).toString(), "--target", "1200.0",
        "--currency", "JPY").exitCode()).isZero();
  }

  @Test
  void seasonal_refusesInfiniteSales() throws IOException {
    Path file = dir.resolve("inf.csv");
    Files.writeString(file, "month,sales\n2023-01,10\n2023-02,Infinity\n");
    CliCapture r = CliCapture.run("seasonal", "--monthly", file.toString(), "--target", "100");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: sales in record 2 must be a finite number, but was 'Infinity'"
        + System.lineSeparator());
  }

  @Test
  void seasonal_refusesNegativeSales() throws IOException {
    StringBuilder sb = new StringBuilder("month,sales\n");
    for (int i = 0; i < 24; i++) {
      sb.append(YearMonth.of(2023, 1).plusMonths(i)).append(',').append(i == 3 ? "-5" : "10").append('\n');
    }
    Path file = dir.resolve("neg.csv");
    Files.writeString(file, sb.toString());
    CliCapture r = CliCapture.run("seasonal", "--monthly", file.toString(), "--target", "100");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("sales must be finite and >= 0, but sales[3] (2023-04) was -5.0");
  }

  @Test
  void seasonal_help() {
    assertThat(CliCapture.run("seasonal", "--help").out()).contains("--target").contains("--quarterly");
  }
}
