package io.crm4j.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crm4j.examples.analysis.Analysis;
import io.crm4j.examples.analysis.AnalysisReport;
import io.crm4j.examples.analysis.AnalysisResult;
import io.crm4j.examples.analysis.TransactionLog;
import io.crm4j.scoring.clv.ClvTimeUnit;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crm4j analyze}: the whole analysis of a transaction log, written as a report folder. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse a transaction log: summary, BG/NBD, MBG/NBD and Pareto/NBD checked on a holdout period, "
        + "Gamma-Gamma, CLV, RFM, ABC, pyramid, lifecycle, the first cohort's retention against sBG and a churn "
        + "scorecard; writes index.html with PNG charts, results.json "
        + "and customers.csv into --out and prints where they are as JSON. Progress goes to stderr.")
final class AnalyzeCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--transactions", required = true, description = "Transaction file (CSV or whitespace-separated).")
  Path transactions;

  @Option(names = "--customer-col", required = true, description = "Column with the customer id.")
  String customerCol;

  @Option(names = "--date-col", required = true, description = "Column with the purchase date.")
  String dateCol;

  @Option(names = "--amount-col", description = "Column with the amount (without it: no spend model, no CLV).")
  @Nullable String amountCol;

  @Option(names = "--calibration-end", description = "Last day of the calibration period, YYYY-MM-DD; the days "
      + "after it up to --as-of are the holdout period that checks the models (default: no holdout).")
  @Nullable LocalDate calibrationEnd;

  @Option(names = "--as-of", description = "Day of the analysis, YYYY-MM-DD (default: the last purchase day).")
  @Nullable LocalDate asOf;

  @Option(names = "--currency", defaultValue = "USD", description = "Currency of the amounts (default ${DEFAULT-VALUE}).")
  String currency;

  @Option(names = "--unit", defaultValue = "weeks", description = "days, weeks or months (default ${DEFAULT-VALUE}).")
  String unit;

  @Option(names = "--months", defaultValue = "12", description = "CLV horizon in months (default ${DEFAULT-VALUE}).")
  int months;

  @Option(names = "--discount-rate", defaultValue = "0.01",
      description = "Monthly discount rate of the CLV (default ${DEFAULT-VALUE}).")
  double discountRate;

  @Option(names = "--delimiter", description = "',', ';', 'tab' or 'whitespace' (default: detected from the header).")
  @Nullable String delimiter;

  @Option(names = "--date-format", description = "Date pattern, e.g. yyyyMMdd (default: detected).")
  @Nullable String dateFormat;

  @Option(names = "--column-names", split = ",", description = "Column names for a file without a header line.")
  @Nullable List<String> columnNames;

  @Option(names = "--out", required = true, description = "Folder for the report (created if missing).")
  Path out;

  @Override
  public Integer call() {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("out must be a folder, but " + out + " is a file");
    }
    Currency cur;
    try {
      cur = Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, but was '" + currency + "'", e);
    }
    Analysis analysis = Analysis.of(calibrationEnd, asOf, ClvTimeUnit.parse(unit), cur, months, discountRate);
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    err.printf(Locale.ROOT, "[%5.1f s] reading %s%n", seconds(t0), transactions);
    err.flush();
    // the log is handed over, not kept here: the analysis lets it go once it has read it
    AnalysisResult result = analysis.run(TransactionLogInput.read(transactions, customerCol, dateCol, amountCol,
        new TransactionLog.Format(delimiter, dateFormat, columnNames), rows -> {
          err.printf(Locale.ROOT, "[%5.1f s] %,d rows read%n", seconds(t0), rows);
          err.flush();
        }), step -> {
      err.printf(Locale.ROOT, "[%5.1f s] %s%n", seconds(t0), step);
      err.flush();
    });
    err.printf(Locale.ROOT, "[%5.1f s] writing the report into %s%n", seconds(t0), out);
    err.flush();
    List<Path> files = AnalysisReport.write(result, out);
    err.printf(Locale.ROOT, "[%5.1f s] done%n", seconds(t0));
    PrintWriter w = spec.commandLine().getOut();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("page", files.get(files.size() - 1).toString());
    summary.put("results", out.resolve(AnalysisReport.RESULTS).toString());
    summary.put("files", files.size());
    summary.put("bestModel", result.best());
    try {
      w.println(new ObjectMapper().writeValueAsString(summary));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the summary must serialise as JSON, but: " + e.getMessage(), e);
    }
    w.flush();
    return 0;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
