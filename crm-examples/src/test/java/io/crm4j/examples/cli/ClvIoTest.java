package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary CSVs the {@code clv} commands read (through {@link ClvIo}): a count must be a whole
 * number in int range and every number finite, or the command fails with one line naming the
 * column, the value and the row, instead of reading NaN as 0 or 2.9 as 2.
 */
class ClvIoTest {

  private static final String NL = System.lineSeparator();

  @TempDir
  Path dir;

  private Path summary(String body) throws IOException {
    Path file = dir.resolve("summary.csv");
    Files.writeString(file, "customer_id,frequency,recency,T,monetary_value\n" + body);
    return file;
  }

  private Path bgnbdParams() throws IOException {
    Path file = dir.resolve("bgnbd.json");
    Files.writeString(file, "{\"r\":0.243,\"alpha\":4.414,\"a\":0.793,\"b\":2.426}");
    return file;
  }

  @Test
  void readSummary_unitColumnIsTheSummarysUnit() throws IOException {
    Path days = dir.resolve("days.csv");
    Files.writeString(days, "customer_id,frequency,recency,T,monetary_value,unit\na,1,5,20,3,days\nb,0,0,9,0,days\n");
    assertThat(ClvIo.readSummary(days).unit()).isEqualTo(io.crm4j.scoring.clv.ClvTimeUnit.DAYS);
    // a file without the column is in --unit, else in weeks
    Path old = summary("a,1,5,20,3\n");
    assertThat(ClvIo.readSummary(old).unit()).isEqualTo(io.crm4j.scoring.clv.ClvTimeUnit.WEEKS);
    assertThat(ClvIo.readSummary(old, io.crm4j.scoring.clv.ClvTimeUnit.MONTHS).unit())
        .isEqualTo(io.crm4j.scoring.clv.ClvTimeUnit.MONTHS);
    Path mixed = dir.resolve("mixed.csv");
    Files.writeString(mixed, "customer_id,frequency,recency,T,unit\na,1,5,20,days\nb,0,0,9,weeks\n");
    CliCapture r = CliCapture.run("clv", "predict", "--model", "bgnbd", "--params", bgnbdParams().toString(),
        "--summary", mixed.toString(), "--horizon", "10");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: unit must be the same on every row of " + mixed
        + ", but was days and then weeks in row 3" + NL);
    Path bad = dir.resolve("bad-unit.csv");
    Files.writeString(bad, "customer_id,frequency,recency,T,unit\na,1,5,20,fortnights\n");
    CliCapture b = CliCapture.run("clv", "predict", "--model", "bgnbd", "--params", bgnbdParams().toString(),
        "--summary", bad.toString(), "--horizon", "10");
    assertThat(b.err()).isEqualTo("error: unit must be one of days, weeks, months, but was 'fortnights' in row 2" + NL);
  }

  @Test
  void readSummary_nanFrequencyIsAnErrorNotZero() throws IOException {
    Path s = summary("a,1,5,20,3\nb,NaN,0,20,5\n");
    CliCapture r = CliCapture.run("clv", "predict", "--model", "bgnbd", "--params", bgnbdParams().toString(),
        "--summary", s.toString(), "--horizon", "10");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: frequency must be a finite number, but was 'NaN' in row 3" + NL);
  }

  @Test
  void readSummary_fractionalFrequencyIsAnErrorNotTruncated() throws IOException {
    Path s = summary("a,2.9,10,20,5\nb,1,5,20,3\n");
    CliCapture r = CliCapture.run("clv", "fit", "--model", "bgnbd", "--summary", s.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: frequency must be a whole number, but was '2.9' in row 2" + NL);
  }

  @Test
  void readSummary_infiniteRecencyAndHugeFrequencyAreErrors() throws IOException {
    CliCapture r = CliCapture.run("clv", "fit", "--model", "bgnbd", "--summary",
        summary("a,1,Infinity,20,5\n").toString());
    assertThat(r.err()).isEqualTo("error: recency must be a finite number, but was 'Infinity' in row 2" + NL);
    r = CliCapture.run("clv", "fit", "--model", "bgnbd", "--summary", summary("a,3e9,10,20,5\n").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: frequency must be at most 2147483647, but was '3e9' in row 2" + NL);
  }

  @Test
  void readSummary_wholeNumbersWrittenAsDecimalsStillRead() throws IOException {
    // pandas writes integer columns that held a NaN as floats: 2.0 is a whole number
    CliCapture r = CliCapture.run("clv", "predict", "--model", "bgnbd", "--params", bgnbdParams().toString(),
        "--summary", summary("a,2.0,30.43,38.86,22.35\n").toString(), "--horizon", "39");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("customer_id,expected_purchases,p_alive" + "\n" + "a,");
  }

  @Test
  void readBgBb_fractionalPeriodsIsAnError() throws IOException {
    Path file = dir.resolve("bgbb.csv");
    Files.writeString(file, "frequency,recency,periods,weights\n1,1,6,10\n2,3,6.5,4\n");
    CliCapture r = CliCapture.run("clv", "fit", "--model", "bgbb", "--summary", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: periods must be a whole number, but was '6.5' in row 3" + NL);
  }
}
