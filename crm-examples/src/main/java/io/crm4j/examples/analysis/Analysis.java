package io.crm4j.examples.analysis;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.lifecycle.CustomerLifecycle;
import io.crm4j.core.lifecycle.CustomerStatus;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.money.Money;
import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvScoring;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.CustomerSummary;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.clv.HoldoutSummary;
import io.crm4j.scoring.clv.MbgNbdModel;
import io.crm4j.scoring.clv.ParametricModel;
import io.crm4j.scoring.clv.ParetoNbdModel;
import io.crm4j.scoring.clv.PurchaseModel;
import io.crm4j.scoring.clv.TransactionSummarizer;
import io.crm4j.scoring.rfm.RfmAnalysis;
import io.crm4j.scoring.rfm.RfmTable;
import io.crm4j.scoring.tiering.AbcClass;
import io.crm4j.scoring.tiering.AbcClassification;
import io.crm4j.scoring.tiering.CustomerPyramid;
import io.crm4j.scoring.tiering.PyramidTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The analysis of a transaction log: the customer summary, BG/NBD, MBG/NBD and Pareto/NBD fitted on
 * the calibration period and compared by their error on the holdout period, Gamma-Gamma, P(alive),
 * expected purchases and discounted CLV as of the as-of date, RFM segments, ABC classes of spend,
 * the customer pyramid of CLV, the lifecycle status under the preset policy, the first monthly
 * cohort's survival against a fitted sBG model and, with a holdout period, a churn scorecard.
 *
 * <p>The purchase models are fitted once, on the calibration summary (the customers whose first
 * purchase is on or before the calibration end, their purchases up to it); the chosen model and
 * Gamma-Gamma then score every customer of that cohort on their whole history up to the as-of date.
 * Without a calibration end the whole log up to the as-of date is the calibration period and BG/NBD
 * is used, unchecked.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Analysis {

  /** lifetimes' calibration-versus-holdout plot shows calibration frequencies 0 to 6. */
  static final int HOLDOUT_GROUPS = 7;
  /** Classes of the calibration frequency chart: 0 to 6 repeat purchases, then "7 or more". */
  static final int FREQUENCY_CLASSES = 8;
  /** Rows and columns of the P(alive) matrix, at most. */
  static final int MATRIX_SIZE = 40;
  /** Points of the Lorenz curve kept, at most (plus the origin). */
  static final int LORENZ_POINTS = 1000;

  private final @Nullable LocalDate calibrationEnd;
  private final @Nullable LocalDate asOf;
  private final ClvTimeUnit unit;
  private final Currency currency;
  private final int clvMonths;
  private final double monthlyDiscountRate;

  private Analysis(@Nullable LocalDate calibrationEnd, @Nullable LocalDate asOf, ClvTimeUnit unit, Currency currency,
      int clvMonths, double monthlyDiscountRate) {
    this.calibrationEnd = calibrationEnd;
    this.asOf = asOf;
    this.unit = unit;
    this.currency = currency;
    this.clvMonths = clvMonths;
    this.monthlyDiscountRate = monthlyDiscountRate;
  }

  /**
   * @param calibrationEnd the last day of the calibration period, or null for no holdout period
   * @param asOf the day the analysis is made for (purchases after it are left out), or null for the
   *     log's last purchase day
   * @param unit the time unit of the summary and the models
   * @param currency the currency of the amounts
   * @param clvMonths the CLV horizon in months, 1 to 1,200
   * @param monthlyDiscountRate the monthly discount rate, in [0, 1)
   */
  public static Analysis of(@Nullable LocalDate calibrationEnd, @Nullable LocalDate asOf, ClvTimeUnit unit,
      Currency currency, int clvMonths, double monthlyDiscountRate) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(currency, "currency");
    if (clvMonths < 1 || clvMonths > 1200) {
      throw new IllegalArgumentException("clvMonths must be in [1, 1200], but was " + clvMonths);
    }
    if (!(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)) {
      throw new IllegalArgumentException("monthlyDiscountRate must be in [0, 1), but was " + monthlyDiscountRate);
    }
    if (calibrationEnd != null && asOf != null && !calibrationEnd.isBefore(asOf)) {
      throw new IllegalArgumentException("calibration-end must be before as-of " + asOf + ", but was " + calibrationEnd);
    }
    return new Analysis(calibrationEnd, asOf, unit, currency, clvMonths, monthlyDiscountRate);
  }

  /** Runs the analysis; {@code progress} is told each step as it starts. */
  public AnalysisResult run(TransactionLog log, Consumer<String> progress) {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(progress, "progress");
    LocalDate end = asOf != null ? asOf : log.lastDay();
    if (calibrationEnd != null && !calibrationEnd.isBefore(end)) {
      throw new IllegalArgumentException("calibration-end must be before the as-of date " + end + ", but was "
          + calibrationEnd);
    }
    LocalDate calEnd = calibrationEnd != null ? calibrationEnd : end;
    AnalysisResult.Settings settings = new AnalysisResult.Settings(calibrationEnd, end, unit.name().toLowerCase(
        java.util.Locale.ROOT), currency.getCurrencyCode(), clvMonths, monthlyDiscountRate);

    Calibrated cal = calibrate(log, calEnd, end, progress);
    ClvSummary cohort = cal.cohort();
    PurchaseModel chosen = cal.chosen();
    GammaGammaModel spend = cal.spend() == null ? null : cal.spend().model();

    progress.accept("tracking repeat purchases");
    AnalysisResult.Tracking tracking = Tracking.of(log, calEnd, end, unit, chosen);
    progress.accept("totals, lifecycle and first-cohort retention of " + cohort.size() + " customers");
    Segments segments = Segments.of(log, cohort, calibrationEnd, end);
    AnalysisResult.LogFacts facts = new AnalysisResult.LogFacts(log.size(), log.customerIds().size(), cohort.size(),
        log.firstDay(), log.lastDay());
    boolean hasAmounts = log.hasAmounts();
    // the rest reads the cohort only: a caller that hands the log over lets it go here (ten million
    // rows are a sixth of a 1 GB heap)
    log = null;

    progress.accept("scoring " + cohort.size() + " customers: P(alive), expected purchases, "
        + clvMonths + "-month CLV");
    double horizon = clvMonths * unit.perMonth();
    double[] alive;
    double[] expected;
    double[] clv;
    if (spend != null && spend.q() > 1) {
      ClvScoring.Scores scores = ClvScoring.of(chosen, spend, horizon, clvMonths, monthlyDiscountRate, unit)
          .score(cohort);
      alive = scores.probabilityAlive();
      expected = scores.expectedPurchases();
      clv = scores.clv();
    } else {
      alive = chosen.probabilityAlive(cohort);
      expected = chosen.conditionalExpectedPurchases(horizon, cohort);
      clv = new double[cohort.size()];
    }

    progress.accept("RFM, ABC and pyramid of " + cohort.size() + " customers");
    segments.classify(cohort, currency, hasAmounts, clv, spend != null);

    AnalysisResult.Customers customers = new AnalysisResult.Customers(cohort, segments.spend, alive, expected, clv,
        segments.rfm, segments.abc, segments.pyramid, segments.status);
    return new AnalysisResult(settings, facts, fit(cal.bgnbd()), cal.checks(), chosen.name(),
        cal.spend() == null ? null : fit(cal.spend()), cal.frequencies(), cal.holdout(), tracking, cal.matrix(),
        customers,
        segments.rfmCounts, hasAmounts ? "spend" : "purchases", segments.abcCounts, segments.lorenz,
        segments.paretoShare, segments.pyramidCounts, segments.statusCounts, segments.retention,
        cal.churn());
  }

  /** What the calibration period gave: the models, their check, and the cohort's current summary. */
  private record Calibrated(ClvSummary cohort, FitResult<BgNbdModel> bgnbd, List<AnalysisResult.ModelCheck> checks,
      PurchaseModel chosen, AnalysisResult.@Nullable Holdout holdout, @Nullable FitResult<GammaGammaModel> spend,
      AnalysisResult.Frequencies frequencies, AnalysisResult.AliveMatrix matrix,
      AnalysisResult.@Nullable ChurnScorecard churn) {}

  /**
   * Summarises the log, fits the models on the calibration summary and checks them on the holdout
   * period. The calibration summary and the columns it was made from are dropped when this returns:
   * at ten million rows they are a third of the heap.
   */
  private Calibrated calibrate(TransactionLog log, LocalDate calEnd, LocalDate end, Consumer<String> progress) {
    progress.accept("summarising " + log.size() + " transactions");
    long[] days = log.epochDays();
    HoldoutSummary split = TransactionSummarizer.custom(calEnd).unit(unit).holdoutEnd(end).build()
        .summarizeWithHoldout(log.customerIds(), log.customerColumn(), days, log.amountColumn());
    ClvSummary calibration = split.calibration();
    if (calibration.size() < 2) {
      throw new IllegalArgumentException("transactions must hold at least 2 customers with a first purchase on or "
          + "before " + calEnd + ", but held " + calibration.size());
    }
    // the cohort is the calibration summary's customers; the current summary holds them and later
    // newcomers, in the same order (both follow the log's order of first appearance)
    ClvSummary cohort = restrict(TransactionSummarizer.custom(end).unit(unit).build()
        .summarize(log.customerIds(), log.customerColumn(), days, log.amountColumn()), calibration);
    days = null;

    progress.accept("fitting BG/NBD, MBG/NBD and Pareto/NBD on " + calibration.size() + " customers");
    FitResult<BgNbdModel> bgnbd = BgNbdModel.fit(calibration);
    List<FitResult<? extends PurchaseModel>> fits = List.of(bgnbd, MbgNbdModel.fit(calibration),
        ParetoNbdModel.fit(calibration));
    boolean withHoldout = calibrationEnd != null;
    List<AnalysisResult.ModelCheck> checks = new ArrayList<>();
    HoldoutGroups groups = new HoldoutGroups(split);
    int best = 0;
    double bestRmse = Double.POSITIVE_INFINITY;
    for (int m = 0; m < fits.size(); m++) {
      FitResult<? extends PurchaseModel> f = fits.get(m);
      if (!withHoldout) {
        checks.add(new AnalysisResult.ModelCheck(fit(f), null, null, null));
        continue;
      }
      double[] e = f.model().conditionalExpectedPurchases(split.duration(), calibration);
      groups.add(f.model().name(), e);
      double squares = 0;
      double absolute = 0;
      double total = 0;
      for (int i = 0; i < e.length; i++) {
        double d = e[i] - split.holdoutFrequency(i);
        squares += d * d;
        absolute += Math.abs(d);
        total += e[i];
      }
      double rmse = Math.sqrt(squares / e.length);
      checks.add(new AnalysisResult.ModelCheck(fit(f), rmse, absolute / e.length, total));
      // a fit that did not converge is used only when none did
      boolean better = f.converged() != fits.get(best).converged() ? f.converged() : rmse < bestRmse;
      if (better) {
        bestRmse = rmse;
        best = m;
      }
    }
    for (FitResult<? extends PurchaseModel> f : fits) {
      f.problem().ifPresent(why -> progress.accept("warning: " + f.model().name() + " did not converge: " + why));
    }
    PurchaseModel chosen = fits.get(best).model();
    AnalysisResult.ChurnScorecard churn = null;
    if (withHoldout) {
      int most = RetentionAnalysis.SCORECARD_CUSTOMERS;
      progress.accept("training the churn scorecard on " + (calibration.size() <= most
          ? calibration.size() + " customers" : "a sample of at most " + most + " customers"));
      churn = RetentionAnalysis.scorecard(split);
    }

    FitResult<GammaGammaModel> spend = null;
    if (log.hasAmounts()) {
      List<CustomerSummary> spenders = new ArrayList<>();
      for (int i = 0; i < calibration.size(); i++) {
        if (calibration.frequency(i) > 0 && calibration.monetaryValue(i) > 0) {
          spenders.add(calibration.customer(i));
        }
      }
      if (spenders.size() >= 2) {
        progress.accept("fitting Gamma-Gamma on " + spenders.size() + " repeat customers");
        spend = GammaGammaModel.fit(ClvSummary.of(spenders));
      }
    }
    return new Calibrated(cohort, bgnbd, checks, chosen, withHoldout ? groups.result() : null, spend,
        frequencies(bgnbd.model(), calibration), aliveMatrix(chosen, calibration), churn);
  }

  private static AnalysisResult.Fit fit(FitResult<? extends ParametricModel> f) {
    return new AnalysisResult.Fit(f.model().name(), f.model().parameters(), f.standardErrors(), f.logLikelihood(),
        f.converged(), f.iterations(), f.problem().orElse(null));
  }

  /** lifetimes' calibration-versus-holdout groups: sums per calibration frequency 0..6, model by model. */
  private static final class HoldoutGroups {
    private final HoldoutSummary split;
    private final long[] customers = new long[HOLDOUT_GROUPS];
    private final double[] actual = new double[HOLDOUT_GROUPS];
    private final Map<String, double[]> expected = new LinkedHashMap<>();
    private long purchases;

    HoldoutGroups(HoldoutSummary split) {
      this.split = split;
      ClvSummary cal = split.calibration();
      for (int i = 0; i < cal.size(); i++) {
        purchases += split.holdoutFrequency(i);
        int g = cal.frequency(i);
        if (g < HOLDOUT_GROUPS) {
          customers[g]++;
          actual[g] += split.holdoutFrequency(i);
        }
      }
    }

    /** Adds a model's predicted holdout purchases per customer. */
    void add(String model, double[] predicted) {
      double[] sums = new double[HOLDOUT_GROUPS];
      ClvSummary cal = split.calibration();
      for (int i = 0; i < cal.size(); i++) {
        int g = cal.frequency(i);
        if (g < HOLDOUT_GROUPS) {
          sums[g] += predicted[i];
        }
      }
      expected.put(model, sums);
    }

    /** The group means. */
    AnalysisResult.Holdout result() {
      int[] frequency = new int[HOLDOUT_GROUPS];
      double[] meanActual = new double[HOLDOUT_GROUPS];
      Map<String, double[]> meanExpected = new LinkedHashMap<>();
      expected.forEach((model, sums) -> meanExpected.put(model, new double[HOLDOUT_GROUPS]));
      for (int g = 0; g < HOLDOUT_GROUPS; g++) {
        frequency[g] = g;
        if (customers[g] > 0) {
          meanActual[g] = actual[g] / customers[g];
          for (Map.Entry<String, double[]> e : expected.entrySet()) {
            meanExpected.get(e.getKey())[g] = e.getValue()[g] / customers[g];
          }
        }
      }
      return new AnalysisResult.Holdout(split.duration(), purchases, frequency, customers.clone(), meanActual,
          meanExpected);
    }
  }

  /** Customers by repeat purchases in calibration, 0..6 and 7+, actual and expected by {@code model}. */
  private static AnalysisResult.Frequencies frequencies(PurchaseModel model, ClvSummary calibration) {
    double[] actual = new double[FREQUENCY_CLASSES];
    double[] expected = new double[FREQUENCY_CLASSES];
    // customers share few distinct ages (the days since their first purchase): P(X(T) = n) once per age
    Map<Double, double[]> byAge = new java.util.HashMap<>();
    for (int i = 0; i < calibration.size(); i++) {
      actual[Math.min(calibration.frequency(i), FREQUENCY_CLASSES - 1)]++;
      double[] p = byAge.computeIfAbsent(calibration.age(i), age -> {
        double[] q = new double[FREQUENCY_CLASSES];
        double below = 0;
        for (int n = 0; n < FREQUENCY_CLASSES - 1; n++) {
          q[n] = model.probabilityOfPurchases(n, age);
          below += q[n];
        }
        q[FREQUENCY_CLASSES - 1] = Math.max(0, 1 - below);
        return q;
      });
      for (int n = 0; n < FREQUENCY_CLASSES; n++) {
        expected[n] += p[n];
      }
    }
    return new AnalysisResult.Frequencies(actual, expected);
  }

  /**
   * P(alive) for frequencies 0..f (f the 99th percentile of the cohort's, at least 10, at most its
   * largest) and recencies 0..T, T the cohort's longest age.
   */
  private static AnalysisResult.AliveMatrix aliveMatrix(PurchaseModel model, ClvSummary calibration) {
    int[] frequencies = new int[calibration.size()];
    double maxAge = 0;
    for (int i = 0; i < calibration.size(); i++) {
      frequencies[i] = calibration.frequency(i);
      maxAge = Math.max(maxAge, calibration.age(i));
    }
    // up to the 99th percentile of frequency: the few heaviest buyers would squeeze everyone else
    Arrays.sort(frequencies);
    int maxFrequency = Math.max(10, frequencies[(int) Math.floor(0.99 * (frequencies.length - 1))]);
    maxFrequency = Math.min(maxFrequency, frequencies[frequencies.length - 1]);
    int rows = Math.min(MATRIX_SIZE, maxFrequency + 1);
    int step = Math.max(1, (int) Math.ceil((maxFrequency + 1) / (double) rows));
    int[] frequency = new int[rows];
    for (int r = 0; r < rows; r++) {
      frequency[r] = r * step;
    }
    int cols = MATRIX_SIZE;
    double[] recency = new double[cols];
    double[][] value = new double[rows][cols];
    for (int c = 0; c < cols; c++) {
      recency[c] = maxAge * c / (cols - 1);
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        // a customer without repeat purchases has recency 0 by definition
        value[r][c] = frequency[r] == 0 && c > 0 ? value[r][0] : model.probabilityAlive(frequency[r], recency[c], maxAge);
      }
    }
    return new AnalysisResult.AliveMatrix(maxAge, frequency, recency, value);
  }

  /**
   * The rows of {@code all} whose ids are in {@code cohort}, which holds a subsequence of {@code all}'s
   * rows in the same order; {@code all} itself when they are the same customers.
   */
  private static ClvSummary restrict(ClvSummary all, ClvSummary cohort) {
    if (all.size() == cohort.size()) {
      return all;
    }
    int n = cohort.size();
    String[] ids = new String[n];
    int[] frequency = new int[n];
    double[] recency = new double[n];
    double[] age = new double[n];
    double[] monetary = new double[n];
    int i = 0;
    for (int k = 0; k < n; k++) {
      while (!all.id(i).equals(cohort.id(k))) {
        i++;
      }
      ids[k] = all.id(i);
      frequency[k] = all.frequency(i);
      recency[k] = all.recency(i);
      age[k] = all.age(i);
      monetary[k] = all.monetaryValue(i);
    }
    return ClvSummary.of(ids, frequency, recency, age, monetary, all.unit());
  }

  /** RFM, ABC, pyramid and lifecycle per cohort customer, and their counts. */
  private static final class Segments {
    double[] spend;
    int[] purchases;
    int[] recencyDays;
    AnalysisResult.@Nullable RetentionCurve retention;
    String[] rfm;
    String[] abc;
    String[] pyramid;
    String[] status;
    Map<String, Long> rfmCounts = new TreeMap<>();
    Map<String, Long> abcCounts = new LinkedHashMap<>();
    Map<String, Long> pyramidCounts = new LinkedHashMap<>();
    Map<String, Long> statusCounts = new LinkedHashMap<>();
    double[][] lorenz;
    double paretoShare;

    /**
     * The pass over the log: each cohort customer's totals up to the as-of date and lifecycle status,
     * and the first monthly cohort's retention curve.
     */
    static Segments of(TransactionLog log, ClvSummary cohort, @Nullable LocalDate calibrationEnd, LocalDate end) {
      Segments s = new Segments();
      int n = cohort.size();
      int[] ofCustomer = new int[log.customerIds().size()];
      Arrays.fill(ofCustomer, -1);
      for (int i = 0, c = 0; i < n; i++, c++) {
        // the cohort follows the log's order of first appearance, so one forward walk finds each row
        while (!log.customerIds().get(c).equals(cohort.id(i))) {
          c++;
        }
        ofCustomer[c] = i;
      }
      long endDay = end.toEpochDay();
      int[] firstDay = new int[n];
      int[] lastDay = new int[n];
      s.purchases = new int[n];
      s.spend = new double[n];
      int[] start = new int[n + 1];
      for (int k = 0; k < log.size(); k++) {
        int r = ofCustomer[log.customer(k)];
        if (r < 0 || log.day(k) > endDay) {
          continue;
        }
        firstDay[r] = s.purchases[r] == 0 ? log.day(k) : Math.min(firstDay[r], log.day(k));
        lastDay[r] = s.purchases[r] == 0 ? log.day(k) : Math.max(lastDay[r], log.day(k));
        s.purchases[r]++;
        s.spend[r] += log.amount(k);
        start[r + 1]++;
      }
      s.retention = RetentionAnalysis.curve(firstDay, lastDay, calibrationEnd, end);
      s.recencyDays = new int[n];
      for (int i = 0; i < n; i++) {
        s.recencyDays[i] = Math.toIntExact(endDay - lastDay[i]);
        start[i + 1] += start[i];
      }
      s.status = lifecycle(log, cohort, ofCustomer, start, endDay);
      for (CustomerStatus c : CustomerStatus.values()) {
        s.statusCounts.put(c.name(), 0L);
      }
      for (String st : s.status) {
        s.statusCounts.merge(st, 1L, Long::sum);
      }
      return s;
    }

    /** RFM on the totals, ABC on spend (or on the number of purchases without amounts), the pyramid on CLV. */
    void classify(ClvSummary cohort, Currency currency, boolean hasAmounts, double[] clv, boolean withClv) {
      int n = cohort.size();
      double minorPerUnit = Math.pow(10, Math.max(0, currency.getDefaultFractionDigits()));
      long[] spendMinor = new long[n];
      List<CustomerId> ids = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        spendMinor[i] = Math.round(spend[i] * minorPerUnit);
        ids.add(CustomerId.of(cohort.id(i)));
      }
      RfmTable table = RfmAnalysis.ofDefaults().scoreTotals(ids, recencyDays, purchases, spendMinor, currency);
      rfm = new String[n];
      for (int i = 0; i < n; i++) {
        rfm[i] = table.segment(i);
        rfmCounts.merge(rfm[i], 1L, Long::sum);
      }
      table = null;
      ids = null;

      double[] basis = spend;
      if (!hasAmounts) {
        basis = new double[n];
        for (int i = 0; i < n; i++) {
          basis[i] = purchases[i];
        }
      }
      AbcClassification classification = AbcClassification.ofDefaults();
      AbcClass[] classes = classification.classify(basis);
      for (AbcClass c : AbcClass.values()) {
        abcCounts.put(c.name(), 0L);
      }
      abc = new String[n];
      for (int i = 0; i < n; i++) {
        abc[i] = classes[i].name();
        abcCounts.merge(abc[i], 1L, Long::sum);
      }
      lorenz = lorenz(basis);
      paretoShare = classification.paretoShare(basis);

      pyramid = new String[n];
      if (withClv) {
        for (PyramidTier t : PyramidTier.values()) {
          pyramidCounts.put(t.name(), 0L);
        }
        PyramidTier[] tiers = CustomerPyramid.ofDefaults().assign(clv);
        for (int i = 0; i < n; i++) {
          pyramid[i] = tiers[i].name();
          pyramidCounts.merge(pyramid[i], 1L, Long::sum);
        }
      } else {
        Arrays.fill(pyramid, "");
      }
    }

    /**
     * Each customer's status after the preset policy evaluates their purchases at the end of the
     * as-of day; {@code start} holds the customers' first positions in their grouped rows.
     */
    private static String[] lifecycle(TransactionLog log, ClvSummary cohort, int[] ofCustomer, int[] start,
        long endDay) {
      int n = cohort.size();
      int[] order = new int[start[n]];
      int[] fill = Arrays.copyOf(start, n);
      for (int k = 0; k < log.size(); k++) {
        int r = ofCustomer[log.customer(k)];
        if (r >= 0 && log.day(k) <= endDay) {
          order[fill[r]++] = k;
        }
      }
      fill = null;
      Currency currency = Currency.getInstance("XXX");
      Instant asOf = LocalDate.ofEpochDay(endDay + 1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
      LifecyclePolicy policy = LifecyclePolicy.ofDefaults();
      String[] out = new String[n];
      Money nothing = Money.zero(currency);
      // customers are independent: both cores share them
      java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
        List<Purchase> purchases = new ArrayList<>(start[i + 1] - start[i]);
        CustomerId id = CustomerId.of(cohort.id(i));
        Instant firstAt = Instant.MAX;
        for (int p = start[i]; p < start[i + 1]; p++) {
          int k = order[p];
          Instant at = Instant.ofEpochSecond(log.day(k) * 86_400L);
          firstAt = at.isBefore(firstAt) ? at : firstAt;
          // the preset policy reads when customers bought, not how much: no currency is needed
          purchases.add(Purchase.of(id, at, nothing));
        }
        CustomerFacts facts = CustomerFacts.of(id, asOf, purchases);
        CustomerLifecycle initial = CustomerLifecycle.start(id, policy.initialStatus(), firstAt.minusNanos(1));
        out[i] = policy.evaluate(initial, facts).lifecycle().status().name();
      });
      return out;
    }

    /** The Lorenz curve of {@code values}, largest first, at most {@link #LORENZ_POINTS} points plus the origin. */
    private static double[][] lorenz(double[] values) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      double total = 0;
      for (double v : sorted) {
        total += v;
      }
      int points = Math.min(LORENZ_POINTS, n);
      double[] x = new double[points + 1];
      double[] y = new double[points + 1];
      double running = 0;
      int next = 1;
      for (int i = 0; i < n; i++) {
        running += sorted[n - 1 - i];
        // keep the point where customer i + 1 reaches the next of the evenly spaced shares
        if ((long) (i + 1) * points >= (long) next * n) {
          x[next] = (i + 1) / (double) n;
          y[next] = total > 0 ? Math.min(1.0, running / total) : 0.0;
          next++;
        }
      }
      return new double[][] {x, y};
    }
  }
}
