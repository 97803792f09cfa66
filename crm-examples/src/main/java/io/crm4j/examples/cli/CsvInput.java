package io.crm4j.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one CSV reader of the commands: a header line, comma-separated fields, RFC 4180 double
 * quotes (a doubled quote inside is a literal one; a quoted field may span lines), CRLF or LF line
 * ends, a UTF-8 byte-order mark before the header ignored, blank lines skipped, fields trimmed.
 * Files are opened through {@link CliFiles}; errors name the file's real column names, the record
 * and the rule, on one line. {@link #open(Path, String, List)} reads other delimiters (semicolon, tab,
 * runs of white space), detected from the first line when not given, and files without a header.
 */
final class CsvInput {

  /** The largest magnitude {@link #decimal} accepts: one quadrillion (10^15). */
  static final BigDecimal MAX_DECIMAL = BigDecimal.TEN.pow(15);

  /** Decimal text longer than this is refused before {@code new BigDecimal} sees it. */
  private static final int MAX_DECIMAL_CHARS = 100;

  private CsvInput() {}

  /** The delimiter that stands for runs of white space. */
  static final char WHITESPACE = ' ';

  /**
   * An open CSV file: its header, a reader positioned after it and the field delimiter (',', ';',
   * '\t' or {@link #WHITESPACE}).
   */
  record Source(Path path, List<String> header, BufferedReader reader, long[] lines, char delimiter)
      implements AutoCloseable {

    Source(Path path, List<String> header, BufferedReader reader, long[] lines) {
      this(path, header, reader, lines, ',');
    }

    /** The index of a column, or an error naming the option that asked for it and the real column names. */
    int column(String name, String option) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException(option + " must be one of the columns of " + path + " " + header
            + ", but was '" + name + "'");
      }
      return i;
    }

    /**
     * The index of the first column named (ignoring case) one of {@code names}; -1 when none is
     * there and the column is optional, an error naming the real columns when it is required.
     */
    int column(boolean required, String... names) {
      return columnIndex(path, header, required, names);
    }

    /** The line of the file on which the record last returned by {@link #next} started (the header is line 1). */
    long line() {
      return lines[1];
    }

    /** The next non-blank record, or null at the end. */
    List<String> next() {
      try {
        String line;
        while ((line = reader.readLine()) != null) {
          lines[0]++;
          if (!line.isBlank()) {
            lines[1] = lines[0];
            return parseRecord(line);
          }
        }
        return null;
      } catch (IOException e) {
        throw CliFiles.cannotRead(path, e);
      }
    }

    /** Every remaining record. */
    List<List<String>> rest() {
      List<List<String>> rows = new ArrayList<>();
      List<String> r;
      while ((r = next()) != null) {
        rows.add(r);
      }
      return rows;
    }

    private List<String> parseRecord(String first) throws IOException {
      if (first.indexOf('"') < 0) {
        return parse(first, delimiter);
      }
      StringBuilder text = new StringBuilder(first);
      while (openQuote(text)) {
        String more = reader.readLine();
        if (more == null) {
          throw new IllegalArgumentException("record on line " + lines[1] + " of " + path
              + " must close its quotes, but the file ended inside a quoted field");
        }
        lines[0]++;
        text.append('\n').append(more);
      }
      return parse(text.toString(), delimiter);
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close " + path, e);
      }
    }
  }

  /** Opens {@code path} and reads its header line. */
  static Source open(Path path) {
    BufferedReader reader = CliFiles.reader(path);
    try {
      String header = reader.readLine();
      while (header != null && stripBom(header).isBlank()) {
        header = reader.readLine();
      }
      if (header == null) {
        reader.close();
        throw new IllegalArgumentException("file " + path + " must start with a header line, but was empty");
      }
      return new Source(path, parse(stripBom(header)), reader, new long[] {1, 1});
    } catch (IOException e) {
      throw CliFiles.cannotRead(path, e);
    }
  }

  /**
   * Opens {@code path} with the given field delimiter: {@code ,} or {@code comma}, {@code ;} or
   * {@code semicolon}, {@code tab}, {@code whitespace} (runs of spaces and tabs); null detects it from
   * the first line: the first of comma, semicolon and tab that occurs in it, else white space. With
   * {@code columnNames} the file has no header line and those are its columns; otherwise its first
   * line is the header.
   */
  static Source open(Path path, @Nullable String delimiter, @Nullable List<String> columnNames) {
    char given = delimiter == null ? 0 : delimiter(delimiter);
    BufferedReader reader = CliFiles.reader(path);
    try {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      String first;
      reader.mark(1 << 20);
      do {
        first = reader.readLine();
      } while (first != null && first.isBlank());
      if (first == null) {
        reader.close();
        throw new IllegalArgumentException("file " + path + " must start with a header line, but was empty");
      }
      char d = given != 0 ? given : detect(first);
      if (columnNames != null) {
        reader.reset();
        return new Source(path, List.copyOf(columnNames), reader, new long[] {0, 0}, d);
      }
      return new Source(path, parse(first, d), reader, new long[] {1, 1}, d);
    } catch (IOException e) {
      throw CliFiles.cannotRead(path, e);
    }
  }

  /** The delimiter an option names, or an error listing the choices. */
  static char delimiter(String option) {
    return switch (option) {
      case ",", "comma" -> ',';
      case ";", "semicolon" -> ';';
      case "\t", "tab", "\\t" -> '\t';
      case "whitespace", " ", "\\s" -> WHITESPACE;
      default -> throw new IllegalArgumentException(
          "delimiter must be one of ',', ';', 'tab', 'whitespace', but was '" + shown(option) + "'");
    };
  }

  private static char detect(String line) {
    for (char c : new char[] {',', ';', '\t'}) {
      if (line.indexOf(c) >= 0) {
        return c;
      }
    }
    return WHITESPACE;
  }

  /**
   * The index in {@code header} of the first column named (ignoring case) one of {@code names};
   * -1 when none is there and the column is optional, an error naming {@code file}'s real columns
   * when it is required.
   */
  static int columnIndex(Path file, List<String> header, boolean required, String... names) {
    for (String name : names) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(name)) {
          return i;
        }
      }
    }
    if (required) {
      throw new IllegalArgumentException(file + " must have a column " + String.join(" or ", names)
          + ", but its columns were " + header);
    }
    return -1;
  }

  /** {@code line} without a leading UTF-8 byte-order mark. */
  static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static boolean openQuote(CharSequence text) {
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        quoted = !quoted;
      }
    }
    return quoted;
  }

  /** Splits one comma-separated record into trimmed fields. */
  static List<String> parse(String line) {
    return parse(line, ',');
  }

  /**
   * Splits one record into trimmed fields at {@code delimiter} outside quotes; {@link #WHITESPACE}
   * splits at runs of white space and drops the white space at both ends.
   */
  static List<String> parse(String line, char delimiter) {
    boolean runs = delimiter == WHITESPACE;
    List<String> fields = new ArrayList<>(8);
    if (!runs && line.indexOf('"') < 0) {
      int start = 0;
      for (int i = line.indexOf(delimiter); i >= 0; i = line.indexOf(delimiter, start)) {
        fields.add(line.substring(start, i).trim());
        start = i + 1;
      }
      fields.add(line.substring(start).trim());
      return fields;
    }
    // quotes group delimiters (or white space) into a field; "" inside quotes is one quote. A
    // delimited record always has a field; a run-separated one only once something is in it.
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean inField = !runs;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        inField = true;
      } else if (runs ? Character.isWhitespace(c) : c == delimiter) {
        if (inField) {
          fields.add(runs ? field.toString() : field.toString().trim());
          field.setLength(0);
          inField = !runs;
        }
      } else {
        field.append(c);
        inField = true;
      }
    }
    if (inField) {
      fields.add(runs ? field.toString() : field.toString().trim());
    }
    return fields;
  }

  /** A field for output, quoted when it holds a comma, a quote or a line break. */
  static String quote(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /** The field at {@code index} of a record, or an error naming the record. */
  static String field(List<String> record, int index, String column, long line) {
    if (index >= record.size()) {
      throw new IllegalArgumentException("record " + line + " must have a '" + column + "' field, but had only "
          + record.size() + " fields");
    }
    return record.get(index);
  }

  /**
   * A finite number from a field, or an error naming the column, the record and the text: NaN and
   * infinities (and text such as 1e999 that only an infinity could hold) are not values.
   */
  static double number(String text, String column, long record) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " in record " + record + " must be a number, but was '"
          + shown(text) + "'", e);
    }
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(column + " in record " + record + " must be a finite number, "
          + "but was '" + shown(text) + "'");
    }
    return v;
  }

  /**
   * An exact decimal from a field: at most 100 characters, magnitude at most {@link #MAX_DECIMAL}
   * and at most 100 decimals, so that {@code 1e999999999} or {@code 1e-2147483647} is refused
   * before any arithmetic is done on it.
   */
  static BigDecimal decimal(String text, String column, long record) {
    String rule = " must be a decimal number of at most 1e15 in magnitude and 100 decimals";
    if (text.length() > MAX_DECIMAL_CHARS) {
      throw new IllegalArgumentException(column + " in record " + record + rule + ", but was '" + shown(text) + "'");
    }
    BigDecimal v;
    try {
      v = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " in record " + record + rule + ", but was '" + shown(text) + "'", e);
    }
    if (v.scale() > MAX_DECIMAL_CHARS || v.abs().compareTo(MAX_DECIMAL) > 0) {
      throw new IllegalArgumentException(column + " in record " + record + rule + ", but was '" + shown(text) + "'");
    }
    return v;
  }

  /** Field text for an error message: cut to 40 characters so a runaway field stays one short line. */
  static String shown(String text) {
    String one = text.replaceAll("[\\r\\n]+", " ");
    return one.length() <= 40 ? one : one.substring(0, 37) + "...";
  }

  /**
   * Reads a purchase time: {@code 2024-03-01}, {@code 20240301} (start of the day, UTC),
   * {@code 2024-03-01T10:15:00} (UTC) or {@code 2024-03-01T10:15:00Z}.
   */
  static Instant instant(String text, long line) {
    try {
      if (text.length() == 8 && text.chars().allMatch(Character::isDigit)) {
        return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (text.endsWith("Z") || text.contains("+")) {
        return Instant.parse(text);
      }
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date in record " + line
          + " must look like 2024-03-01, 20240301 or 2024-03-01T10:15:00Z, but was '" + shown(text) + "'", e);
    }
  }
}
