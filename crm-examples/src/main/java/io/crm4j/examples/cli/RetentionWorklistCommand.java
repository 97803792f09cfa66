package io.crm4j.examples.cli;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvScoring;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.GammaGammaModel;
import io.crm4j.scoring.clv.MbgNbdModel;
import io.crm4j.scoring.clv.ParetoNbdModel;
import io.crm4j.scoring.clv.PurchaseModel;
import io.crm4j.scoring.retention.ChurnRisk;
import io.crm4j.scoring.retention.RetentionWorklist;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retention worklist}: customers ranked by value at risk, as CSV or JSON. */
@Command(
    name = "worklist",
    mixinStandardHelpOptions = true,
    description = {"Fits a purchase model (BG/NBD, MBG/NBD or Pareto/NBD) and the Gamma-Gamma spend model to a "
        + "summary CSV (customer_id,frequency,recency,T,monetary_value, as 'clv summarize' writes it from a "
        + "transaction log), scores P(churn within --horizon) and the discounted CLV over --months, and prints "
        + "the customers ranked by value at risk = P(churn) x CLV, largest first, ties by customer id.",
        "CSV columns: rank,customer_id,p_alive,p_churn,clv,value_at_risk. JSON: model, params, spendParams, "
            + "horizon, months, customers and worklist (the same fields per row)."})
final class RetentionWorklistCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--summary", description = "Summary CSV with monetary_value (or give --transactions).")
  @Nullable Path summary;

  @Option(names = "--transactions", description = "Transaction log instead of --summary, read as 'clv summarize' "
      + "reads it (with --customer-col, --date-col, --amount-col, --calibration-end and the optional "
      + "--date-format, --delimiter).")
  @Nullable Path transactions;

  @Option(names = "--customer-col", description = "With --transactions: column with the customer id.")
  @Nullable String customerCol;

  @Option(names = "--date-col", description = "With --transactions: column with the purchase date.")
  @Nullable String dateCol;

  @Option(names = "--amount-col", description = "With --transactions: column with the amount.")
  @Nullable String amountCol;

  @Option(names = "--date-format", defaultValue = "yyyy-MM-dd", description = "With --transactions: date pattern "
      + "(default: ${DEFAULT-VALUE}).")
  String dateFormat;

  @Option(names = "--delimiter", defaultValue = ",", description = "With --transactions: ',' or 'whitespace' "
      + "(default: ${DEFAULT-VALUE}).")
  String delimiter;

  @Option(names = "--no-header", description = "With --transactions: the file has no header line.")
  boolean noHeader;

  @Option(names = "--column-names", split = ",", description = "With --transactions and --no-header: column names.")
  @Nullable List<String> columnNames;

  @Option(names = "--calibration-end", description = "With --transactions: last day of the data to use, YYYY-MM-DD.")
  java.time.@Nullable LocalDate calibrationEnd;

  @Option(names = "--model", defaultValue = "bgnbd", description = "bgnbd, mbgnbd or pareto-nbd (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--horizon", defaultValue = "52",
      description = "Churn horizon in the summary's time unit (default: ${DEFAULT-VALUE}).")
  double horizon;

  @Option(names = "--months", defaultValue = "12", description = "CLV horizon in months, >= 1 (default: ${DEFAULT-VALUE}).")
  int months;

  @Option(names = "--discount-rate", defaultValue = "0.01", description = "Monthly discount rate (default: ${DEFAULT-VALUE}).")
  double discountRate;

  @Option(names = "--unit", description = "Time unit of --transactions or of a summary without a unit column "
      + "(default weeks); must match the column when the summary has one.")
  @Nullable String unit;

  @Option(names = "--top", defaultValue = "100", description = "Rows to print, >= 0 (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", description = "Output file (default standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    String name = ClvModels.normalize(model);
    String fmt = ClvIo.lower(format);
    if (!fmt.equals("csv") && !fmt.equals("json")) {
      throw new IllegalArgumentException("format must be csv or json, but was '" + format + "'");
    }
    if (months < 1) {
      throw new IllegalArgumentException("months must be >= 1, but was " + months);
    }
    if (top < 0) {
      throw new IllegalArgumentException("top must be >= 0, but was " + top);
    }
    ClvSummary data = readData();
    FitResult<? extends PurchaseModel> fit = switch (name) {
      case "bgnbd" -> BgNbdModel.fit(data);
      case "mbgnbd" -> MbgNbdModel.fit(data);
      case "pareto-nbd" -> ParetoNbdModel.fit(data);
      default -> throw new IllegalArgumentException("model must be bgnbd, mbgnbd or pareto-nbd, but was '" + model + "'");
    };
    PurchaseModel purchases = fit.model();
    FitResult<GammaGammaModel> spendFit = GammaGammaModel.fit(ClvFitCommand.positiveSpenders(data));
    GammaGammaModel spend = spendFit.model();
    for (FitResult<?> f : List.of(fit, spendFit)) {
      // the list is still made, but whoever reads it should know the model behind it is shaky
      f.problem().ifPresent(why -> spec.commandLine().getErr().println(
          "warning: " + f.model().name() + " did not converge: " + why));
    }
    ClvScoring.Scores scores = ClvScoring.of(purchases, spend, horizon, months, discountRate, data.unit()).score(data);
    ChurnRisk risk = ChurnRisk.of(purchases);
    List<RetentionWorklist.Entry> list = RetentionWorklist.rank(risk, horizon, data, scores.clv(), top);
    String text = fmt.equals("csv") ? csv(list, scores) : json(name, purchases, spend, data.size(), list, scores);
    ClvIo.emit(out, spec.commandLine().getOut(), w -> w.print(text), summary, transactions);
    return 0;
  }

  /** The summary CSV, or the transaction log summarized as {@code clv summarize} does. */
  private ClvSummary readData() {
    if ((summary == null) == (transactions == null)) {
      throw new IllegalArgumentException("exactly one of --summary and --transactions must be given, but "
          + (summary == null ? "neither was" : "both were"));
    }
    if (summary != null) {
      return ClvIo.readSummary(summary, unit == null ? null : ClvTimeUnit.parse(unit));
    }
    ClvSummarizeCommand log = new ClvSummarizeCommand();
    log.transactions = transactions;
    log.customerCol = required(customerCol, "--customer-col");
    log.dateCol = required(dateCol, "--date-col");
    log.amountCol = required(amountCol, "--amount-col");
    log.calibrationEnd = required(calibrationEnd, "--calibration-end");
    log.dateFormat = dateFormat;
    log.delimiter = delimiter;
    log.noHeader = noHeader;
    log.columnNames = columnNames;
    log.unit = unit == null ? "weeks" : unit;
    return log.summary();
  }

  private static <T> T required(@Nullable T value, String option) {
    if (value == null) {
      throw new IllegalArgumentException(option + " must be given with --transactions, but was not");
    }
    return value;
  }

  private static String csv(List<RetentionWorklist.Entry> list, ClvScoring.Scores scores) {
    StringBuilder sb = new StringBuilder("rank,customer_id,p_alive,p_churn,clv,value_at_risk\n");
    for (RetentionWorklist.Entry e : list) {
      sb.append(e.rank()).append(",").append(CsvInput.quote(e.customerId())).append(",")
          .append(ClvIo.num(scores.probabilityAlive()[e.index()])).append(',').append(ClvIo.num(e.churnProbability()))
          .append(',').append(ClvIo.num(e.value())).append(',').append(ClvIo.num(e.valueAtRisk())).append('\n');
    }
    return sb.toString();
  }

  private String json(String name, PurchaseModel purchases, GammaGammaModel spend, int customers,
      List<RetentionWorklist.Entry> list, ClvScoring.Scores scores) {
    StringBuilder sb = new StringBuilder("{\"model\":\"").append(name).append("\",\"params\":")
        .append(ClvIo.jsonNumbers(purchases.parameters())).append(",\"spendParams\":")
        .append(ClvIo.jsonNumbers(spend.parameters())).append(",\"horizon\":").append(ClvIo.num(horizon))
        .append(",\"months\":").append(months).append(",\"customers\":").append(customers).append(",\"worklist\":[");
    for (int k = 0; k < list.size(); k++) {
      RetentionWorklist.Entry e = list.get(k);
      sb.append(k == 0 ? "" : ",").append("{\"rank\":").append(e.rank()).append(",\"customer_id\":\"")
          .append(jsonText(e.customerId())).append("\",\"p_alive\":").append(ClvIo.num(scores.probabilityAlive()[e.index()]))
          .append(",\"p_churn\":").append(ClvIo.num(e.churnProbability())).append(",\"clv\":")
          .append(ClvIo.num(e.value())).append(",\"value_at_risk\":").append(ClvIo.num(e.valueAtRisk())).append('}');
    }
    return sb.append("]}\n").toString();
  }

  private static String jsonText(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
