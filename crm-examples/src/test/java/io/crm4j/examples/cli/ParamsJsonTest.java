package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameter files of the {@code clv} commands, read strictly by {@link ParamsJson}. */
class ParamsJsonTest {

  private static final String NL = System.lineSeparator();

  @TempDir
  Path dir;

  private Path file(String text) throws IOException {
    Path f = dir.resolve("params.json");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void read_fitOutputUsesItsParamsObject() throws IOException {
    Path f = file("{\"model\":\"bgnbd\",\"params\":{\"r\":0.2426,\"alpha\":4.4136,\"a\":0.7929,\"b\":2.4259},"
        + "\"standardErrors\":{\"r\":0.0126},\"logLikelihood\":-9582.43,\"customers\":2357,\"converged\":true,"
        + "\"iterations\":7,\"fitMillis\":1.5,\"note\":\"a, \\\"quoted\\\" } text\",\"tags\":[1,null,false]}");
    assertThat(ParamsJson.read(f)).isEqualTo(Map.of("r", 0.2426, "alpha", 4.4136, "a", 0.7929, "b", 2.4259));
  }

  @Test
  void unit_isTheTopLevelUnitOrNull() throws IOException {
    Path fit = file("{\"model\":\"bgnbd\",\"unit\":\"days\",\"params\":{\"r\":0.24,\"alpha\":30.9}}");
    assertThat(ParamsJson.unit(fit)).isEqualTo(io.crm4j.scoring.clv.ClvTimeUnit.DAYS);
    Path flat = file("{\"r\":0.24,\"alpha\":4.4,\"unit\":\"Weeks\"}");
    assertThat(ParamsJson.unit(flat)).isEqualTo(io.crm4j.scoring.clv.ClvTimeUnit.WEEKS);
    assertThat(ParamsJson.read(flat)).isEqualTo(Map.of("r", 0.24, "alpha", 4.4));
    // a file written before units were recorded has none: the caller's rule (weeks) applies
    assertThat(ParamsJson.unit(file("{\"r\":0.24}"))).isNull();
    assertThatThrownBy(() -> ParamsJson.unit(file("{\"unit\":7}")))
        .hasMessageEndingWith("must be a string (days, weeks or months), but was 7");
    assertThatThrownBy(() -> ParamsJson.unit(file("{\"unit\":\"hours\"}")))
        .hasMessage("unit must be one of days, weeks, months, but was 'hours'");
  }

  @Test
  void read_flatObjectOfNumbers() throws IOException {
    assertThat(ParamsJson.read(file("\uFEFF { \"p\": 6.2488, \"q\": 3.74459e0, \"gamma\": -1.5E+1 }\n")))
        .containsExactly(Map.entry("p", 6.2488), Map.entry("q", 3.74459), Map.entry("gamma", -15.0));
  }

  @Test
  void read_missingClosingBraceNamesLineAndColumn() throws IOException {
    Path f = file("{\"r\":0.24,\"alpha\":4.41,\n \"a\":0.79,\"b\":2.43\n");
    assertThatThrownBy(() -> ParamsJson.read(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("params file " + f + " is not valid JSON: the file ends where ',' or '}' should be at line 3, column 1");
  }

  @Test
  void read_badJsonIsAnError() throws IOException {
    Path f = file("{\"r\":0.24 \"alpha\":4.41}");
    assertThatThrownBy(() -> ParamsJson.read(f))
        .hasMessage("params file " + f + " is not valid JSON: expected ',' or '}' but found '\"' at line 1, column 11");
    Path g = file("{\"r\":0.24} x");
    assertThatThrownBy(() -> ParamsJson.read(g))
        .hasMessage("params file " + g + " is not valid JSON: unexpected 'x' after the end of the JSON value at line 1, column 12");
    Path h = file("{\"r\":.5}");
    assertThatThrownBy(() -> ParamsJson.read(h))
        .hasMessage("params file " + h + " is not valid JSON: unexpected '.' where a value should be at line 1, column 6");
  }

  @Test
  void read_nonNumbersAreErrorsNamingTheParameter() throws IOException {
    Path f = file("{\"r\":\"0.24\",\"alpha\":4.41}");
    assertThatThrownBy(() -> ParamsJson.read(f))
        .hasMessage("parameter r in " + f + " must be a number, but was a string");
    Path g = file("{\"r\":1e999}");
    assertThatThrownBy(() -> ParamsJson.read(g))
        .hasMessage("parameter r in " + g + " must be a finite number, but was 1e999");
    Path h = file("[1, 2]");
    assertThatThrownBy(() -> ParamsJson.read(h))
        .hasMessage("params file " + h + " must hold a JSON object, but holds an array");
  }

  @Test
  void cli_badParamsFileIsOneLineOnStderr() throws IOException {
    Path f = file("{\"alpha\":1.2,\"beta\":0.75,\"gamma\":0.66,\"delta\":2.78");
    CliCapture r = CliCapture.run("clv", "simulate", "--model", "bgbb", "--params", f.toString(), "--customers", "2",
        "--T", "6");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(
        "error: params file " + f + " is not valid JSON: the file ends where ',' or '}' should be at line 1, column 51"
            + NL);
  }
}
