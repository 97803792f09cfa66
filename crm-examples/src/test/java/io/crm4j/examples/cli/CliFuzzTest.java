package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes the CSV input of every command that reads one: random bytes, a byte-order mark, CRLF,
 * quotes, huge and tiny numbers, NaN text. Whatever the file holds, the command exits 0 or 1,
 * prints at most one error line on standard error (analyze also prints its progress there) and
 * never a stack trace, prints no NaN, and leaves its input file as it was.
 */
class CliFuzzTest {

  private static Path dir;

  /** Field texts chosen to hit the edges of number, date and quote handling. */
  private static final List<String> FIELDS = List.of("0", "1", "-1", "5.25", "1e308", "-1e308", "1e999999999",
      "1e-999999999", "1e-2147483647", "9e2147483647", "4.9e-324", "2147483648", "-2147483649",
      "99999999999999999999999", "0.000000000000000000000001", "NaN", "Infinity", "-Infinity", "", " ", "\"",
      "\"a,b\"", "\"say \"\"hi\"\"\"", "\"unclosed", "x", "\u00e9", "2024-01-01", "20240115", "2024-02-30", "2024-13",
      "2024-03", "2026-05-01", "EUR", "XYZ", "New", "Won", "good", "bad", "a", "b");

  /** A command: its header and how it is called on a file. */
  private record Command(String name, String header, List<String> args) {

    String[] argsFor(Path input, Path out) {
      List<String> all = new ArrayList<>();
      for (String a : args) {
        all.add(a.replace("IN", input.toString()).replace("OUT", out.toString()));
      }
      return all.toArray(new String[0]);
    }
  }

  private static final List<Command> COMMANDS = List.of(
      new Command("rfm", "id,date,amount", List.of("rfm", "--transactions", "IN", "--customer-col", "id", "--date-col",
          "date", "--amount-col", "amount", "--as-of", "2024-12-31", "--out", "OUT")),
      new Command("abc", "id,value", List.of("abc", "--values", "IN", "--id-col", "id", "--value-col", "value",
          "--out", "OUT")),
      new Command("seasonal", "month,sales",
          List.of("seasonal", "--monthly", "IN", "--target", "1000", "--out", "OUT")),
      new Command("forecast", "id,owner,amount,currency,expected_close,stage",
          List.of("forecast", "--opportunities", "IN", "--currency", "EUR")),
      new Command("clv summarize", "customer_id,date,amount", List.of("clv", "summarize", "--transactions", "IN",
          "--customer-col", "customer_id", "--date-col", "date", "--amount-col", "amount", "--calibration-end",
          "2024-12-31", "--out", "OUT")),
      new Command("credit iv", "x,y", List.of("credit", "iv", "--data", "IN", "--target", "y", "--good", "good")),
      new Command("retention sbg", "period,alive", List.of("retention", "sbg", "--survival", "IN")),
      new Command("analyze", "id,date,amount", List.of("analyze", "--transactions", "IN", "--customer-col", "id",
          "--date-col", "date", "--amount-col", "amount", "--out", "OUT")));

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("crm4j-fuzz");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }

  @Property(tries = 30)
  void rfm_anyInput_failsCleanly(@ForAll("csv") byte[] body) throws IOException {
    check(COMMANDS.get(0), body);
  }

  @Property(tries = 30)
  void abc_anyInput_failsCleanly(@ForAll("csv") byte[] body) throws IOException {
    check(COMMANDS.get(1), body);
  }

  @Property(tries = 30)
  void seasonal_anyInput_failsCleanly(@ForAll("csv") byte[] body) throws IOException {
    check(COMMANDS.get(2), body);
  }

  @Property(tries = 30)
  void forecast_anyInput_failsCleanly(@ForAll("csv") byte[] body) throws IOException {
    check(COMMANDS.get(3), body);
  }

  @Property(tries = 30)
  void clvSummarize_anyInput_failsCleanly(@ForAll("csv") byte[] body) throws IOException {
    check(COMMANDS.get(4), body);
  }

  @Property(tries = 30)
  void creditIv_anyInput_failsCleanly(@ForAll("csv") byte[] body) throws IOException {
    check(COMMANDS.get(5), body);
  }

  @Property(tries = 30)
  void retentionSbg_anyInput_failsCleanly(@ForAll("csv") byte[] body) throws IOException {
    check(COMMANDS.get(6), body);
  }

  @Property(tries = 15)
  void analyze_anyInput_failsCleanly(@ForAll("csv") byte[] body) throws IOException {
    check(COMMANDS.get(7), body);
  }

  /**
   * The body of a file after its header: rows of edge-case fields with LF or CRLF, or random
   * bytes; the header (with or without a byte-order mark) is added by {@link #check}.
   */
  @Provide
  Arbitrary<byte[]> csv() {
    Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of(FIELDS),
        Arbitraries.strings().ofMaxLength(12), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(400));
    Arbitrary<String> row = field.list().ofMinSize(1).ofMaxSize(7).map(f -> String.join(",", f));
    Arbitrary<byte[]> rows = Arbitraries.of("\n", "\r\n").flatMap(eol -> row.list().ofMaxSize(30)
        .map(r -> (String.join(eol, r) + eol).getBytes(StandardCharsets.UTF_8)));
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, rows), net.jqwik.api.Tuple.of(1, bytes));
  }

  private static void check(Command command, byte[] body) throws IOException {
    for (String bom : new String[] {"", "\uFEFF"}) {
      byte[] head = (bom + command.header() + "\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] content = Arrays.copyOf(head, head.length + body.length);
      System.arraycopy(body, 0, content, head.length, body.length);
      Path input = Files.write(dir.resolve("in.csv"), content);
      Path out = dir.resolve("out.csv");
      CliCapture r = CliCapture.run(command.argsFor(input, out));
      assertThat(r.exitCode()).as(command.name() + ": " + r.err()).isIn(0, 1);
      assertThat(r.err()).as(command.name()).doesNotContain("\tat ").doesNotContain("Exception");
      boolean progress = command.name().equals("analyze");
      assertThat(r.err().lines().filter(l -> !progress || !l.startsWith("[")).count())
          .as(command.name() + ": " + r.err()).isLessThanOrEqualTo(1);
      assertThat(r.out()).as(command.name()).doesNotContain("NaN");
      if (Files.isDirectory(out)) {
        // analyze writes a report directory: its CSV tables hold no NaN either
        try (var files = Files.walk(out)) {
          for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
            if (p.toString().endsWith(".csv")) {
              assertThat(Files.readString(p, StandardCharsets.ISO_8859_1)).as(command.name()).doesNotContain("NaN");
            }
            Files.delete(p);
          }
        }
      } else if (Files.exists(out)) {
        assertThat(Files.readString(out, StandardCharsets.ISO_8859_1)).as(command.name()).doesNotContain("NaN");
        Files.delete(out);
      }
      assertThat(Files.readAllBytes(input)).as(command.name()).isEqualTo(content);
      // the same input named as --out is refused and left as it was
      if (command.args().contains("OUT")) {
        CliCapture same = CliCapture.run(command.argsFor(input, input));
        assertThat(same.exitCode()).isEqualTo(1);
        assertThat(Files.readAllBytes(input)).as(command.name() + " --out IN").isEqualTo(content);
      }
    }
  }
}
