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
  void help_describesTheOptions() {
    CliCapture c = CliCapture.run("report", "--help");
    assertThat(c.exitCode()).isZero();
    assertThat(c.out()).contains("--out", "--format", "--dir");
  }
}
