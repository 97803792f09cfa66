package io.crm4j.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The small CSV dialect of the {@code rfm}, {@code abc} and {@code seasonal} commands: a header
 * line, comma-separated fields, optional double quotes (a doubled quote inside is a literal one),
 * blank lines skipped, fields trimmed.
 */
final class TieringCsv {

  private TieringCsv() {}

  /** An open CSV file: its header and a reader positioned after it. */
  record Source(Path path, List<String> header, BufferedReader reader) implements AutoCloseable {

    /** The index of a column, or an error naming the option that asked for it. */
    int column(String name, String option) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException(option + " must name a column of " + path + " " + header
            + ", but was '" + name + "'");
      }
      return i;
    }

    /** The next non-blank record, or null at the end. */
    List<String> next() {
      try {
        String line;
        while ((line = reader.readLine()) != null) {
          if (!line.isBlank()) {
            return parse(line);
          }
        }
        return null;
      } catch (IOException e) {
        throw CliFiles.cannotRead(path, e);
      }
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

  static Source open(Path path) {
    BufferedReader reader = CliFiles.reader(path);
    try {
      String header = reader.readLine();
      if (header == null || header.isBlank()) {
        reader.close();
        throw new IllegalArgumentException("file " + path + " must start with a header line, but was empty");
      }
      if (header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      return new Source(path, parse(header), reader);
    } catch (IOException e) {
      throw CliFiles.cannotRead(path, e);
    }
  }

  /** Splits one line into trimmed fields. */
  static List<String> parse(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
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
      } else if (c == ',') {
        fields.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString().trim());
    return fields;
  }

  /** A field for output, quoted when it holds a comma, a quote or a line break. */
  static String quote(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /** The field at {@code index} of a record, or an error naming the line. */
  static String field(List<String> record, int index, String column, long line) {
    if (index >= record.size()) {
      throw new IllegalArgumentException("record " + line + " must have a '" + column + "' field, but had only "
          + record.size() + " fields");
    }
    return record.get(index);
  }

  /**
   * A finite number from a field, or an error naming the column, the record and the text: NaN and
   * infinities are not values.
   */
  static double number(String text, String column, long record) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " in record " + record + " must be a number, but was '" + text + "'", e);
    }
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(column + " in record " + record + " must be a finite number, but was '" + text
          + "'");
    }
    return v;
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
          + " must look like 2024-03-01, 20240301 or 2024-03-01T10:15:00Z, but was '" + text + "'", e);
    }
  }
}
