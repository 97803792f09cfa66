package io.crm4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crm4j.core.money.Money;
import io.crm4j.scoring.forecast.SeasonalIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seasonal}: seasonal indexes and the seasonal split of an annual target. */
@Command(
    name = "seasonal",
    mixinStandardHelpOptions = true,
    description = "Computes seasonal indexes (index of month m = average of month m / overall monthly "
        + "average x 100 %%) from at least 24 consecutive months of sales, and splits --target "
        + "over the months (or quarters) in proportion, to the cent: leftover cents go to the "
        + "largest remainders, earlier season first on ties. Writes CSV "
        + "month,index_percent,target to --out (then a JSON summary to stdout) or to stdout.")
final class SeasonalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--monthly", required = true,
      description = "CSV with a header line: month (YYYY-MM) and sales, consecutive months in order.")
  Path monthly;

  @Option(names = "--target", required = true, description = "Annual target, a decimal >= 0.")
  BigDecimal target;

  @Option(names = "--currency", defaultValue = "CNY", description = "ISO 4217 currency of the target (default: ${DEFAULT-VALUE}).")
  String currency;

  @Option(names = "--month-col", defaultValue = "month", description = "Column holding the month (default: ${DEFAULT-VALUE}).")
  String monthCol;

  @Option(names = "--sales-col", defaultValue = "sales", description = "Column holding the sales (default: ${DEFAULT-VALUE}).")
  String salesCol;

  @Option(names = "--quarterly", description = "Quarterly indexes (1-4, summing to 400 %%) instead of monthly ones.")
  boolean quarterly;

  @Option(names = "--out", description = "Write the CSV here instead of stdout.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Currency cur;
    try {
      cur = Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--currency must be an ISO 4217 code, but was '" + currency + "'", e);
    }
    if (target.signum() < 0 || target.compareTo(CsvInput.MAX_DECIMAL) > 0
        || target.stripTrailingZeros().scale() > cur.getDefaultFractionDigits()) {
      throw new IllegalArgumentException("--target must be in [0, 1e15] with at most " + cur.getDefaultFractionDigits()
          + " decimals for " + cur.getCurrencyCode() + ", but was '" + CsvInput.shown(target.toString()) + "'");
    }
    Money annual = Money.of(target, cur);
    YearMonth first = null;
    List<Double> sales = new ArrayList<>();
    try (CsvInput.Source source = CsvInput.open(monthly)) {
      int m = source.column(monthCol, "--month-col");
      int s = source.column(salesCol, "--sales-col");
      long record = 0;
      double total = 0;
      List<String> r;
      while ((r = source.next()) != null) {
        record++;
        YearMonth month = month(CsvInput.field(r, m, monthCol, record), record);
        if (first == null) {
          first = month;
        } else if (!month.equals(first.plusMonths(sales.size()))) {
          throw new IllegalArgumentException("months must be consecutive, but record " + record + " was " + month
              + " after " + first.plusMonths(sales.size() - 1));
        }
        String text = CsvInput.field(r, s, salesCol, record);
        double v = CsvInput.number(text, salesCol, record);
        total += v;
        if (!Double.isFinite(total)) {
          throw new IllegalArgumentException(salesCol + " must add up to a finite total (below 1.8e308), but the total"
              + " went beyond it at record " + record);
        }
        sales.add(v);
      }
    }
    if (first == null) {
      throw new IllegalArgumentException("--monthly must hold at least 24 months, but " + monthly + " had none");
    }
    double[] values = sales.stream().mapToDouble(Double::doubleValue).toArray();
    SeasonalIndex index = quarterly ? SeasonalIndex.quarterly(first, values) : SeasonalIndex.monthly(first, values);
    List<Money> targets = index.targets(annual);
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      writeCsv(index, targets, w);
      w.flush();
    } else {
      CliOutput.write(out, w -> writeCsv(index, targets, w), monthly);
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("firstMonth", first.toString());
      summary.put("months", values.length);
      summary.put("seasons", index.seasons());
      summary.put("indexPercentSum", index.indexPercents().stream().mapToDouble(Double::doubleValue).sum());
      summary.put("target", annual.amount().toPlainString());
      summary.put("currency", annual.currency().getCurrencyCode());
      summary.put("targetsSum", targets.stream().reduce(Money.zero(cur), Money::plus).amount().toPlainString());
      summary.put("out", out.toString());
      PrintWriter w = spec.commandLine().getOut();
      w.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
      w.flush();
    }
    return 0;
  }

  private static YearMonth month(String text, long record) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("month in record " + record + " must look like 2024-03, but was '" + text + "'", e);
    }
  }

  private static void writeCsv(SeasonalIndex index, List<Money> targets, PrintWriter w) {
    w.println("month,index_percent,target");
    for (int s = 1; s <= index.seasons(); s++) {
      w.println(s + "," + BigDecimal.valueOf(index.indexPercent(s)).setScale(4, RoundingMode.HALF_EVEN).toPlainString()
          + ',' + targets.get(s - 1).amount().toPlainString());
    }
  }
}
