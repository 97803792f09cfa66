package io.crm4j.examples.cli;

import io.crm4j.scoring.clv.ClvTimeUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the model-parameter files of the {@code clv} commands: the JSON {@code clv fit} prints (its
 * {@code params} object is used) or a flat object of numbers. The whole file must be one valid
 * JSON value (RFC 8259) and every parameter a finite number; anything else is an error naming the
 * file and the line and column, or the parameter. A top-level {@code "unit"} string (days, weeks or
 * months, as {@code clv fit} writes for the purchase models) is the time unit of the parameters. Written out by hand rather than with Jackson,
 * whose start-up costs more than a short command's whole run (see docs/performance.md).
 */
final class ParamsJson {

  private static final String UNIT = "unit";

  /** A JSON number as written, so that an error can show it as the file has it. */
  private record Num(String text) {}

  private final Path file;
  private final String text;
  private int pos;

  private ParamsJson(Path file, String text) {
    this.file = file;
    this.text = text;
  }

  /** The parameters in {@code file}, in file order. */
  static Map<String, Double> read(Path file) {
    Map<?, ?> top = top(file);
    Object params = top.containsKey("params") ? top.get("params") : top;
    if (!(params instanceof Map<?, ?> numbers)) {
      throw new IllegalArgumentException("params in " + file + " must be an object of numbers, but was " + kind(params));
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : numbers.entrySet()) {
      String name = (String) e.getKey();
      if (name.equals(UNIT) && params == top) {
        continue;
      }
      if (!(e.getValue() instanceof Num n)) {
        throw new IllegalArgumentException("parameter " + name + " in " + file + " must be a number, but was "
            + kind(e.getValue()));
      }
      double v = Double.parseDouble(n.text());
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("parameter " + name + " in " + file + " must be a finite number, but was "
            + n.text());
      }
      out.put(name, v);
    }
    return out;
  }

  /**
   * The time unit the file gives in its top-level {@code "unit"} member, or null when it has none
   * (a file written before units were recorded, or by hand).
   */
  static @Nullable ClvTimeUnit unit(Path file) {
    Object unit = top(file).get(UNIT);
    if (unit == null) {
      return null;
    }
    if (!(unit instanceof String text)) {
      throw new IllegalArgumentException("unit in " + file + " must be a string (days, weeks or months), but was "
          + kind(unit));
    }
    return ClvTimeUnit.parse(text);
  }

  /** The file's top-level JSON object. */
  private static Map<?, ?> top(Path file) {
    String text = CliFiles.readString(file);
    ParamsJson json = new ParamsJson(file, text);
    if (text.startsWith("\uFEFF")) {
      json.pos = 1;
    }
    Object root = json.value();
    json.space();
    if (json.pos < text.length()) {
      throw json.invalid("unexpected '" + text.charAt(json.pos) + "' after the end of the JSON value");
    }
    if (!(root instanceof Map<?, ?> top)) {
      throw new IllegalArgumentException("params file " + file + " must hold a JSON object, but holds " + kind(root));
    }
    return top;
  }

  private static String kind(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Num n) {
      return n.text();
    }
    return value.toString();
  }

  private @Nullable Object value() {
    space();
    if (pos >= text.length()) {
      throw invalid("the file ends where a value should be");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw invalid("unexpected '" + c + "' where a value should be");
    }
  }

  private Map<String, @Nullable Object> object() {
    pos++;
    Map<String, @Nullable Object> members = new LinkedHashMap<>();
    space();
    if (pos < text.length() && text.charAt(pos) == '}') {
      pos++;
      return members;
    }
    while (true) {
      space();
      int at = pos;
      expect('"', "a member name");
      pos--;
      String name = string();
      if (members.containsKey(name)) {
        pos = at;
        throw invalid("member \"" + name + "\" appears twice");
      }
      space();
      expect(':', "':'");
      members.put(name, value());
      space();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      expect('}', "',' or '}'");
      return members;
    }
  }

  private List<@Nullable Object> array() {
    pos++;
    List<@Nullable Object> items = new ArrayList<>();
    space();
    if (pos < text.length() && text.charAt(pos) == ']') {
      pos++;
      return items;
    }
    while (true) {
      items.add(value());
      space();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      expect(']', "',' or ']'");
      return items;
    }
  }

  private String string() {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        pos--;
        throw invalid("a control character inside a string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= text.length()) {
        break;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw invalid("the file ends inside a \\u escape");
          }
          try {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw invalid("a \\u escape needs four hex digits");
          }
          pos += 4;
        }
        default -> {
          pos--;
          throw invalid("unknown escape '\\" + e + "'");
        }
      }
    }
    throw invalid("the file ends inside a string");
  }

  private Num number() {
    int start = pos;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    int intStart = pos;
    digits();
    if (pos == intStart || (text.charAt(intStart) == '0' && pos - intStart > 1)) {
      pos = start;
      throw invalid("a number must have digits and no leading zero");
    }
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      int frac = pos;
      digits();
      if (pos == frac) {
        throw invalid("a number needs digits after its decimal point");
      }
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      int exp = pos;
      digits();
      if (pos == exp) {
        throw invalid("a number needs digits in its exponent");
      }
    }
    return new Num(text.substring(start, pos));
  }

  private void digits() {
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
  }

  private @Nullable Object literal(String word, @Nullable Object value) {
    if (!text.startsWith(word, pos)) {
      throw invalid("unexpected '" + text.charAt(pos) + "' where a value should be");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c, String what) {
    if (pos >= text.length()) {
      throw invalid("the file ends where " + what + " should be");
    }
    if (text.charAt(pos) != c) {
      throw invalid("expected " + what + " but found '" + text.charAt(pos) + "'");
    }
    pos++;
  }

  private void space() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  /** "params file F is not valid JSON: what at line L, column C" for the current position. */
  private IllegalArgumentException invalid(String what) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < pos && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new IllegalArgumentException("params file " + file + " is not valid JSON: " + what + " at line " + line
        + ", column " + (pos - lineStart + 1));
  }
}
