package io.crm4j.examples.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A transaction log held as columns: for row {@code k}, customer {@code customer(k)} (an index into
 * {@link #customerIds()}, numbered in order of first appearance), the purchase day {@code day(k)} as
 * an epoch day and the amount {@code amount(k)} (0 when the log has no amount column). Ten million
 * rows take three primitive arrays and one string per distinct customer.
 *
 * <p>{@link #read} reads a delimited text file with a header line (or named columns). The delimiter
 * (comma, semicolon, tab or runs of spaces) and the date pattern are detected from the file unless
 * given. Immutable once read.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TransactionLog {

  /** Date patterns tried, in order, when none is given; a time of day after the date is ignored. */
  static final List<String> DATE_PATTERNS = List.of("yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "dd.MM.yyyy",
      "MM/dd/yyyy");

  private final List<String> customerIds;
  private final int[] customer;
  private final int[] day;
  private final double[] amount;
  private final boolean hasAmounts;

  private TransactionLog(List<String> customerIds, int[] customer, int[] day, double[] amount, boolean hasAmounts) {
    this.customerIds = customerIds;
    this.customer = customer;
    this.day = day;
    this.amount = amount;
    this.hasAmounts = hasAmounts;
  }

  /** How to read the file; null fields are detected. */
  public record Format(@Nullable String delimiter, @Nullable String datePattern, @Nullable List<String> columnNames) {
    /** Everything detected: a header line names the columns. */
    public static Format detect() {
      return new Format(null, null, null);
    }
  }

  /**
   * Reads the log.
   *
   * @param file the delimited text file (UTF-8; a byte-order mark is skipped)
   * @param customerCol the column of the customer id
   * @param dateCol the column of the purchase date
   * @param amountCol the column of the amount, or null for a log without amounts
   * @param format delimiter, date pattern and column names, each detected where null
   * @param progress told the number of rows read every million rows
   * @throws IllegalArgumentException naming the line, column and value of the first bad field
   * @throws UncheckedIOException when the file cannot be read
   */
  public static TransactionLog read(Path file, String customerCol, String dateCol, @Nullable String amountCol,
      Format format, LongConsumer progress) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(customerCol, "customerCol");
    Objects.requireNonNull(dateCol, "dateCol");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(progress, "progress");
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder),
        1 << 16)) {
      return new Reader(file, customerCol, dateCol, amountCol, format, progress).read(in);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("transactions must name a readable file, but " + file + " does not exist", e);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("transactions must be UTF-8 text, but " + file + " is not", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A log of purchases (in one currency); the day of each is taken in UTC, the customers are
   * numbered in order of first appearance.
   */
  public static TransactionLog ofPurchases(List<io.crm4j.core.activity.Purchase> purchases) {
    Objects.requireNonNull(purchases, "purchases");
    Map<String, Integer> index = new HashMap<>();
    List<String> ids = new ArrayList<>();
    int n = purchases.size();
    int[] customer = new int[n];
    int[] day = new int[n];
    double[] amount = new double[n];
    for (int k = 0; k < n; k++) {
      io.crm4j.core.activity.Purchase p = Objects.requireNonNull(purchases.get(k), "purchases[" + k + "]");
      customer[k] = index.computeIfAbsent(p.customerId().value(), id -> {
        ids.add(id);
        return ids.size() - 1;
      });
      day[k] = Math.toIntExact(Math.floorDiv(p.at().getEpochSecond(), 86_400L));
      amount[k] = p.amount().amount().doubleValue();
    }
    return of(ids, customer, day, amount);
  }

  /** A log from columns (copied); for tests and callers that hold the data already. */
  public static TransactionLog of(List<String> customerIds, int[] customer, int[] day, double @Nullable [] amount) {
    Objects.requireNonNull(customerIds, "customerIds");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(day, "day");
    if (day.length != customer.length || (amount != null && amount.length != customer.length)) {
      throw new IllegalArgumentException("columns must have equal lengths, but were customer " + customer.length
          + ", day " + day.length + ", amount " + (amount == null ? "none" : amount.length));
    }
    for (int k = 0; k < customer.length; k++) {
      if (customer[k] < 0 || customer[k] >= customerIds.size()) {
        throw new IllegalArgumentException("customer[" + k + "] must be in [0, " + customerIds.size()
            + "), but was " + customer[k]);
      }
      if (amount != null && !(amount[k] >= 0 && Double.isFinite(amount[k]))) {
        throw new IllegalArgumentException("amount[" + k + "] must be finite and >= 0, but was " + amount[k]);
      }
    }
    return new TransactionLog(List.copyOf(customerIds), customer.clone(), day.clone(),
        amount == null ? new double[customer.length] : amount.clone(), amount != null);
  }

  public int size() {
    return customer.length;
  }

  /** Distinct customer ids, in order of first appearance. */
  public List<String> customerIds() {
    return customerIds;
  }

  public int customer(int row) {
    return customer[row];
  }

  /** The purchase day of a row, as an epoch day. */
  public int day(int row) {
    return day[row];
  }

  public double amount(int row) {
    return amount[row];
  }

  /** The customer column itself, for this package's passes over ten million rows; not to be changed. */
  int[] customerColumn() {
    return customer;
  }

  /** The amount column itself; not to be changed. */
  double[] amountColumn() {
    return amount;
  }

  /** Whether the log has an amount column. */
  public boolean hasAmounts() {
    return hasAmounts;
  }

  /** The first purchase day in the log. */
  public LocalDate firstDay() {
    int first = Integer.MAX_VALUE;
    for (int d : day) {
      first = Math.min(first, d);
    }
    return LocalDate.ofEpochDay(first);
  }

  /** The last purchase day in the log. */
  public LocalDate lastDay() {
    int last = Integer.MIN_VALUE;
    for (int d : day) {
      last = Math.max(last, d);
    }
    return LocalDate.ofEpochDay(last);
  }

  /** Reads one file; holds the growing columns. */
  private static final class Reader {
    private final Path file;
    private final String customerCol;
    private final String dateCol;
    private final @Nullable String amountCol;
    private final Format format;
    private final LongConsumer progress;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private int[] customer = new int[1 << 12];
    private int[] day = new int[1 << 12];
    private double[] amount = new double[1 << 12];
    private int n;
    private @Nullable String datePattern;
    private @Nullable DateTimeFormatter formatter;

    Reader(Path file, String customerCol, String dateCol, @Nullable String amountCol, Format format,
        LongConsumer progress) {
      this.file = file;
      this.customerCol = customerCol;
      this.dateCol = dateCol;
      this.amountCol = amountCol;
      this.format = format;
      this.progress = progress;
      this.datePattern = format.datePattern();
    }

    TransactionLog read(BufferedReader in) throws IOException {
      String line = nextNonBlank(in);
      if (line == null) {
        throw new IllegalArgumentException("transactions must have a header line, but " + file + " is empty");
      }
      if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      Splitter splitter = Splitter.of(format.delimiter(), line);
      String[] names;
      int lineNo = 1;
      if (format.columnNames() != null) {
        names = format.columnNames().toArray(new String[0]);
      } else {
        names = splitter.split(line);
        line = in.readLine();
        lineNo++;
      }
      int idCol = column(names, customerCol, "customer-col");
      int dCol = column(names, dateCol, "date-col");
      int aCol = amountCol == null ? -1 : column(names, amountCol, "amount-col");
      int need = Math.max(idCol, Math.max(dCol, aCol));
      for (; line != null; line = in.readLine(), lineNo++) {
        if (line.isBlank()) {
          continue;
        }
        String[] fields = splitter.split(line);
        if (fields.length <= need) {
          throw new IllegalArgumentException("line " + lineNo + " must have at least " + (need + 1)
              + " fields, but has " + fields.length);
        }
        add(fields[idCol].trim(), date(fields[dCol].trim(), lineNo), aCol < 0 ? 0 : amount(fields[aCol].trim(), lineNo));
        if (n % 1_000_000 == 0) {
          progress.accept(n);
        }
      }
      if (n == 0) {
        throw new IllegalArgumentException("transactions must hold at least one row, but " + file + " has none");
      }
      index.clear(); // before the columns are trimmed: the map is as large as they are
      return new TransactionLog(List.copyOf(ids), Arrays.copyOf(customer, n), Arrays.copyOf(day, n),
          Arrays.copyOf(amount, n), aCol >= 0);
    }

    private static @Nullable String nextNonBlank(BufferedReader in) throws IOException {
      String line;
      do {
        line = in.readLine();
      } while (line != null && line.isBlank());
      return line;
    }

    private void add(String id, int epochDay, double value) {
      if (id.isEmpty()) {
        throw new IllegalArgumentException("customer-col must not be empty, but was on row " + (n + 1));
      }
      Integer k = index.get(id);
      if (k == null) {
        k = ids.size();
        index.put(id, k);
        ids.add(id);
      }
      if (n == customer.length) {
        int grown = n + (n >> 1);
        customer = Arrays.copyOf(customer, grown);
        day = Arrays.copyOf(day, grown);
        amount = Arrays.copyOf(amount, grown);
      }
      customer[n] = k;
      day[n] = epochDay;
      amount[n] = value;
      n++;
    }

    private double amount(String text, int lineNo) {
      double v;
      try {
        v = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("amount-col must be a number on line " + lineNo + ", but was '"
            + abbreviate(text) + "'", e);
      }
      if (!(v >= 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException("amount-col must be finite and >= 0 on line " + lineNo + ", but was '"
            + abbreviate(text) + "'");
      }
      return v;
    }

    private int date(String text, int lineNo) {
      String day = text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == 'T') ? text.substring(0, 10)
          : text;
      if (datePattern == null) {
        datePattern = detect(day, lineNo);
      }
      try {
        return Math.toIntExact(parse(day).toEpochDay());
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("date-col must be a date as " + datePattern + " on line " + lineNo
            + ", but was '" + abbreviate(text) + "'", e);
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
        f = DateTimeFormatter.ofPattern(Objects.requireNonNull(datePattern).replace("yyyy", "uuuu"))
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
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

    private String detect(String text, int lineNo) {
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
          + "--date-format) on line " + lineNo + ", but was '" + abbreviate(text) + "'");
    }

    private static int column(String[] names, String column, String option) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].trim().equals(column)) {
          return i;
        }
      }
      throw new IllegalArgumentException(option + " must name one of the columns " + Arrays.toString(names)
          + ", but was '" + abbreviate(column) + "'");
    }
  }

  /** Long field values are cut in messages: a bad file must not flood the terminal. */
  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** Splits a line on the delimiter; whitespace delimiting also drops leading and trailing blanks. */
  private record Splitter(char delimiter, boolean whitespace) {
    static Splitter of(@Nullable String delimiter, String header) {
      if (delimiter == null) {
        for (char c : new char[] {',', ';', '\t'}) {
          if (header.indexOf(c) >= 0) {
            return new Splitter(c, false);
          }
        }
        return new Splitter(' ', true);
      }
      return switch (delimiter) {
        case ",", "comma" -> new Splitter(',', false);
        case ";", "semicolon" -> new Splitter(';', false);
        case "\t", "tab", "\\t" -> new Splitter('\t', false);
        case "whitespace", " ", "\\s" -> new Splitter(' ', true);
        default -> throw new IllegalArgumentException(
            "delimiter must be one of ',', ';', 'tab', 'whitespace', but was '" + abbreviate(delimiter) + "'");
      };
    }

    String[] split(String line) {
      List<String> out = new ArrayList<>(6);
      int i = 0;
      int n = line.length();
      if (whitespace) {
        while (i < n) {
          while (i < n && Character.isWhitespace(line.charAt(i))) {
            i++;
          }
          int start = i;
          while (i < n && !Character.isWhitespace(line.charAt(i))) {
            i++;
          }
          if (i > start) {
            out.add(line.substring(start, i));
          }
        }
        return out.toArray(new String[0]);
      }
      int start = 0;
      for (; i <= n; i++) {
        if (i == n || line.charAt(i) == delimiter) {
          String field = line.substring(start, i);
          if (field.length() >= 2 && field.charAt(0) == '"' && field.charAt(field.length() - 1) == '"') {
            field = field.substring(1, field.length() - 1).replace("\"\"", "\"");
          }
          out.add(field);
          start = i + 1;
        }
      }
      return out.toArray(new String[0]);
    }
  }
}
