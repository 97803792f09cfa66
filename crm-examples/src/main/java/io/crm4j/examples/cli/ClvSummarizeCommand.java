package io.crm4j.examples.cli;

import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.TransactionSummarizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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

  @Option(names = "--delimiter", defaultValue = ",", description = "',' or 'whitespace' (default ${DEFAULT-VALUE}).")
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

  private @Nullable DateTimeFormatter formatter;

  @Override
  public Integer call() {
    ClvSummary summary = summary();
    ClvIo.emit(out, FastStart.out(spec), w -> writeSummary(w, summary), transactions);
    return 0;
  }

  /** Reads the transaction log and summarizes it as the options say ({@code retention worklist} uses it too). */
  ClvSummary summary() {
    boolean whitespace = switch (delimiter) {
      case ",", "comma" -> false;
      case "whitespace", " ", "\\s" -> true;
      default -> throw new IllegalArgumentException("delimiter must be ',' or 'whitespace', but was '" + delimiter + "'");
    };
    ClvTimeUnit timeUnit = ClvTimeUnit.parse(unit);
    List<String> ids = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    double[] amounts = new double[1024];
    try (BufferedReader in = CliFiles.reader(transactions)) {
      String[] names = columnNames == null ? null : columnNames.toArray(new String[0]);
      String line;
      int lineNo = 0;
      int idCol = -1;
      int dateIdx = -1;
      int amountIdx = -1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] fields = ClvIo.split(lineNo == 1 ? CsvInput.stripBom(line) : line, whitespace);
        if (idCol < 0) {
          if (!noHeader && names == null) {
            names = fields;
          } else if (names == null) {
            throw new IllegalArgumentException("column-names must be given with --no-header, but were not");
          }
          idCol = index(names, customerCol, "customer-col");
          dateIdx = index(names, dateCol, "date-col");
          amountIdx = amountCol == null ? -1 : index(names, amountCol, "amount-col");
          if (!noHeader) {
            continue;
          }
        }
        int need = Math.max(idCol, Math.max(dateIdx, amountIdx));
        if (fields.length <= need) {
          throw new IllegalArgumentException("line " + lineNo + " must have at least " + (need + 1)
              + " fields, but has " + fields.length);
        }
        String id = fields[idCol].trim();
        if (id.isEmpty()) {
          throw new IllegalArgumentException("customer id (column " + customerCol + ") must not be blank, but was on line "
              + lineNo);
        }
        ids.add(id);
        try {
          dates.add(parseDate(fields[dateIdx].trim()));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("date must match " + dateFormat + ", but was '" + fields[dateIdx]
              + "' on line " + lineNo, e);
        }
        if (ids.size() > amounts.length) {
          amounts = Arrays.copyOf(amounts, amounts.length * 2);
        }
        if (amountIdx >= 0) {
          String text = fields[amountIdx].trim();
          double amount;
          try {
            amount = Double.parseDouble(text);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a number, but was '" + text + "' on line " + lineNo, e);
          }
          if (!Double.isFinite(amount) || amount < 0) {
            throw new IllegalArgumentException("amount must be a finite number >= 0, but was '" + text + "' on line "
                + lineNo);
          }
          amounts[ids.size() - 1] = amount;
        }
      }
    } catch (IOException e) {
      throw CliFiles.cannotRead(transactions, e);
    }
    return TransactionSummarizer.custom(calibrationEnd).unit(timeUnit).build()
        .summarize(ids.toArray(new String[0]), dates.toArray(new LocalDate[0]), Arrays.copyOf(amounts, ids.size()));
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

  /**
   * Parses a date; with the default ISO pattern a trailing time of day ("2014-03-08 00:00:00" or
   * "2014-03-08T10:00") is ignored, since only the calendar day matters.
   */
  private LocalDate parseDate(String text) {
    boolean iso = "yyyy-MM-dd".equals(dateFormat);
    if (iso && text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == 'T')) {
      return parseDate(text.substring(0, 10));
    }
    // the two common patterns by hand: DateTimeFormatter's first use loads and runs much more code
    // than a short command can afford (docs/performance.md, start-up)
    if (iso && text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      return date(text, 0, 5, 8);
    }
    if ("yyyyMMdd".equals(dateFormat) && text.length() == 8) {
      return date(text, 0, 4, 6);
    }
    return LocalDate.parse(text, formatter());
  }

  /** yyyy, MM and dd at the given offsets; text with other characters goes to the formatter. */
  private LocalDate date(String text, int y, int m, int d) {
    LocalDate date;
    try {
      date = ClvIo.digitDate(text, y, m, d);
    } catch (DateTimeException e) {
      // strict: 2014-02-30 is bad data, not 2014-02-28 as the formatter's smart resolver would read it
      throw new DateTimeParseException(e.getMessage(), text, 0, e);
    }
    return date != null ? date : LocalDate.parse(text, formatter());
  }

  private DateTimeFormatter formatter() {
    DateTimeFormatter f = formatter;
    if (f == null) {
      f = "yyyyMMdd".equals(dateFormat) ? DateTimeFormatter.BASIC_ISO_DATE : DateTimeFormatter.ofPattern(dateFormat);
      formatter = f;
    }
    return f;
  }

  private static int index(String[] names, String column, String option) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].trim().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(option + " must name one of the columns " + String.join(",", names)
        + ", but was '" + column + "'");
  }
}
