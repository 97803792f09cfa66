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
 * the customer pyramid of CLV and the lifecycle status under the preset policy.
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

    progress.accept("summarising " + log.size() + " transactions");
    Columns columns = Columns.of(log);
    HoldoutSummary split = TransactionSummarizer.custom(calEnd).unit(unit).holdoutEnd(end).build()
        .summarizeWithHoldout(columns.ids, columns.dates, columns.amounts);
    ClvSummary calibration = split.calibration();
    if (calibration.size() < 2) {
      throw new IllegalArgumentException("transactions must hold at least 2 customers with a first purchase on or "
          + "before " + calEnd + ", but held " + calibration.size());
    }
    ClvSummary current = TransactionSummarizer.custom(end).unit(unit).build()
        .summarize(columns.ids, columns.dates, columns.amounts);
    // the cohort is the calibration summary's customers; current holds them and later newcomers
    ClvSummary cohort = restrict(current, calibration);

    progress.accept("fitting BG/NBD, MBG/NBD and Pareto/NBD on " + calibration.size() + " customers");
    List<FitResult<? extends PurchaseModel>> fits = new ArrayList<>();
    FitResult<BgNbdModel> bgnbd = BgNbdModel.fit(calibration);
    fits.add(bgnbd);
    fits.add(MbgNbdModel.fit(calibration));
    fits.add(ParetoNbdModel.fit(calibration));
    boolean withHoldout = calibrationEnd != null;
    List<AnalysisResult.ModelCheck> checks = new ArrayList<>();
    int best = 0;
    double bestRmse = Double.POSITIVE_INFINITY;
    Map<String, double[]> predicted = new LinkedHashMap<>();
    for (int m = 0; m < fits.size(); m++) {
      FitResult<? extends PurchaseModel> f = fits.get(m);
      if (!withHoldout) {
        checks.add(new AnalysisResult.ModelCheck(fit(f), null, null, null));
        continue;
      }
      double[] e = f.model().conditionalExpectedPurchases(split.duration(), calibration);
      predicted.put(f.model().name(), e);
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
      if (rmse < bestRmse) {
        bestRmse = rmse;
        best = m;
      }
    }
    PurchaseModel chosen = fits.get(best).model();
    AnalysisResult.Holdout holdout = withHoldout ? holdout(split, predicted) : null;

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

    progress.accept("scoring " + cohort.size() + " customers: P(alive), expected purchases, "
        + clvMonths + "-month CLV");
    double horizon = clvMonths * unit.perMonth();
    double[] alive;
    double[] expected;
    double[] clv;
    if (spend != null && spend.model().q() > 1) {
      ClvScoring.Scores scores = ClvScoring.of(chosen, spend.model(), horizon, clvMonths, monthlyDiscountRate, unit)
          .score(cohort);
      alive = scores.probabilityAlive();
      expected = scores.expectedPurchases();
      clv = scores.clv();
    } else {
      alive = chosen.probabilityAlive(cohort);
      expected = chosen.conditionalExpectedPurchases(horizon, cohort);
      clv = new double[cohort.size()];
    }

    progress.accept("tracking repeat purchases, P(alive) matrix");
    AnalysisResult.Tracking tracking = Tracking.of(log, calEnd, end, unit, chosen);
    AnalysisResult.AliveMatrix matrix = aliveMatrix(chosen, calibration);

    progress.accept("RFM, ABC, pyramid and lifecycle of " + cohort.size() + " customers");
    Segments segments = Segments.of(log, columns, cohort, end, currency, clv, spend != null);

    LocalDate first = LocalDate.ofEpochDay(columns.firstDay);
    AnalysisResult.LogFacts facts = new AnalysisResult.LogFacts(log.size(), log.customerIds().size(), cohort.size(),
        first, log.lastDay());
    AnalysisResult.Customers customers = new AnalysisResult.Customers(ids(cohort), frequencies(cohort),
        recencies(cohort), ages(cohort), monetary(cohort), segments.spend, alive, expected, clv, segments.rfm,
        segments.abc, segments.pyramid, segments.status);
    return new AnalysisResult(settings, facts, fit(bgnbd), checks, chosen.name(), spend == null ? null : fit(spend),
        holdout, tracking, matrix, customers, segments.rfmCounts, log.hasAmounts() ? "spend" : "purchases",
        segments.abcCounts, segments.lorenz,
        segments.paretoShare, segments.pyramidCounts, segments.statusCounts);
  }

  private static AnalysisResult.Fit fit(FitResult<? extends ParametricModel> f) {
    return new AnalysisResult.Fit(f.model().name(), f.model().parameters(), f.standardErrors(), f.logLikelihood(),
        f.converged(), f.iterations());
  }

  private static AnalysisResult.Holdout holdout(HoldoutSummary split, Map<String, double[]> predicted) {
    ClvSummary cal = split.calibration();
    long[] customers = new long[HOLDOUT_GROUPS];
    double[] actual = new double[HOLDOUT_GROUPS];
    Map<String, double[]> expected = new LinkedHashMap<>();
    predicted.keySet().forEach(name -> expected.put(name, new double[HOLDOUT_GROUPS]));
    long purchases = 0;
    for (int i = 0; i < cal.size(); i++) {
      purchases += split.holdoutFrequency(i);
      int g = cal.frequency(i);
      if (g >= HOLDOUT_GROUPS) {
        continue;
      }
      customers[g]++;
      actual[g] += split.holdoutFrequency(i);
      for (Map.Entry<String, double[]> e : predicted.entrySet()) {
        expected.get(e.getKey())[g] += e.getValue()[i];
      }
    }
    int[] frequency = new int[HOLDOUT_GROUPS];
    for (int g = 0; g < HOLDOUT_GROUPS; g++) {
      frequency[g] = g;
      if (customers[g] > 0) {
        actual[g] /= customers[g];
        for (double[] e : expected.values()) {
          e[g] /= customers[g];
        }
      }
    }
    return new AnalysisResult.Holdout(split.duration(), purchases, frequency, customers, actual, expected);
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

  /** The rows of {@code all} whose ids are in {@code cohort}, in the cohort's order. */
  private static ClvSummary restrict(ClvSummary all, ClvSummary cohort) {
    Map<String, Integer> row = new java.util.HashMap<>(2 * all.size());
    for (int i = 0; i < all.size(); i++) {
      row.put(all.id(i), i);
    }
    int n = cohort.size();
    String[] ids = new String[n];
    int[] frequency = new int[n];
    double[] recency = new double[n];
    double[] age = new double[n];
    double[] monetary = new double[n];
    for (int k = 0; k < n; k++) {
      int i = row.get(cohort.id(k));
      ids[k] = all.id(i);
      frequency[k] = all.frequency(i);
      recency[k] = all.recency(i);
      age[k] = all.age(i);
      monetary[k] = all.monetaryValue(i);
    }
    return ClvSummary.of(ids, frequency, recency, age, monetary);
  }

  private static String[] ids(ClvSummary s) {
    String[] out = new String[s.size()];
    Arrays.setAll(out, s::id);
    return out;
  }

  private static int[] frequencies(ClvSummary s) {
    int[] out = new int[s.size()];
    Arrays.setAll(out, s::frequency);
    return out;
  }

  private static double[] recencies(ClvSummary s) {
    double[] out = new double[s.size()];
    Arrays.setAll(out, s::recency);
    return out;
  }

  private static double[] ages(ClvSummary s) {
    double[] out = new double[s.size()];
    Arrays.setAll(out, s::age);
    return out;
  }

  private static double[] monetary(ClvSummary s) {
    double[] out = new double[s.size()];
    Arrays.setAll(out, s::monetaryValue);
    return out;
  }

  /** The log's columns as the summariser takes them: one String and one LocalDate object per distinct value. */
  private static final class Columns {
    final String[] ids;
    final LocalDate[] dates;
    final double[] amounts;
    final int firstDay;

    private Columns(String[] ids, LocalDate[] dates, double[] amounts, int firstDay) {
      this.ids = ids;
      this.dates = dates;
      this.amounts = amounts;
      this.firstDay = firstDay;
    }

    static Columns of(TransactionLog log) {
      int n = log.size();
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (int k = 0; k < n; k++) {
        first = Math.min(first, log.day(k));
        last = Math.max(last, log.day(k));
      }
      LocalDate[] byDay = new LocalDate[last - first + 1];
      String[] ids = new String[n];
      LocalDate[] dates = new LocalDate[n];
      double[] amounts = new double[n];
      List<String> names = log.customerIds();
      for (int k = 0; k < n; k++) {
        ids[k] = names.get(log.customer(k));
        int d = log.day(k) - first;
        LocalDate date = byDay[d];
        if (date == null) {
          date = LocalDate.ofEpochDay(log.day(k));
          byDay[d] = date;
        }
        dates[k] = date;
        amounts[k] = log.amount(k);
      }
      return new Columns(ids, dates, amounts, first);
    }
  }

  /** RFM, ABC, pyramid and lifecycle per cohort customer, and their counts. */
  private static final class Segments {
    double[] spend;
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

    static Segments of(TransactionLog log, Columns columns, ClvSummary cohort, LocalDate end, Currency currency,
        double[] clv, boolean withClv) {
      Segments s = new Segments();
      int n = cohort.size();
      Map<String, Integer> row = new java.util.HashMap<>(2 * n);
      for (int i = 0; i < n; i++) {
        row.put(cohort.id(i), i);
      }
      // purchases of the cohort up to the as-of date, grouped by customer
      int[] ofCustomer = new int[log.customerIds().size()];
      for (int c = 0; c < ofCustomer.length; c++) {
        Integer r = row.get(log.customerIds().get(c));
        ofCustomer[c] = r == null ? -1 : r;
      }
      long endDay = end.toEpochDay();
      int kept = 0;
      for (int k = 0; k < log.size(); k++) {
        if (ofCustomer[log.customer(k)] >= 0 && log.day(k) <= endDay) {
          kept++;
        }
      }
      int[] customerIndex = new int[kept];
      long[] epochSecond = new long[kept];
      long[] amountMinor = new long[kept];
      s.spend = new double[n];
      BigDecimal scale = BigDecimal.TEN.pow(Math.max(0, currency.getDefaultFractionDigits()));
      int j = 0;
      for (int k = 0; k < log.size(); k++) {
        int r = ofCustomer[log.customer(k)];
        if (r < 0 || log.day(k) > endDay) {
          continue;
        }
        customerIndex[j] = r;
        epochSecond[j] = log.day(k) * 86_400L;
        amountMinor[j] = Math.round(log.amount(k) * scale.doubleValue());
        s.spend[r] += log.amount(k);
        j++;
      }
      List<CustomerId> ids = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        ids.add(CustomerId.of(cohort.id(i)));
      }
      Instant asOf = end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
      RfmTable rfm = RfmAnalysis.ofDefaults().score(ids, customerIndex, epochSecond, amountMinor, currency, asOf);
      s.rfm = new String[n];
      for (int i = 0; i < n; i++) {
        s.rfm[i] = rfm.segment(i);
        s.rfmCounts.merge(s.rfm[i], 1L, Long::sum);
      }

      // a log without amounts is classified on the number of purchases instead of spend
      double[] basis = s.spend;
      if (!log.hasAmounts()) {
        basis = new double[n];
        for (int k = 0; k < kept; k++) {
          basis[customerIndex[k]]++;
        }
      }
      AbcClassification abc = AbcClassification.ofDefaults();
      AbcClass[] classes = abc.classify(basis);
      for (AbcClass c : AbcClass.values()) {
        s.abcCounts.put(c.name(), 0L);
      }
      s.abc = new String[n];
      for (int i = 0; i < n; i++) {
        s.abc[i] = classes[i].name();
        s.abcCounts.merge(s.abc[i], 1L, Long::sum);
      }
      s.lorenz = lorenz(basis);
      s.paretoShare = abc.paretoShare(basis);

      s.pyramid = new String[n];
      if (withClv) {
        for (PyramidTier t : PyramidTier.values()) {
          s.pyramidCounts.put(t.name(), 0L);
        }
        PyramidTier[] tiers = CustomerPyramid.ofDefaults().assign(clv);
        for (int i = 0; i < n; i++) {
          s.pyramid[i] = tiers[i].name();
          s.pyramidCounts.merge(s.pyramid[i], 1L, Long::sum);
        }
      } else {
        Arrays.fill(s.pyramid, "");
      }
      s.status = lifecycle(customerIndex, epochSecond, amountMinor, ids, currency, asOf);
      for (CustomerStatus c : CustomerStatus.values()) {
        s.statusCounts.put(c.name(), 0L);
      }
      for (String st : s.status) {
        s.statusCounts.merge(st, 1L, Long::sum);
      }
      return s;
    }

    /** Each customer's status after the preset policy evaluates their purchases at {@code asOf}. */
    private static String[] lifecycle(int[] customerIndex, long[] epochSecond, long[] amountMinor,
        List<CustomerId> ids, Currency currency, Instant asOf) {
      int n = ids.size();
      int[] start = new int[n + 1];
      for (int c : customerIndex) {
        start[c + 1]++;
      }
      for (int i = 0; i < n; i++) {
        start[i + 1] += start[i];
      }
      int[] order = new int[customerIndex.length];
      int[] fill = Arrays.copyOf(start, n);
      for (int k = 0; k < customerIndex.length; k++) {
        order[fill[customerIndex[k]]++] = k;
      }
      LifecyclePolicy policy = LifecyclePolicy.ofDefaults();
      String[] out = new String[n];
      int fractionDigits = Math.max(0, currency.getDefaultFractionDigits());
      List<Purchase> purchases = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        purchases.clear();
        Instant firstAt = null;
        for (int p = start[i]; p < start[i + 1]; p++) {
          int k = order[p];
          Instant at = Instant.ofEpochSecond(epochSecond[k]);
          firstAt = firstAt == null || at.isBefore(firstAt) ? at : firstAt;
          purchases.add(Purchase.of(ids.get(i), at,
              Money.of(BigDecimal.valueOf(amountMinor[k], fractionDigits), currency)));
        }
        CustomerFacts facts = CustomerFacts.of(ids.get(i), asOf, purchases);
        CustomerLifecycle initial = CustomerLifecycle.start(ids.get(i), policy.initialStatus(),
            Objects.requireNonNull(firstAt).minusNanos(1));
        out[i] = policy.evaluate(initial, facts).lifecycle().status().name();
      }
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
