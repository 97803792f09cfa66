package io.crm4j.examples.cli;

import io.crm4j.examples.analysis.TransactionLog;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.TransactionSummarizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clv summarize}: transaction log to the per-customer summary CSV. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = "Summarize a transaction log into customer_id,frequency,recency,T,monetary_value,unit (CSV).")
public final class ClvSummarizeCommand implements FastStart.StartsFast {

  @CommandLine.Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  @Option(names = "--transactions", required = true, description = "Transaction file.")
  Path transactions;

  @Option(names = "--customer-col", required = true, description = "Column with the customer id.")
  String customerCol;

  @Option(names = "--date-col", required = true, description = "Column with the purchase date.")
  String dateCol;

  @Option(names = "--amount-col", description = "Column with the amount (monetary value is 0 without it).")
  @Nullable String amountCol;

  @Option(names = "--date-format", defaultValue = "yyyy-MM-dd", description = "Date pattern (default ${DEFAULT-VALUE}; a time of day after it is ignored).")
  String dateFormat;

  @Option(names = "--delimiter", defaultValue = ",", description = "',', ';', 'tab' or 'whitespace' (default ${DEFAULT-VALUE}).")
  String delimiter;

  @Option(names = "--no-header", description = "The file has no header line.")
  boolean noHeader;

  @Option(names = "--column-names", split = ",", description = "Column names, comma-separated (for files without header).")
  @Nullable List<String> columnNames;

  @Option(names = "--calibration-end", required = true, description = "Last day of calibration, YYYY-MM-DD.")
  LocalDate calibrationEnd;

  @Option(names = "--unit", defaultValue = "weeks", description = "days, weeks or months (default ${DEFAULT-VALUE}).")
  String unit;

  @Option(names = "--out", description = "CSV output file (default standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    ClvSummary summary = summary();
    ClvIo.emit(out, FastStart.out(spec), w -> writeSummary(w, summary), transactions);
    return 0;
  }

  /** Reads the transaction log and summarizes it as the options say ({@code retention worklist} uses it too). */
  ClvSummary summary() {
    ClvTimeUnit timeUnit = ClvTimeUnit.parse(unit);
    if (noHeader && columnNames == null) {
      throw new IllegalArgumentException("column-names must be given with --no-header, but were not");
    }
    // one reader for every command: quotes, a byte-order mark, bounded amounts and one-line errors
    // as everywhere else (TransactionLogInput over CsvInput)
    TransactionLog log = TransactionLogInput.read(transactions, customerCol, dateCol, amountCol,
        new TransactionLog.Format(delimiter, dateFormat, noHeader ? columnNames : null), rows -> { });
    return log.summarize(TransactionSummarizer.custom(calibrationEnd).unit(timeUnit).build());
  }

  static void writeSummary(PrintWriter w, ClvSummary s) {
    StringBuilder sb = new StringBuilder(s.size() * 40);
    sb.append("customer_id,frequency,recency,T,monetary_value,unit\n");
    String unit = ',' + s.unit().label() + '\n';
    for (int i = 0; i < s.size(); i++) {
      sb.append(s.id(i)).append(',').append(s.frequency(i)).append(',').append(ClvIo.num(s.recency(i))).append(',')
          .append(ClvIo.num(s.age(i))).append(',').append(ClvIo.num(s.monetaryValue(i))).append(unit);
    }
    w.print(sb);
  }
}
