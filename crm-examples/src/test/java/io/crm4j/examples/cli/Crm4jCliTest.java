package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link Crm4jCli} starts and reports failures: one line on stderr, exit 1, or 2 for usage errors. */
class Crm4jCliTest {

  @TempDir
  Path dir;

  @Test
  void main_demoFirstRun_printsNoSlf4jWarning() throws IOException, InterruptedException {
    // Issue 18: the first run of the demo (the README's command) must not print "SLF4J(W): No SLF4J providers
    // were found". SLF4J starts when the demo opens its store, before the "[1/5]" progress line. A fresh JVM
    // runs the CLI on this module's runtime class path: the test path without the provided Spark tree, whose
    // log4j provider crm4j-cli.jar does not contain either.
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String path = entry.replace(File.separatorChar, '/');
      if (!path.contains("/org/apache/spark/") && !path.contains("/org/apache/logging/")) {
        classPath.add(entry);
      }
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(List.of(java, "-cp", String.join(File.pathSeparator, classPath),
        Crm4jCli.class.getName(), "demo", "--dir", dir.resolve("demo").toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null && !line.startsWith("[1/5]")) {
        lines.add(line);
      }
      assertThat(line).as("stderr before the first progress line: %s", lines).startsWith("[1/5]");
    } finally {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(lines).noneMatch(l -> l.contains("SLF4J"));
  }

  @Test
  void main_loggingConfig_isQuietByDefault() throws IOException, URISyntaxException {
    // The jar's own simplelogger.properties (not the test one): warnings and errors only, on stderr.
    Path classes = Path.of(Crm4jCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Properties config = new Properties();
    try (InputStream in = Files.newInputStream(classes.resolve("simplelogger.properties"))) {
      config.load(in);
    }
    assertThat(config.getProperty("org.slf4j.simpleLogger.defaultLogLevel")).isEqualTo("warn");
    assertThat(config.getProperty("org.slf4j.simpleLogger.logFile")).isEqualTo("System.err");
  }

  private static final String NL = System.lineSeparator();

  @Test
  void run_usageErrorIsOneLineWithExitTwo() {
    CliCapture r = CliCapture.run("clv", "fit", "--model", "bgnbd");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(
        "error: Missing required option: '--summary=<summary>' (see 'crm4j clv fit --help')" + NL);
    r = CliCapture.run("clv", "simulate", "--model", "bgbb", "--params", "p.json", "--customers", "x", "--T", "3");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: Invalid value for option '--customers': 'x' is not an int"
        + " (see 'crm4j clv simulate --help')" + NL);
  }

  @Test
  void run_badDateOrInstant_namesTheOptionAndTheFormatWithoutJavaTypes() {
    CliCapture r = CliCapture.run("rfm", "--transactions", "t.csv", "--customer-col", "c", "--date-col", "d",
        "--amount-col", "a", "--as-of", "2024-13-01");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: Invalid value for option '--as-of': must be a date yyyy-MM-dd, such as"
        + " 2024-03-01, but was '2024-13-01' (see 'crm4j rfm --help')" + NL);
    r = CliCapture.run("cooling-off", "--issued", "2026-03-02", "--cancelled", "2026-03-05T10:00:00Z",
        "--premium", "EUR 800.00");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: Invalid value for option '--issued': must be an instant in UTC, such as"
        + " 2026-03-02T15:00:00Z, but was '2026-03-02' (see 'crm4j cooling-off --help')" + NL);
    // a fast-start command falls back to picocli and gets the same line
    r = CliCapture.run("clv", "summarize", "--transactions", "t.csv", "--calibration-end", "2024-02-30");
    assertThat(r.err()).isEqualTo("error: Invalid value for option '--calibration-end': must be a date yyyy-MM-dd,"
        + " such as 2024-03-01, but was '2024-02-30' (see 'crm4j clv summarize --help')" + NL);
  }

  @Test
  void errorLine_foldsLineBreaksAndNeverPrintsNull() {
    assertThat(Crm4jCli.errorLine(new IllegalArgumentException("first\n   second\r\nthird")))
        .isEqualTo("error: first second third");
    assertThat(Crm4jCli.errorLine(new IllegalStateException(new ArithmeticException("long overflow"))))
        .isEqualTo("error: java.lang.ArithmeticException: long overflow");
    assertThat(Crm4jCli.errorLine(new NullPointerException())).isEqualTo("error: NullPointerException");
  }
}
