package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retention sbg} in process on the Fader &amp; Hardie (2007) cohorts: published α = 0.668,
 * β = 3.806 (high end) and 0.704, 1.182 (regular), high-end forecast for years 8-12 of 0.460,
 * 0.436, 0.414, 0.395, 0.378, and DERL ≈ 7.530 at 7 renewals and 10 % (Fader &amp; Hardie 2010).
 */
class RetentionSbgCommandTest {

  @TempDir
  Path dir;

  private Path csv(String name, String body) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, body, StandardCharsets.UTF_8);
    return file;
  }

  private Path highEnd() throws IOException {
    return csv("high-end.csv", "period,alive\n0,1000\n1,869\n2,743\n3,653\n4,593\n5,551\n6,517\n7,491\n");
  }

  private static JsonNode json(CliCapture run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void call_highEndCohort_printsPublishedFitForecastAndDerl() throws IOException {
    JsonNode out = json(CliCapture.run("retention", "sbg", "--survival", highEnd().toString(), "--horizon", "5",
        "--discount-rate", "0.1", "--renewals", "7"));
    assertThat(out.get("alpha").asDouble()).isCloseTo(0.668, within(5e-4));
    assertThat(out.get("beta").asDouble()).isCloseTo(3.806, within(5e-4));
    // mpmath optimum (crm-scoring test resources): ln L = -1611.15814739116
    assertThat(out.get("logLikelihood").asDouble()).isCloseTo(-1611.158147, within(1e-6));
    double[] published = {0.460, 0.436, 0.414, 0.395, 0.378};
    assertThat(out.get("forecast")).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(out.get("forecast").get(i).asDouble()).as("year " + (8 + i)).isCloseTo(published[i], within(5e-4));
    }
    assertThat(out.get("derl").asDouble()).isCloseTo(7.530, within(5e-4));
    assertThat(out.get("converged").asBoolean()).isTrue();
    assertThat(out.get("standardErrors").get("alpha").asDouble()).isCloseTo(0.10373, within(1e-4));
    assertThat(out.get("renewals").asInt()).isEqualTo(7);
  }

  @Test
  void call_regularCohortWithDefaults_fitsPublishedParametersAndUsesLastPeriod() throws IOException {
    Path file = csv("regular.csv", "period,alive\n0,1000\n1,631\n2,468\n3,382\n4,326\n5,289\n6,262\n7,241\n");
    JsonNode out = json(CliCapture.run("retention", "sbg", "--survival", file.toString()));
    assertThat(out.get("alpha").asDouble()).isCloseTo(0.704, within(5e-4));
    assertThat(out.get("beta").asDouble()).isCloseTo(1.182, within(5e-4));
    assertThat(out.get("forecast")).hasSize(5);
    assertThat(out.get("renewals").asInt()).isEqualTo(7);
    assertThat(out.get("discountRate").asDouble()).isEqualTo(0.1);
    // mpmath: (β+7)/(α+β+7)·2F1(1, β+8; α+β+8; 1/1.1) at α = 0.704, β = 1.182 is 6.84262; the fitted
    // parameters differ in the fourth digit
    assertThat(out.get("derl").asDouble()).isCloseTo(6.8426, within(2e-3));
  }

  @Test
  void call_nobodyChurns_failsWithTheReason() throws IOException {
    Path file = csv("loyal.csv", "period,alive\n0,50\n1,50\n2,50\n");
    CliCapture run = CliCapture.run("retention", "sbg", "--survival", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("data must hold at least one churned customer");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void call_everyoneChurnsInPeriodOne_failsWithTheReason() throws IOException {
    Path file = csv("gone.csv", "period,alive\n0,50\n1,0\n2,0\n");
    CliCapture run = CliCapture.run("retention", "sbg", "--survival", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("all 50.0 churned in period 1");
  }

  @Test
  void call_badFiles_failNamingRecordAndValue() throws IOException {
    CliCapture gap = CliCapture.run("retention", "sbg", "--survival",
        csv("gap.csv", "period,alive\n0,100\n2,80\n").toString());
    assertThat(gap.err()).contains("period in record 2 must be 1 (periods start at 0 and go up by 1), but was '2'");
    CliCapture text = CliCapture.run("retention", "sbg", "--survival",
        csv("text.csv", "period,alive\n0,100\n1,eighty\n").toString());
    assertThat(text.err()).contains("alive in record 2 must be a number, but was 'eighty'");
    CliCapture negative = CliCapture.run("retention", "sbg", "--survival",
        csv("neg.csv", "period,alive\n0,100\n1,-3\n").toString());
    assertThat(negative.err()).contains("alive in record 2 must be finite and >= 0, but was '-3'");
    CliCapture rising = CliCapture.run("retention", "sbg", "--survival",
        csv("rising.csv", "period,alive\n0,100\n1,80\n2,90\n").toString());
    assertThat(rising.err()).contains("alive must be non-increasing, but alive[2] was 90.0 after alive[1] 80.0");
    CliCapture column = CliCapture.run("retention", "sbg", "--survival",
        csv("cols.csv", "t,alive\n0,100\n1,80\n").toString());
    assertThat(column.exitCode()).isEqualTo(1);
    assertThat(column.err()).contains("--survival must have a header with the columns period and alive, but ")
        .contains(" had [t, alive]");
  }

  @Test
  void call_badOptions_failNamingOption() throws IOException {
    String file = highEnd().toString();
    assertThat(CliCapture.run("retention", "sbg", "--survival", file, "--horizon", "-1").err())
        .contains("--horizon must be in [0, 10000], but was -1");
    assertThat(CliCapture.run("retention", "sbg", "--survival", file, "--renewals", "-2").err())
        .contains("--renewals must be >= 0, but was -2");
    assertThat(CliCapture.run("retention", "sbg", "--survival", file, "--discount-rate", "1.5").err())
        .contains("discountRate must be in [1.0E-4, 1), but was 1.5");
  }
}
