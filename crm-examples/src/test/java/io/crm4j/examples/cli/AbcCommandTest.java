package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbcCommandTest {

  @TempDir
  Path dir;

  /** The ten-customer table of crm-scoring's AbcClassificationTest (cumulative shares by hand there). */
  private Path values() throws IOException {
    Path file = dir.resolve("values.csv");
    Files.writeString(file, "id,name,value\nC05,\"Fifth, Ltd\",50\nC01,a,300\nC09,b,17\nC03,c,200\nC07,d,20\n"
        + "C02,e,250\nC10,f,15\nC04,g,100\nC08,h,18\nC06,i,30\n");
    return file;
  }

  @Test
  void abc_writesTableToStdout() throws IOException {
    CliCapture r = CliCapture.run("abc", "--values", values().toString(), "--id-col", "id", "--value-col", "value");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "customer_id,value,cumulative_share,class",
        "C01,300.0,0.3,A", "C02,250.0,0.55,A", "C03,200.0,0.75,A", "C04,100.0,0.85,B", "C05,50.0,0.9,B",
        "C06,30.0,0.93,B", "C07,20.0,0.95,B", "C08,18.0,0.968,C", "C09,17.0,0.985,C", "C10,15.0,1.0,C");
  }

  @Test
  void abc_customThresholdsAndSummary() throws IOException {
    Path out = dir.resolve("abc.csv");
    CliCapture r = CliCapture.run("abc", "--values", values().toString(), "--id-col", "id", "--value-col", "value",
        "--thresholds", "0.5,0.8", "--out", out.toString());
    assertThat(r.exitCode()).isZero();
    // A: .30; B: .55, .75; C: the rest (7)
    assertThat(r.out()).contains("\"A\" : 1").contains("\"B\" : 2").contains("\"C\" : 7").contains("\"paretoShare\" : 0.55");
    assertThat(Files.readAllLines(out)).element(2).isEqualTo("C02,250.0,0.55,B");
  }

  @Test
  void abc_reportsBadInputOnStderr() throws IOException {
    CliCapture r = CliCapture.run("abc", "--values", values().toString(), "--id-col", "id", "--value-col", "value",
        "--thresholds", "0.9,0.8");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("bLimit must be in (aLimit, 1]");
    assertThat(CliCapture.run("abc", "--values", values().toString(), "--id-col", "id", "--value-col", "value",
        "--thresholds", "0.9").err()).contains("--thresholds must be two numbers");
    Path dup = dir.resolve("dup.csv");
    Files.writeString(dup, "id,value\nA,1\nA,2\n");
    assertThat(CliCapture.run("abc", "--values", dup.toString(), "--id-col", "id", "--value-col", "value").err())
        .contains("customer ids must be unique, but 'A' appeared again in record 2");
    Files.writeString(dup, "id,value\nA,x\n");
    assertThat(CliCapture.run("abc", "--values", dup.toString(), "--id-col", "id", "--value-col", "value").err())
        .contains("value in record 1 must be a number, but was 'x'");
    Files.writeString(dup, "id,value\nA\n");
    assertThat(CliCapture.run("abc", "--values", dup.toString(), "--id-col", "id", "--value-col", "value").err())
        .contains("record 1 must have a 'value' field");
    Files.writeString(dup, "");
    assertThat(CliCapture.run("abc", "--values", dup.toString(), "--id-col", "id", "--value-col", "value").err())
        .contains("must start with a header line");
  }

  @Test
  void abc_nanValueIsAnErrorNamingTheRecord() throws IOException {
    Path nan = dir.resolve("nan.csv");
    Files.writeString(nan, "id,value\nA,1\nB,NaN\n");
    CliCapture r = CliCapture.run("abc", "--values", nan.toString(), "--id-col", "id", "--value-col", "value");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: value in record 2 must be a finite number, but was 'NaN'"
        + System.lineSeparator());
  }

  @Test
  void abc_help() {
    assertThat(CliCapture.run("abc", "--help").out()).contains("--thresholds");
  }

  @Test
  void abc_valuesWhoseSumOverflows_failOnOneLineWithoutNaN() throws IOException {
    Path file = Files.writeString(dir.resolve("big.csv"), "id,value\na,1e308\nb,1e308\n");
    CliCapture r = CliCapture.run("abc", "--values", file.toString(), "--id-col", "id", "--value-col", "value");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: value must add up to a finite total (below 1.8e308), but the total went "
        + "beyond it at record 2" + System.lineSeparator());
    assertThat(r.out()).doesNotContain("NaN");
  }
}
