package io.crm4j.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crm4j.scoring.credit.BinningConfig;
import io.crm4j.scoring.credit.InformationValue;
import io.crm4j.scoring.credit.PointsScaling;
import io.crm4j.scoring.credit.RowScorer;
import io.crm4j.scoring.credit.Sample;
import io.crm4j.scoring.credit.Scorecard;
import io.crm4j.scoring.credit.ScorecardBin;
import io.crm4j.scoring.credit.ScorecardConfig;
import io.crm4j.scoring.credit.ScorecardFit;
import io.crm4j.scoring.credit.ScorecardTrainer;
import io.crm4j.scoring.credit.ScorecardVariable;
import io.crm4j.scoring.credit.VariableBinning;
import io.crm4j.scoring.credit.VariableKind;
import io.crm4j.scoring.credit.WoeBin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm4j credit ...}: information values, scorecard training and scoring. */
@Command(name = "credit", mixinStandardHelpOptions = true,
    description = "Credit scoring: information values, scorecards, scoring of applicants.",
    subcommands = {CreditCommand.Iv.class, CreditCommand.Train.class, CreditCommand.Score.class})
public final class CreditCommand implements Runnable {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  static Sample read(Path data) {
    try (Reader in = CliFiles.reader(data)) {
      return Sample.readCsv(in);
    } catch (IOException e) {
      throw CliFiles.cannotRead(data, e);
    } catch (UncheckedIOException e) {
      throw CliFiles.cannotRead(data, e.getCause());
    }
  }

  static void write(CommandSpec spec, Path out, String text) throws IOException {
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
    } else {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
  }

  /** {@code credit iv}: the IV of every variable with each distinct value its own group. */
  @Command(name = "iv", mixinStandardHelpOptions = true,
      description = "Information value of each column, each distinct value its own group; JSON to stdout.")
  static final class Iv implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "CSV file with a header line")
    Path data;

    @Option(names = "--target", required = true, description = "column that says good or bad")
    String target;

    @Option(names = "--good", required = true, description = "target value of a good case")
    String good;

    @Option(names = "--empty-cell-adjustment", defaultValue = "0.5",
        description = "count added to every cell of a variable with a group lacking goods or bads (default ${DEFAULT-VALUE})")
    double adjustment;

    @Override
    public Integer call() throws IOException {
      Sample sample = read(data);
      if (!sample.hasColumn(target)) {
        throw new IllegalArgumentException("--target must be one of " + sample.columns() + ", but was '" + target + "'");
      }
      boolean[] flags = sample.goodFlags(target, good);
      ObjectNode out = JSON.createObjectNode();
      for (String column : sample.columns()) {
        if (!column.equals(target)) {
          out.put(column, InformationValue.ofDistinctValues(column, sample.column(column), flags, adjustment).iv());
        }
      }
      write(spec, null, JSON.writeValueAsString(out) + System.lineSeparator());
      return 0;
    }
  }

  /** {@code credit scorecard}: trains a scorecard and prints it as JSON. */
  @Command(name = "scorecard", mixinStandardHelpOptions = true,
      description = "Train a points scorecard; JSON (bins, points, KS, AUC) to stdout or --out.")
  static final class Train implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "CSV training file with a header line")
    Path data;

    @Option(names = "--target", required = true, description = "column that says good or bad")
    String target;

    @Option(names = "--good", required = true, description = "target value of a good case")
    String good;

    @Option(names = "--pdo", defaultValue = "20", description = "points to double the odds (default ${DEFAULT-VALUE})")
    double pdo;

    @Option(names = "--base-score", defaultValue = "600", description = "score at the base odds (default ${DEFAULT-VALUE})")
    double baseScore;

    @Option(names = "--base-odds", defaultValue = "50", description = "good:bad odds at the base score (default ${DEFAULT-VALUE})")
    double baseOdds;

    @Option(names = "--max-bins", defaultValue = "5", description = "most bins per variable (default ${DEFAULT-VALUE})")
    int maxBins;

    @Option(names = "--min-iv", defaultValue = "0.02", description = "least IV to keep a variable (default ${DEFAULT-VALUE})")
    double minIv;

    @Option(names = "--monotonic", description = "require a monotonic bad rate across numeric bins")
    boolean monotonic;

    @Option(names = "--out", description = "write the JSON here instead of stdout")
    Path out;

    @Override
    public Integer call() throws IOException {
      ScorecardConfig config = ScorecardConfig.custom()
          .scaling(new PointsScaling(pdo, baseScore, baseOdds))
          .binning(BinningConfig.custom().maxBins(maxBins).monotonic(monotonic).build())
          .minIv(minIv).build();
      ScorecardFit fit = ScorecardTrainer.train(read(data), target, good, config);
      write(spec, out, JSON.writeValueAsString(toJson(fit)) + System.lineSeparator());
      return 0;
    }
  }

  /** {@code credit score}: scores every row of a CSV file with a saved scorecard. */
  @Command(name = "score", mixinStandardHelpOptions = true,
      description = "Score each row of a CSV file with a scorecard JSON; CSV (row,score) to stdout or --out.")
  static final class Score implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scorecard", required = true, description = "scorecard JSON written by 'credit scorecard'")
    Path scorecard;

    @Option(names = "--data", required = true, description = "CSV file of applicants with a header line")
    Path data;

    @Option(names = "--out", description = "write the CSV here instead of stdout")
    Path out;

    @Override
    public Integer call() throws IOException {
      JsonNode tree;
      try {
        tree = JSON.readTree(CliFiles.readString(scorecard));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("--scorecard " + scorecard + " is not valid JSON: " + jsonProblem(e), e);
      }
      Scorecard card;
      try {
        card = fromJson(tree);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--scorecard " + scorecard + ": " + e.getMessage(), e);
      }
      Sample sample = read(data);
      RowScorer scorer = card.rowScorer(sample.columns());
      List<String> columns = sample.columns();
      Writer text = new StringWriter();
      text.write("row,score\n");
      Object[] row = new Object[columns.size()];
      for (int i = 0; i < sample.size(); i++) {
        for (int c = 0; c < row.length; c++) {
          row[c] = sample.value(i, columns.get(c));
        }
        try {
          text.write((i + 1) + "," + String.format(java.util.Locale.ROOT, "%.4f", scorer.score(row)) + "\n");
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("row " + (i + 1) + ": " + e.getMessage(), e);
        }
      }
      write(spec, out, text.toString());
      return 0;
    }
  }

  static ObjectNode toJson(ScorecardFit fit) {
    Scorecard card = fit.scorecard();
    ObjectNode root = JSON.createObjectNode();
    ObjectNode scaling = root.putObject("scaling");
    scaling.put("pdo", card.scaling().pdo());
    scaling.put("baseScore", card.scaling().baseScore());
    scaling.put("baseOdds", card.scaling().baseOdds());
    scaling.put("factor", card.scaling().factor());
    scaling.put("offset", card.scaling().offset());
    root.put("intercept", fit.intercept());
    root.put("basePoints", card.basePoints());
    ArrayNode variables = root.putArray("variables");
    for (ScorecardVariable v : card.variables()) {
      VariableBinning binning = fit.candidates().stream().filter(b -> b.variable().equals(v.name())).findFirst()
          .orElseThrow();
      ObjectNode node = variables.addObject();
      node.put("name", v.name());
      node.put("kind", v.kind().name());
      node.put("iv", binning.iv());
      node.put("coefficient", v.coefficient());
      ArrayNode cuts = node.putArray("cuts");
      v.cuts().forEach(cuts::add);
      ArrayNode bins = node.putArray("bins");
      for (int i = 0; i < v.bins().size(); i++) {
        ScorecardBin bin = v.bins().get(i);
        WoeBin counts = binning.woe().bins().get(i);
        ObjectNode b = bins.addObject();
        b.put("label", bin.label());
        ArrayNode cats = b.putArray("categories");
        bin.categories().forEach(cats::add);
        b.put("goods", counts.goods());
        b.put("bads", counts.bads());
        b.put("woe", bin.woe());
        b.put("points", bin.points());
      }
    }
    ObjectNode dropped = root.putObject("droppedVariablesIv");
    for (VariableBinning b : fit.candidates()) {
      if (!card.variableNames().contains(b.variable())) {
        dropped.put(b.variable(), b.iv());
      }
    }
    ObjectNode validation = root.putObject("training");
    validation.put("cases", fit.training().cases());
    validation.put("ks", fit.training().ks());
    validation.put("auc", fit.training().auc());
    validation.put("gini", fit.training().gini());
    return root;
  }

  /**
   * The scorecard in a JSON tree as {@link #toJson} writes it. Strict: a number must be a finite
   * JSON number (not "abc", not a string "12"), a text a JSON string, a kind NUMERIC or
   * CATEGORICAL; an error names the field by its path, such as {@code variables[2].bins[0].points}.
   */
  static Scorecard fromJson(JsonNode root) {
    JsonNode s = object(root, "scaling", "");
    PointsScaling scaling = new PointsScaling(number(s, "pdo", "scaling."), number(s, "baseScore", "scaling."),
        number(s, "baseOdds", "scaling."));
    List<ScorecardVariable> variables = new ArrayList<>();
    JsonNode vars = array(root, "variables", "");
    for (int i = 0; i < vars.size(); i++) {
      String at = "variables[" + i + "].";
      JsonNode v = vars.get(i);
      List<Double> cuts = new ArrayList<>();
      JsonNode cutList = array(v, "cuts", at);
      for (int c = 0; c < cutList.size(); c++) {
        cuts.add(finite(cutList.get(c), at + "cuts[" + c + "]"));
      }
      List<ScorecardBin> bins = new ArrayList<>();
      JsonNode binList = array(v, "bins", at);
      for (int b = 0; b < binList.size(); b++) {
        String binAt = at + "bins[" + b + "].";
        JsonNode bin = binList.get(b);
        List<String> cats = new ArrayList<>();
        JsonNode catList = array(bin, "categories", binAt);
        for (int c = 0; c < catList.size(); c++) {
          cats.add(textOf(catList.get(c), binAt + "categories[" + c + "]"));
        }
        bins.add(new ScorecardBin(text(bin, "label", binAt), cats, number(bin, "woe", binAt),
            number(bin, "points", binAt)));
      }
      variables.add(new ScorecardVariable(text(v, "name", at), kind(text(v, "kind", at), at + "kind"),
          number(v, "coefficient", at), cuts, bins));
    }
    return Scorecard.of(scaling, number(root, "basePoints", ""), variables);
  }

  /** Jackson's complaint without its source excerpt, and where it is: "... at line 3, column 7". */
  static String jsonProblem(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    for (String cut : new String[] {"\n", " (start marker at", " at [Source"}) {
      int at = message.indexOf(cut);
      if (at >= 0) {
        message = message.substring(0, at);
      }
    }
    JsonLocation where = e.getLocation();
    return where == null ? message : message + " at line " + where.getLineNr() + ", column " + where.getColumnNr();
  }

  private static JsonNode required(JsonNode node, String field, String at) {
    JsonNode value = node.isObject() ? node.get(field) : null;
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("scorecard JSON must have a '" + at + field + "' field, but had none");
    }
    return value;
  }

  private static JsonNode object(JsonNode node, String field, String at) {
    JsonNode value = required(node, field, at);
    if (!value.isObject()) {
      throw wrongType(at + field, "an object", value);
    }
    return value;
  }

  private static JsonNode array(JsonNode node, String field, String at) {
    JsonNode value = required(node, field, at);
    if (!value.isArray()) {
      throw wrongType(at + field, "an array", value);
    }
    return value;
  }

  private static double number(JsonNode node, String field, String at) {
    return finite(required(node, field, at), at + field);
  }

  private static double finite(JsonNode value, String path) {
    if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
      throw wrongType(path, "a finite number", value);
    }
    return value.asDouble();
  }

  private static String text(JsonNode node, String field, String at) {
    return textOf(required(node, field, at), at + field);
  }

  private static String textOf(JsonNode value, String path) {
    if (!value.isTextual()) {
      throw wrongType(path, "a string", value);
    }
    return value.asText();
  }

  private static VariableKind kind(String text, String path) {
    for (VariableKind k : VariableKind.values()) {
      if (k.name().equals(text)) {
        return k;
      }
    }
    throw new IllegalArgumentException("scorecard JSON field '" + path + "' must be one of "
        + java.util.Arrays.toString(VariableKind.values()) + ", but was \"" + shortText(text) + "\"");
  }

  private static IllegalArgumentException wrongType(String path, String what, JsonNode value) {
    return new IllegalArgumentException("scorecard JSON field '" + path + "' must be " + what + ", but was "
        + shortText(value.toString()));
  }

  /** At most 40 characters of a value for a message. */
  private static String shortText(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

}
