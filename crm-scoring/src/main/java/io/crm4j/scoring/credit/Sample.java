package io.crm4j.scoring.credit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A table of cases (credit applicants, customers) for building and checking scorecards: named columns of text
 * values, one row per case. A column is numeric when every value parses as a finite decimal
 * number. (Scorecard binning reads blank cells as missing values, so there a column is numeric when
 * every non-blank value parses; see {@link VariableBinning#of}.)
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Sample {

  private static final int LABELS_SHOWN = 10;

  private final List<String> columns;
  private final Map<String, Integer> index;
  private final String[][] values; // column-major

  private Sample(List<String> columns, String[][] values) {
    this.columns = List.copyOf(columns);
    this.values = values;
    this.index = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      if (index.put(columns.get(i), i) != null) {
        throw new IllegalArgumentException("columns must be unique, but '" + columns.get(i) + "' repeats");
      }
    }
  }

  /**
   * Returns a sample from a header and rows of text values.
   *
   * @throws IllegalArgumentException if a row's length differs from the header's
   */
  public static Sample of(List<String> columns, List<List<String>> rows) {
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(rows, "rows");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("columns must not be empty, but was []");
    }
    String[][] values = new String[columns.size()][rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = Objects.requireNonNull(rows.get(r), "rows[" + r + "]");
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("rows[" + r + "] must have " + columns.size()
            + " values like the header, but had " + row.size());
      }
      for (int c = 0; c < row.size(); c++) {
        values[c][r] = Objects.requireNonNull(row.get(c), "rows[" + r + "][" + c + "]");
      }
    }
    return new Sample(columns, values);
  }

  /**
   * Reads comma-separated values with a header line. Fields may be enclosed in double quotes
   * (needed when they contain commas or quotes; a quote inside is written twice) but may not span
   * lines. Blank lines are skipped. The reader is not closed.
   *
   * @throws IllegalArgumentException if the text is empty or a row has the wrong number of fields
   * @throws UncheckedIOException if reading fails
   */
  public static Sample readCsv(Reader in) {
    Objects.requireNonNull(in, "in");
    List<List<String>> lines = new ArrayList<>();
    try {
      BufferedReader reader = new BufferedReader(in);
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          lines.add(splitCsvLine(line, lines.size() + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("in must hold a header line, but was empty");
    }
    return of(lines.get(0), lines.subList(1, lines.size()));
  }

  static List<String> splitCsvLine(String line, int lineNumber) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("line " + lineNumber + " must close its quotes, but ended inside a quoted field");
    }
    fields.add(field.toString());
    return fields;
  }

  /** The column names in order. */
  public List<String> columns() {
    return columns;
  }

  /** The number of rows. */
  public int size() {
    return values[0].length;
  }

  /** Returns true if the sample has a column with this name. */
  public boolean hasColumn(String name) {
    return index.containsKey(Objects.requireNonNull(name, "name"));
  }

  /** The text values of a column, a fresh copy. */
  public String[] column(String name) {
    return values[indexOf(name)].clone();
  }

  /** The value in the given row and column. */
  public String value(int row, String column) {
    String[] col = values[indexOf(column)];
    if (row < 0 || row >= col.length) {
      throw new IndexOutOfBoundsException("row must be in [0, " + col.length + "), but was " + row);
    }
    return col[row];
  }

  /** Returns true when every value of the column parses as a finite decimal number. */
  public boolean isNumeric(String name) {
    for (String v : values[indexOf(name)]) {
      if (Double.isNaN(parseOrNaN(v))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The values of a numeric column.
   *
   * @throws IllegalArgumentException if a value is not a finite number
   */
  public double[] numericColumn(String name) {
    String[] col = values[indexOf(name)];
    double[] out = new double[col.length];
    for (int i = 0; i < col.length; i++) {
      out[i] = parseOrNaN(col[i]);
      if (Double.isNaN(out[i])) {
        throw new IllegalArgumentException("column '" + name + "' must be numeric, but row " + i
            + " was '" + col[i] + "'");
      }
    }
    return out;
  }

  /**
   * Marks each row good or bad from the target column.
   *
   * @param target the target column
   * @param goodValue the target value that marks a good case; every other value is bad
   * @throws IllegalArgumentException if the target is not a column, or if no row or every row has
   *     {@code goodValue} (the message names the target column, the value and the values seen)
   */
  public boolean[] goodFlags(String target, String goodValue) {
    return labelFlags(target, goodValue, "goodValue", "bad cases");
  }

  /**
   * Marks the rows whose target value is {@code label}; {@code labelName} names the label's
   * parameter and {@code otherCases} the other class in the messages.
   */
  boolean[] labelFlags(String target, String label, String labelName, String otherCases) {
    Objects.requireNonNull(label, labelName);
    String[] col = values[indexOf(target)];
    boolean[] marked = new boolean[col.length];
    int count = 0;
    for (int i = 0; i < col.length; i++) {
      marked[i] = label.equals(col[i]);
      count += marked[i] ? 1 : 0;
    }
    if (count == 0) {
      throw new IllegalArgumentException(labelName + " must match some value of target column '" + target
          + "', but '" + label + "' matched none of " + col.length + " rows; the column holds " + labels(col));
    }
    if (count == col.length) {
      throw new IllegalArgumentException("target column '" + target + "' must hold " + otherCases + " (values other"
          + " than " + labelName + " '" + label + "'), but all " + col.length + " rows were '" + label + "'");
    }
    return marked;
  }

  /** The distinct values of a column, sorted; at most {@value #LABELS_SHOWN} and a count of the rest. */
  private static String labels(String[] col) {
    TreeSet<String> distinct = new TreeSet<>(Arrays.asList(col));
    List<String> shown = distinct.stream().limit(LABELS_SHOWN).map(v -> "'" + v + "'").toList();
    int rest = distinct.size() - shown.size();
    return "[" + String.join(", ", shown) + (rest > 0 ? ", ... " + rest + " more" : "") + "]";
  }

  /** One row as a map from column name to text value. */
  public Map<String, String> row(int row) {
    if (row < 0 || row >= size()) {
      throw new IndexOutOfBoundsException("row must be in [0, " + size() + "), but was " + row);
    }
    Map<String, String> out = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      out.put(columns.get(c), values[c][row]);
    }
    return out;
  }

  private int indexOf(String name) {
    Integer i = index.get(Objects.requireNonNull(name, "name"));
    if (i == null) {
      throw new IllegalArgumentException("column must be one of " + columns + ", but was '" + name + "'");
    }
    return i;
  }

  static double parseOrNaN(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return Double.NaN;
    }
    char first = t.charAt(0);
    if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.')) {
      return Double.NaN;
    }
    try {
      double d = Double.parseDouble(t);
      return Double.isFinite(d) ? d : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
