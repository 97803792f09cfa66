package io.crm4j.examples.cli;

import io.crm4j.examples.analysis.TransactionLog;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a transaction log for {@code analyze} and {@code import} through {@link CsvInput}, so that a
 * byte-order mark, quoted fields, bounded numbers and one-line errors behave as in every other
 * command. The delimiter (comma, semicolon, tab or runs of white space) and the date pattern are
 * detected from the file unless given; a time of day after the date is ignored. Ten million rows go
 * straight into a {@link TransactionLog.Builder}'s columns.
 */
final class TransactionLogInput {

  /** Date patterns tried, in order, when none is given. */
  static final List<String> DATE_PATTERNS = List.of("yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "dd.MM.yyyy",
      "MM/dd/yyyy");

  private @Nullable String datePattern;
  private @Nullable DateTimeFormatter formatter;

  private TransactionLogInput(@Nullable String datePattern) {
    this.datePattern = datePattern;
  }

  /**
   * Reads the log.
   *
   * @param file the delimited text file (UTF-8; a byte-order mark is skipped)
   * @param amountCol the column of the amount, or null for a log without amounts
   * @param format delimiter, date pattern and column names (for a file without header), each detected where null
   * @param progress told the number of rows read every million rows
   * @throws IllegalArgumentException naming the record, column and value of the first bad field
   */
  static TransactionLog read(Path file, String customerCol, String dateCol, @Nullable String amountCol,
      TransactionLog.Format format, LongConsumer progress) {
    Objects.requireNonNull(format, "format");
    TransactionLogInput dates = new TransactionLogInput(format.datePattern());
    TransactionLog.Builder log = TransactionLog.builder();
    try (CsvInput.Source source = CsvInput.open(file, format.delimiter(), format.columnNames())) {
      int idCol = source.column(customerCol, "customer-col");
      int dCol = source.column(dateCol, "date-col");
      int aCol = amountCol == null ? -1 : source.column(amountCol, "amount-col");
      List<String> r;
      while ((r = source.next()) != null) {
        long record = source.line();
        String id = CsvInput.field(r, idCol, customerCol, record);
        int day = dates.day(CsvInput.field(r, dCol, dateCol, record), record);
        double amount = aCol < 0 ? 0 : amount(CsvInput.field(r, aCol, amountCol, record), amountCol, record);
        if (id.isEmpty()) {
          throw new IllegalArgumentException(customerCol + " in record " + record + " must not be blank, but was ''");
        }
        log.add(id, day, amount);
        if (log.size() % 1_000_000 == 0) {
          progress.accept(log.size());
        }
      }
    }
    if (log.size() == 0) {
      throw new IllegalArgumentException("transactions must hold at least one row, but " + file + " has none");
    }
    return log.build(amountCol != null);
  }

  /** An amount: a finite number in [0, 1e15], the bound of {@link CsvInput#decimal}. */
  private static double amount(String text, String column, long record) {
    double v = CsvInput.number(text, column, record);
    if (!(v >= 0) || v > CsvInput.MAX_DECIMAL.doubleValue()) {
      throw new IllegalArgumentException(column + " in record " + record + " must be in [0, 1e15], but was '"
          + CsvInput.shown(text) + "'");
    }
    return v;
  }

  /** The epoch day of a date field, in the given or the detected pattern. */
  private int day(String text, long record) {
    String day = text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == 'T') ? text.substring(0, 10)
        : text;
    if (datePattern == null) {
      datePattern = detect(day, record);
    }
    try {
      return Math.toIntExact(parse(day).toEpochDay());
    } catch (DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException("date-col must be a date as " + datePattern + " in record " + record
          + ", but was '" + CsvInput.shown(text) + "'", e);
    }
  }

  private LocalDate parse(String text) {
    int length = text.length();
    if ("yyyy-MM-dd".equals(datePattern) && length == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
    }
    if ("yyyyMMdd".equals(datePattern) && length == 8) {
      return LocalDate.of(digits(text, 0, 4), digits(text, 4, 2), digits(text, 6, 2));
    }
    DateTimeFormatter f = formatter;
    if (f == null) {
      try {
        f = DateTimeFormatter.ofPattern(Objects.requireNonNull(datePattern).replace("yyyy", "uuuu"))
            .withResolverStyle(ResolverStyle.STRICT);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("date-format must be a date pattern such as yyyy-MM-dd, but was '"
            + CsvInput.shown(datePattern) + "'", e);
      }
      formatter = f;
    }
    return LocalDate.parse(text, f);
  }

  private static int digits(String text, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeParseException("not a digit", text, i);
      }
      v = 10 * v + (c - '0');
    }
    return v;
  }

  private String detect(String text, long record) {
    for (String pattern : DATE_PATTERNS) {
      datePattern = pattern;
      formatter = null;
      try {
        parse(text);
        return pattern;
      } catch (DateTimeException e) {
        // try the next pattern
      }
    }
    throw new IllegalArgumentException("date-col must be a date in one of " + DATE_PATTERNS + " (or give "
        + "--date-format) in record " + record + ", but was '" + CsvInput.shown(text) + "'");
  }
}
