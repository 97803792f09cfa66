package io.crm4j.examples.cli;

import io.crm4j.scoring.clv.BgBbSummary;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Small CSV and JSON helpers for the {@code clv} commands (no Jackson on the start-up path). */
final class ClvIo {

  private ClvIo() {}

  /**
   * The date whose year, month and day are the 4, 2 and 2 digits at offsets {@code y}, {@code m} and
   * {@code d} of {@code text}, read without DateTimeFormatter (its first use costs more than a
   * short command's whole start-up); null when any of them is not a digit.
   *
   * @throws java.time.DateTimeException when the digits name no date, such as 2014-02-30
   */
  static @Nullable LocalDate digitDate(String text, int y, int m, int d) {
    int year = digits(text, y, 4);
    int month = digits(text, m, 2);
    int day = digits(text, d, 2);
    return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
  }

  private static int digits(String text, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = 10 * v + (c - '0');
    }
    return v;
  }

  /** Reads a summary CSV as {@link #readSummary(Path, ClvTimeUnit)} does, without a {@code --unit}. */
  static ClvSummary readSummary(Path file) {
    return readSummary(file, null);
  }

  /**
   * Reads a summary CSV: id, frequency, recency, T, (optional) monetary value and (optional) unit,
   * by header name. The unit column, as {@code clv summarize} writes it, must hold one unit on every
   * row; a file without it is in {@code given} (the command's {@code --unit}), or in weeks, the
   * default {@code clv summarize} wrote such files in. A file whose unit differs from {@code given}
   * is an error.
   */
  static ClvSummary readSummary(Path file, @Nullable ClvTimeUnit given) {
    List<String[]> rows = new ArrayList<>();
    String[] header = readCsv(file, rows);
    int id = CsvInput.columnIndex(file, List.of(header), false, "customer_id", "id");
    int f = CsvInput.columnIndex(file, List.of(header), true, "frequency", "x");
    int r = CsvInput.columnIndex(file, List.of(header), true, "recency", "t_x");
    int t = CsvInput.columnIndex(file, List.of(header), true, "T", "age");
    int m = CsvInput.columnIndex(file, List.of(header), false, "monetary_value", "zbar", "monetary");
    int u = CsvInput.columnIndex(file, List.of(header), false, "unit");
    ClvTimeUnit unit = u < 0 ? (given == null ? ClvTimeUnit.WEEKS : given) : null;
    int n = rows.size();
    String[] ids = new String[n];
    int[] freq = new int[n];
    double[] rec = new double[n];
    double[] age = new double[n];
    double[] mon = new double[n];
    for (int i = 0; i < n; i++) {
      String[] row = rows.get(i);
      ids[i] = id >= 0 ? row[id].trim() : Integer.toString(i + 1);
      freq[i] = whole(row, f, i, header);
      rec[i] = number(row, r, i, header);
      age[i] = number(row, t, i, header);
      mon[i] = m >= 0 ? number(row, m, i, header) : 0.0;
      if (u >= 0) {
        unit = rowUnit(row, u, i, unit, file);
      }
    }
    if (unit == null) {
      unit = given == null ? ClvTimeUnit.WEEKS : given;
    }
    if (given != null && unit != given) {
      throw new IllegalArgumentException("unit must be " + unit.label() + ", the unit summary " + file
          + " is in, but was " + given.label() + " (--unit)");
    }
    return ClvSummary.of(ids, freq, rec, age, mon, unit);
  }

  /** The unit of one row: a unit name, the same as the rows before ({@code unit}, null on the first row). */
  private static ClvTimeUnit rowUnit(String[] row, int col, int line, @Nullable ClvTimeUnit unit, Path file) {
    if (col >= row.length) {
      throw new IllegalArgumentException("row " + (line + 2) + " must have a unit value, but has only " + row.length
          + " fields");
    }
    ClvTimeUnit mine;
    try {
      mine = ClvTimeUnit.parse(row[col]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unit must be one of days, weeks, months, but was '"
          + CsvInput.shown(row[col].trim()) + "' in row " + (line + 2), e);
    }
    if (unit != null && mine != unit) {
      throw new IllegalArgumentException("unit must be the same on every row of " + file + ", but was "
          + unit.label() + " and then " + mine.label() + " in row " + (line + 2));
    }
    return mine;
  }

  /** Reads a BG/BB summary CSV with columns frequency, recency, periods and (optional) weights. */
  static BgBbSummary readBgBb(Path file) {
    List<String[]> rows = new ArrayList<>();
    String[] header = readCsv(file, rows);
    int f = CsvInput.columnIndex(file, List.of(header), true, "frequency", "x");
    int r = CsvInput.columnIndex(file, List.of(header), true, "recency", "t_x");
    int p = CsvInput.columnIndex(file, List.of(header), true, "periods", "n");
    int w = CsvInput.columnIndex(file, List.of(header), false, "weights", "weight");
    int n = rows.size();
    int[] freq = new int[n];
    int[] rec = new int[n];
    int[] per = new int[n];
    double[] wt = new double[n];
    for (int i = 0; i < n; i++) {
      String[] row = rows.get(i);
      freq[i] = whole(row, f, i, header);
      rec[i] = whole(row, r, i, header);
      per[i] = whole(row, p, i, header);
      wt[i] = w >= 0 ? number(row, w, i, header) : 1.0;
    }
    return BgBbSummary.of(freq, rec, per, wt);
  }

  /** Reads {@code file} through {@link CsvInput}: its header, and its records added to {@code rows}. */
  private static String[] readCsv(Path file, List<String[]> rows) {
    try (CsvInput.Source source = CsvInput.open(file)) {
      List<String> r;
      while ((r = source.next()) != null) {
        rows.add(r.toArray(new String[0]));
      }
      return source.header().toArray(new String[0]);
    }
  }

  /** A finite number from a summary cell: NaN and infinities are errors, not values. */
  private static double number(String[] row, int col, int line, String[] header) {
    String name = header[col].trim();
    if (col >= row.length) {
      throw new IllegalArgumentException("row " + (line + 2) + " must have a " + name + " value, but has only "
          + row.length + " fields");
    }
    String text = row[col].trim();
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, but was '" + CsvInput.shown(text) + "' in row "
          + (line + 2), e);
    }
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number, but was '" + CsvInput.shown(text)
          + "' in row " + (line + 2));
    }
    return v;
  }

  /** A count from a summary cell: a whole number in int range, never truncated ("2.9" is an error, not 2). */
  private static int whole(String[] row, int col, int line, String[] header) {
    double v = number(row, col, line, header);
    if (v != Math.rint(v)) {
      throw new IllegalArgumentException(header[col].trim() + " must be a whole number, but was '" + row[col].trim()
          + "' in row " + (line + 2));
    }
    return wholeInRange(v, header[col].trim(), "'" + row[col].trim() + "' in row " + (line + 2));
  }

  /**
   * {@code v}, a whole number, as an int; an error naming {@code name} and {@code was} when it
   * lies outside the int range (a cast would clamp 3e9 to 2147483647).
   */
  static int wholeInRange(double v, String name, String was) {
    if (v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " must be at most " + Integer.MAX_VALUE + ", but was " + was);
    }
    if (v < Integer.MIN_VALUE) {
      throw new IllegalArgumentException(name + " must be at least " + Integer.MIN_VALUE + ", but was " + was);
    }
    return (int) v;
  }

  /**
   * Prints {@code body} to standard output when {@code out} is null, else to {@code out} through
   * {@link CliOutput#write}: whole or not at all, and never over one of {@code inputs}.
   */
  static void emit(@Nullable Path out, PrintWriter stdout, Consumer<PrintWriter> body, @Nullable Path... inputs) {
    if (out == null) {
      body.accept(stdout);
      stdout.flush();
    } else {
      CliOutput.write(out, body, inputs);
    }
  }

  /** Formats a double for CSV and JSON output (shortest round-trip form, never NaN). */
  static String num(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalStateException("result must be finite, but was " + v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** A number as a person wrote it for an error message: 3000000000 rather than 3.0E9, NaN as NaN. */
  static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e18 ? Long.toString((long) v) : Double.toString(v);
  }

  /** A flat JSON object of numbers, e.g. {"r":0.24,"alpha":4.4}. */
  static String jsonNumbers(Map<String, Double> values) {
    StringBuilder sb = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, Double> e : values.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('"').append(e.getKey()).append("\":").append(num(e.getValue()));
    }
    return sb.append('}').toString();
  }

  /** The named parameter, or an exception naming what is missing. */
  static double param(Map<String, Double> params, String name, Path file) {
    Double v = params.get(name);
    if (v == null) {
      throw new IllegalArgumentException("params must contain " + name + ", but " + file + " has " + params.keySet());
    }
    return v;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
