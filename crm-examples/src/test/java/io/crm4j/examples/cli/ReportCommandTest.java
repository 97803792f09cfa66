package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @Test
  void call_withoutOutForHtmlFailsWithAMessage(@TempDir Path dir) {
    CliCapture c = CliCapture.run("report", "--dir", dir.toString());
    assertThat(c.exitCode()).isNotZero();
    assertThat(c.err()).contains("out must be given for --format html");
  }

  @Test
  void call_unknownFormatFails(@TempDir Path dir) {
    CliCapture c = CliCapture.run("report", "--format", "pdf", "--dir", dir.toString());
    assertThat(c.exitCode()).isNotZero();
    assertThat(c.err()).contains("format must be html or json, but was 'pdf'");
  }

  @Test
  void call_outIsAFile_failsBeforeTheDemoRuns(@TempDir Path dir) throws java.io.IOException {
    Path file = java.nio.file.Files.writeString(dir.resolve("afile"), "keep");
    CliCapture c = CliCapture.run("report", "--dir", dir.resolve("db").toString(), "--out", file.toString());
    assertThat(c.exitCode()).isOne();
    // one line and no progress: the demo never started
    assertThat(c.err()).isEqualTo("error: --out must name a folder, but " + file + " is a file"
        + System.lineSeparator());
    assertThat(java.nio.file.Files.readString(file)).isEqualTo("keep");
  }

  /** End to end through the command line: the page and its fourteen charts land in --out, progress on stderr. */
  @Test
  void call_htmlWritesThePageAndCharts(@TempDir Path dir) {
    Path out = dir.resolve("report");
    CliCapture c = CliCapture.run("report", "--dir", dir.resolve("db").toString(), "--out", out.toString());
    assertThat(c.exitCode()).as(c.err()).isZero();
    assertThat(c.out()).contains("\"files\":17");
    assertThat(c.err()).contains("[1/5]", "[5/5]", "[done]");
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("calibration-frequencies.png")).isRegularFile();
    assertThat(out.resolve("credit-grades.png")).isRegularFile();
  }

  @Test
  void help_describesTheOptions() {
    CliCapture c = CliCapture.run("report", "--help");
    assertThat(c.exitCode()).isZero();
    assertThat(c.out()).contains("--out", "--format", "--dir");
  }
}
