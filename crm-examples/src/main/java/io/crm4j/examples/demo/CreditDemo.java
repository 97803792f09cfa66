package io.crm4j.examples.demo;

import io.crm4j.core.credit.CreditGrade;
import io.crm4j.scoring.credit.GradeBands;
import io.crm4j.scoring.credit.PointsScaling;
import io.crm4j.scoring.credit.RowScorer;
import io.crm4j.scoring.credit.Sample;
import io.crm4j.scoring.credit.ScoreValidation;
import io.crm4j.scoring.credit.ScorecardConfig;
import io.crm4j.scoring.credit.ScorecardFit;
import io.crm4j.scoring.credit.ScorecardTrainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credit step of the demo: a points scorecard is trained on the first 700 applicants of the
 * German credit data and applied to the other 300, the "portfolio". Each score is turned into a
 * probability of being good through the scorecard's own odds scaling, and 100 times that
 * probability is graded with the preset {@link GradeBands}.
 */
final class CreditDemo {

  static final String RESOURCE = "/io/crm4j/examples/data/germancredit.csv";
  static final String TARGET = "creditability";
  static final int TRAINING_ROWS = 700;

  private CreditDemo() {}

  static Sample germanCredit() {
    try (InputStream in = CreditDemo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return Sample.readCsv(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DemoResult.Credit run() {
    Sample all = germanCredit();
    Sample training = slice(all, 0, TRAINING_ROWS);
    Sample portfolio = slice(all, TRAINING_ROWS, all.size());
    ScorecardConfig config = ScorecardConfig.ofDefaults();
    ScorecardFit fit = ScorecardTrainer.train(training, TARGET, "good", config);
    RowScorer scorer = fit.scorecard().rowScorer(portfolio.columns());
    PointsScaling scaling = config.scaling();
    GradeBands bands = GradeBands.ofDefaults();
    Map<String, Long> grades = new LinkedHashMap<>();
    for (CreditGrade g : CreditGrade.values()) {
      grades.put(g.name(), 0L);
    }
    double[] scores = new double[portfolio.size()];
    long offered = 0;
    List<String> columns = portfolio.columns();
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < portfolio.size(); i++) {
      for (int c = 0; c < row.length; c++) {
        row[c] = portfolio.value(i, columns.get(c));
      }
      scores[i] = scorer.score(row);
      double odds = scaling.odds(scores[i]);
      CreditGrade grade = bands.gradeOf(100 / (1 + 1 / odds));
      grades.merge(grade.name(), 1L, Long::sum);
      if (bands.offersTradeCredit(grade)) {
        offered++;
      }
    }
    var holdout = ScoreValidation.report(scores, portfolio.goodFlags(TARGET, "good"));
    return new DemoResult.Credit(fit.scorecard().variableNames(), fit.training().auc(), holdout.auc(), holdout.ks(),
        grades, offered);
  }

  private static Sample slice(Sample sample, int from, int to) {
    List<List<String>> rows = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      List<String> r = new ArrayList<>(sample.columns().size());
      for (String c : sample.columns()) {
        r.add(sample.value(i, c));
      }
      rows.add(r);
    }
    return Sample.of(sample.columns(), rows);
  }
}
