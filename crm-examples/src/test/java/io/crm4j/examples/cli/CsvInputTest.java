package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInputTest {

  @TempDir
  Path dir;

  @Test
  void open_bomCrlfAndQuotes_readsTheFieldsAndLines() throws IOException {
    Path file = dir.resolve("in.csv");
    Files.write(file, ("\uFEFFid,note,value\r\n\"a,1\",\"say \"\"hi\"\"\",3\r\n\r\nb,\"two\r\nlines\",4\r\n")
        .getBytes(StandardCharsets.UTF_8));
    try (CsvInput.Source source = CsvInput.open(file)) {
      assertThat(source.header()).containsExactly("id", "note", "value");
      assertThat(source.next()).containsExactly("a,1", "say \"hi\"", "3");
      assertThat(source.line()).isEqualTo(2);
      assertThat(source.next()).containsExactly("b", "two\nlines", "4");
      assertThat(source.line()).isEqualTo(4);
      assertThat(source.next()).isNull();
    }
  }

  @Test
  void open_delimiterDetectedOrGiven_andFilesWithoutHeader() throws IOException {
    Path semi = dir.resolve("semi.csv");
    Files.writeString(semi, "\uFEFFid;date;amount\r\n\"a;1\";2024-01-01; 5\r\n");
    try (CsvInput.Source s = CsvInput.open(semi, null, null)) {
      assertThat(s.header()).containsExactly("id", "date", "amount");
      assertThat(s.next()).containsExactly("a;1", "2024-01-01", "5");
      assertThat(s.line()).isEqualTo(2);
    }
    Path spaces = dir.resolve("spaces.txt");
    Files.writeString(spaces, "\n  0001 19970101  1 11.77\n0002\t19970112 \"2 x\" 12.00\n");
    try (CsvInput.Source s = CsvInput.open(spaces, "whitespace", List.of("id", "date", "cds", "spent"))) {
      assertThat(s.header()).containsExactly("id", "date", "cds", "spent");
      assertThat(s.rest()).containsExactly(List.of("0001", "19970101", "1", "11.77"),
          List.of("0002", "19970112", "2 x", "12.00"));
    }
    try (CsvInput.Source s = CsvInput.open(spaces, null, List.of("id", "date", "cds", "spent"))) {
      assertThat(s.delimiter()).isEqualTo(CsvInput.WHITESPACE);
      assertThat(s.next()).hasSize(4);
      assertThat(s.line()).isEqualTo(2);
    }
    Path tabs = dir.resolve("tabs.tsv");
    Files.writeString(tabs, "id\tdate\na\t2024-01-01\n");
    try (CsvInput.Source s = CsvInput.open(tabs, null, null)) {
      assertThat(s.next()).containsExactly("a", "2024-01-01");
    }
    assertThatThrownBy(() -> CsvInput.open(tabs, "pipe", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delimiter must be one of ',', ';', 'tab', 'whitespace', but was 'pipe'");
  }

  @Test
  void open_unclosedQuote_namesTheLine() throws IOException {
    Path file = Files.writeString(dir.resolve("in.csv"), "id,v\na,1\n\"b,2\n");
    try (CsvInput.Source source = CsvInput.open(file)) {
      source.next();
      assertThatThrownBy(source::next).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("record on line 3 of").hasMessageEndingWith("must close its quotes, but the file "
              + "ended inside a quoted field");
    }
  }

  @Test
  void column_missing_namesTheRealColumns() throws IOException {
    Path file = Files.writeString(dir.resolve("in.csv"), "\uFEFFx,y\n1,2\n");
    try (CsvInput.Source source = CsvInput.open(file)) {
      assertThatThrownBy(() -> source.column("z", "--value-col")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("--value-col must be one of the columns of " + file + " [x, y], but was 'z'");
      assertThat(source.column(true, "Y")).isEqualTo(1);
      assertThat(source.column(false, "w")).isEqualTo(-1);
    }
  }

  @Test
  void decimal_hugeExponentsAndScales_areRefusedWithFieldRecordAndRule() {
    for (String text : new String[] {"1e999999999", "1e-2147483647", "1e308", "1" + "0".repeat(200), "1e16"}) {
      assertThatThrownBy(() -> CsvInput.decimal(text, "amount", 7)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("amount in record 7 must be a decimal number of at most 1e15 in magnitude and 100 "
              + "decimals, but was '");
    }
    assertThat(CsvInput.decimal("1e15", "amount", 1)).isEqualByComparingTo(new BigDecimal("1000000000000000"));
    assertThat(CsvInput.decimal("-0.000001", "amount", 1)).isEqualByComparingTo("-0.000001");
  }

  @Test
  void number_infiniteOrNaN_isRefused() {
    assertThatThrownBy(() -> CsvInput.number("1e999999999", "sales", 3)).hasMessage(
        "sales in record 3 must be a finite number, but was '1e999999999'");
    assertThatThrownBy(() -> CsvInput.number("NaN", "sales", 3)).hasMessageContaining("must be a finite number");
    assertThatThrownBy(() -> CsvInput.number("x".repeat(100), "sales", 3)).hasMessage(
        "sales in record 3 must be a number, but was '" + "x".repeat(37) + "...'");
    assertThat(CsvInput.number("4.9e-324", "sales", 1)).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void field_short_namesTheRecord() {
    assertThatThrownBy(() -> CsvInput.field(List.of("a"), 2, "value", 5))
        .hasMessage("record 5 must have a 'value' field, but had only 1 fields");
  }
}
