package io.crm4j.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crm4j.scoring.credit.BinningConfig;
import io.crm4j.scoring.credit.InformationValue;
import io.crm4j.scoring.credit.PointsScaling;
import io.crm4j.scoring.credit.RowScorer;
import io.crm4j.scoring.credit.Sample;
import io.crm4j.scoring.credit.Scorecard;
import io.crm4j.scoring.credit.ScorecardConfig;
import io.crm4j.scoring.credit.ScorecardFit;
import io.crm4j.scoring.credit.ScorecardTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private static final ObjectReader SCORECARD_READER = JSON.reader().with(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS);

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Reads a sample through {@link CsvInput}: BOM, CRLF and quotes handled as everywhere else. */
  static Sample read(Path data) {
    try (CsvInput.Source source = CsvInput.open(data)) {
      return Sample.of(source.header(), source.rest());
    }
  }

  static void write(CommandSpec spec, Path out, String text, Path... inputs) {
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
    } else {
      CliOutput.write(out, text, inputs);
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
      write(spec, out, JSON.writeValueAsString(ScorecardJson.toJson(fit)) + System.lineSeparator(), data);
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
        // NaN and Infinity parse as numbers here, so that the strict reader names the field they are in
        tree = SCORECARD_READER.readTree(CliFiles.readString(scorecard));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("--scorecard " + scorecard + " is not valid JSON: " + ScorecardJson.jsonProblem(e), e);
      }
      Scorecard card;
      try {
        card = ScorecardJson.fromJson(tree);
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
      write(spec, out, text.toString(), data, scorecard);
      return 0;
    }
  }
}
