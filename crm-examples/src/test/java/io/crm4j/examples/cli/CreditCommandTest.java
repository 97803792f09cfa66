package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreditCommandTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;
  private Path data;

  @BeforeEach
  void capture() throws IOException {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    data = dir.resolve("germancredit.csv");
    try (InputStream in = getClass().getResourceAsStream("/credit/germancredit.csv")) {
      Files.copy(in, data, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  @Test
  void iv_germanCredit_printsPublishedCheckingAccountIv() throws IOException {
    int code = Crm4jCli.run("credit", "iv", "--data", data.toString(), "--target", "creditability", "--good", "good");
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    // Published cross-check (datasets/README-credit.md): 0.6660115034.
    assertThat(json.get("status_of_existing_checking_account").asDouble()).isCloseTo(0.6660115034, within(1e-9));
    assertThat(json.size()).isEqualTo(20);
  }

  @Test
  void scorecardJson_specialBinsAndValues_roundTrip() throws IOException {
    // issue 18 §2: a scorecard with a special value's bin writes it with "special": true and the variable's
    // specialValues, and reads back to the same variables (so `credit score` scores the special bin)
    io.crm4j.scoring.credit.Sample sample;
    try (CsvInput.Source source = CsvInput.open(data)) {
      sample = io.crm4j.scoring.credit.Sample.of(source.header(), source.rest());
    }
    io.crm4j.scoring.credit.BinningConfig binning = io.crm4j.scoring.credit.BinningConfig.custom()
        .specialValues("duration_in_month", List.of("24", "999")).build();
    io.crm4j.scoring.credit.ScorecardFit fit = io.crm4j.scoring.credit.ScorecardTrainer.train(sample, "creditability",
        "good", io.crm4j.scoring.credit.ScorecardConfig.custom().binning(binning)
            .variables(List.of("duration_in_month", "status_of_existing_checking_account")).build());
    ObjectNode json = ScorecardJson.toJson(fit);
    JsonNode duration = json.get("variables").get(0);
    assertThat(duration.get("name").asText()).isEqualTo("duration_in_month");
    assertThat(duration.get("specialValues").toString()).isEqualTo("[\"24\",\"999\"]");
    List<String> specialLabels = new ArrayList<>();
    duration.get("bins").forEach(b -> {
      if (b.get("special").asBoolean()) {
        specialLabels.add(b.get("label").asText());
      }
    });
    assertThat(specialLabels).containsExactly("(special) 24");
    io.crm4j.scoring.credit.Scorecard back = ScorecardJson.fromJson(new ObjectMapper().readTree(json.toString()));
    assertThat(back.variables()).isEqualTo(fit.scorecard().variables());
  }

  @Test
  void scorecard_thenScore_roundTripsThroughJson() throws IOException {
    Path card = dir.resolve("card.json");
    int code = Crm4jCli.run("credit", "scorecard", "--data", data.toString(), "--target", "creditability",
        "--good", "good", "--pdo", "20", "--base-score", "600", "--base-odds", "50", "--out", card.toString());
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode json = new ObjectMapper().readTree(card.toFile());
    assertThat(json.get("scaling").get("factor").asDouble()).isCloseTo(28.8539, within(5e-5));
    assertThat(json.get("training").get("auc").asDouble()).isGreaterThan(0.75);
    assertThat(json.get("variables").size()).isGreaterThan(5);
    assertThat(json.get("variables").get(0).get("bins").get(0).has("points")).isTrue();

    Path scores = dir.resolve("scores.csv");
    code = Crm4jCli.run("credit", "score", "--scorecard", card.toString(), "--data", data.toString(),
        "--out", scores.toString());
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    var lines = Files.readAllLines(scores);
    assertThat(lines).hasSize(1001);
    assertThat(lines.get(0)).isEqualTo("row,score");
    assertThat(lines.get(1)).startsWith("1,");
  }

  @Test
  void scorecard_toStdout_printsJson() throws IOException {
    int code = Crm4jCli.run("credit", "scorecard", "--data", data.toString(), "--target", "creditability",
        "--good", "good", "--monotonic");
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.get("basePoints").isNumber()).isTrue();
  }

  @Test
  void iv_unknownTarget_failsOnStderr() {
    int code = Crm4jCli.run("credit", "iv", "--data", data.toString(), "--target", "nope", "--good", "good");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--target must be one of");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void score_brokenScorecard_failsOnStderr() throws IOException {
    Path card = dir.resolve("bad.json");
    Files.writeString(card, "{\"scaling\": {\"pdo\": 20, \"baseScore\": 600, \"baseOdds\": 50}}");
    int code = Crm4jCli.run("credit", "score", "--scorecard", card.toString(), "--data", data.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("must have a 'variables' field");
  }

  @Test
  void score_nanPoints_failsInCrm4jWords() throws IOException {
    // Issue 18: NaN points used to fail with Jackson's hint "enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`".
    Path card = dir.resolve("card.json");
    assertThat(Crm4jCli.run("credit", "scorecard", "--data", data.toString(), "--target", "creditability",
        "--good", "good", "--out", card.toString())).isZero();
    ObjectNode json = (ObjectNode) new ObjectMapper().readTree(card.toFile());
    JsonNode variable = json.get("variables").get(0);
    ObjectNode bin = (ObjectNode) variable.get("bins").get(0);
    String text = new ObjectMapper().writeValueAsString(json);
    String points = "\"points\":" + bin.get("points").asText();
    assertThat(text).contains(points);
    Files.writeString(card, text.replaceFirst(Pattern.quote(points), "\"points\":NaN"));
    int code = Crm4jCli.run("credit", "score", "--scorecard", card.toString(), "--data", data.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("scorecard JSON field 'variables[0].bins[0].points' must be a finite number, but was NaN")
        .doesNotContain("JsonReadFeature");
  }

  @Test
  void scorecard_blankNumericValue_writesMissingBinAndScoresIt() throws IOException {
    // A blank credit_amount (first data row) stays numeric, gets a missing bin in the JSON, and the row scores.
    List<String> lines = Files.readAllLines(data);
    List<String> header = List.of(lines.get(0).split(","));
    int column = header.indexOf("credit_amount");
    List<String> cells = new ArrayList<>(List.of(lines.get(1).split(",", -1)));
    assertThat(cells.get(column)).isEqualTo("1169");
    cells.set(column, "");
    lines.set(1, String.join(",", cells));
    Path blank = dir.resolve("blank.csv");
    Files.write(blank, lines);
    Path card = dir.resolve("card.json");
    assertThat(Crm4jCli.run("credit", "scorecard", "--data", blank.toString(), "--target", "creditability",
        "--good", "good", "--out", card.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode amount = null;
    for (JsonNode v : new ObjectMapper().readTree(card.toFile()).get("variables")) {
      if (v.get("name").asText().equals("credit_amount")) {
        amount = v;
      }
    }
    assertThat(amount).isNotNull();
    assertThat(amount.get("kind").asText()).isEqualTo("NUMERIC");
    JsonNode last = amount.get("bins").get(amount.get("bins").size() - 1);
    assertThat(last.get("label").asText()).isEqualTo("(missing)");
    assertThat(last.get("missing").asBoolean()).isTrue();
    Path scores = dir.resolve("scores.csv");
    assertThat(Crm4jCli.run("credit", "score", "--scorecard", card.toString(), "--data", blank.toString(),
        "--out", scores.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(Files.readAllLines(scores)).hasSize(1001);
  }

  @Test
  void score_missingScorecardFile_failsOnStderr() {
    Path none = dir.resolve("none.json");
    int code = Crm4jCli.run("credit", "score", "--scorecard", none.toString(), "--data", data.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("error: cannot read " + none + ": no such file" + System.lineSeparator());
  }

  /** Trains the German-credit scorecard into card.json and returns its tree for editing. */
  private ObjectNode trainedCard() throws IOException {
    Path card = dir.resolve("card.json");
    assertThat(Crm4jCli.run("credit", "scorecard", "--data", data.toString(), "--target", "creditability",
        "--good", "good", "--out", card.toString())).isZero();
    return (ObjectNode) new ObjectMapper().readTree(card.toFile());
  }

  /** Scores the data with {@code card}; returns the exit code, stdout must stay empty. */
  private int scoreWith(JsonNode card) throws IOException {
    Path file = dir.resolve("edited.json");
    Files.writeString(file, card.toString());
    int code = Crm4jCli.run("credit", "score", "--scorecard", file.toString(), "--data", data.toString());
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    return code;
  }

  private String errLine(String message) {
    return "error: --scorecard " + dir.resolve("edited.json") + ": scorecard JSON field " + message
        + System.lineSeparator();
  }

  @Test
  void score_basePointsNotANumberIsAnErrorNotZero() throws IOException {
    ObjectNode card = trainedCard();
    card.put("basePoints", "abc");
    assertThat(scoreWith(card)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(errLine("'basePoints' must be a finite number, but was \"abc\""));
  }

  @Test
  void score_pointsAsStringIsAnError() throws IOException {
    ObjectNode card = trainedCard();
    ObjectNode bin = (ObjectNode) card.get("variables").get(0).get("bins").get(1);
    bin.put("points", "12.5");
    assertThat(scoreWith(card)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(errLine("'variables[0].bins[1].points' must be a finite number, but was \"12.5\""));
  }

  @Test
  void score_unknownVariableKindNamesTheChoices() throws IOException {
    ObjectNode card = trainedCard();
    ((ObjectNode) card.get("variables").get(2)).put("kind", "ORDINAL");
    assertThat(scoreWith(card)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(errLine("'variables[2].kind' must be one of [NUMERIC, CATEGORICAL], but was \"ORDINAL\""));
  }

  @Test
  void score_truncatedScorecardNamesLineAndColumn() throws IOException {
    Path file = dir.resolve("cut.json");
    Files.writeString(file, "{\"scaling\": {\"pdo\": 20,\n \"baseScore\": 600");
    int code = Crm4jCli.run("credit", "score", "--scorecard", file.toString(), "--data", data.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: --scorecard " + file
        + " is not valid JSON: Unexpected end-of-input: expected close marker for Object at line 2, column 18"
        + System.lineSeparator());
  }

  @Test
  void score_scorecardNestedTooDeep_statesTheLimitWithoutJacksonsSettingName() throws IOException {
    Path file = dir.resolve("deep.json");
    Files.writeString(file, "[".repeat(1_500));
    int code = Crm4jCli.run("credit", "score", "--scorecard", file.toString(), "--data", data.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: --scorecard " + file
        + " is not valid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void help_everyCommand_exitsZero() {
    assertThat(Crm4jCli.run("credit", "--help")).isZero();
    assertThat(Crm4jCli.run("credit", "iv", "--help")).isZero();
    assertThat(Crm4jCli.run("credit", "scorecard", "--help")).isZero();
    assertThat(Crm4jCli.run("credit", "score", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--base-odds");
  }

  @Test
  void iv_missingOption_isUsageError() {
    assertThat(Crm4jCli.run("credit", "iv", "--data", data.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing required options");
  }

  @Test
  void iv_bomBeforeTheHeader_isIgnored() throws IOException {
    Path file = dir.resolve("bom.csv");
    Files.write(file, "\uFEFFx,y\r\n1,good\r\n2,bad\r\n1,good\r\n2,good\r\n".getBytes(StandardCharsets.UTF_8));
    CliCapture r = CliCapture.run("credit", "iv", "--data", file.toString(), "--target", "y", "--good", "good");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"x\" :").doesNotContain("\uFEFF");
  }
}
