package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command reads its files through {@link CliFiles}: a missing file, a folder or bytes that
 * are not UTF-8 give one line naming the file and the problem, not the JDK's bare path or "Input
 * length = 1".
 */
class CliFilesTest {

  private static final String NL = System.lineSeparator();

  @TempDir
  Path dir;

  @Test
  void readString_missingFileSaysNoSuchFile() {
    Path none = dir.resolve("none.json");
    CliCapture r = CliCapture.run("complaint-due", "--calendar", none.toString(), "--start", "2026-11-20T09:30:00Z",
        "--target", "PT1H");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: cannot read " + none + ": no such file" + NL);
    r = CliCapture.run("clv", "predict", "--model", "bgnbd", "--params", none.toString(), "--summary",
        none.toString(), "--horizon", "1");
    assertThat(r.err()).isEqualTo("error: cannot read " + none + ": no such file" + NL);
  }

  @Test
  void reader_missingFileSaysNoSuchFileInEveryCsvCommand() {
    Path none = dir.resolve("none.csv");
    String expected = "error: cannot read " + none + ": no such file" + NL;
    assertThat(CliCapture.run("clv", "fit", "--model", "bgnbd", "--summary", none.toString()).err())
        .isEqualTo(expected);
    assertThat(CliCapture.run("abc", "--values", none.toString(), "--id-col", "id", "--value-col", "v").err())
        .isEqualTo(expected);
    assertThat(CliCapture.run("credit", "iv", "--data", none.toString(), "--target", "t", "--good", "g").err())
        .isEqualTo(expected);
    assertThat(CliCapture.run("forecast", "--opportunities", none.toString(), "--currency", "EUR").err())
        .isEqualTo(expected);
  }

  @Test
  void readString_nonUtf8CalendarNamesTheByte() throws IOException {
    Path calendar = dir.resolve("cal.json");
    byte[] bytes = "{\"zone\":\"UTC\",\"name\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    bytes[23] = (byte) 0xFF;
    Files.write(calendar, bytes);
    CliCapture r = CliCapture.run("complaint-due", "--calendar", calendar.toString(), "--start",
        "2026-11-20T09:30:00Z", "--target", "PT1H");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: cannot read " + calendar + ": not UTF-8 text (byte 23 of 25)" + NL);
  }

  @Test
  void reader_nonUtf8CsvSaysSo() throws IOException {
    Path values = dir.resolve("values.csv");
    Files.write(values, new byte[] {'i', 'd', ',', 'v', '\n', 'a', (byte) 0xC3, ',', '1', '\n'});
    CliCapture r = CliCapture.run("abc", "--values", values.toString(), "--id-col", "id", "--value-col", "v");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: cannot read " + values + ": not UTF-8 text" + NL);
  }

  @Test
  void cannotRead_folderSaysIsADirectory() {
    CliCapture r = CliCapture.run("clv", "fit", "--model", "bgnbd", "--summary", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: cannot read " + dir + ": is a directory" + NL);
  }

  @Test
  void cannotWrite_missingFolderSaysNoSuchDirectory() throws IOException {
    Path params = dir.resolve("p.json");
    Files.writeString(params, "{\"r\":0.55,\"alpha\":10.58,\"s\":0.61,\"beta\":11.67}");
    Path out = dir.resolve("no/such/out.csv");
    CliCapture r = CliCapture.run("clv", "simulate", "--model", "pareto-nbd", "--params", params.toString(),
        "--customers", "2", "--T", "39", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: cannot write " + out + ": no such directory" + NL);
  }
}
