package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SampleTest {

  @Test
  void readCsv_quotedFields_areSplitCorrectly() {
    Sample s = Sample.readCsv(new StringReader("a,b,c\n1,\"x, y\",good\n\n2.5,\"say \"\"hi\"\"\",bad\n"));
    assertThat(s.columns()).containsExactly("a", "b", "c");
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.value(0, "b")).isEqualTo("x, y");
    assertThat(s.value(1, "b")).isEqualTo("say \"hi\"");
    assertThat(s.isNumeric("a")).isTrue();
    assertThat(s.isNumeric("b")).isFalse();
    assertThat(s.numericColumn("a")).containsExactly(1, 2.5);
    assertThat(s.goodFlags("c", "good")).containsExactly(true, false);
    assertThat(s.row(1)).containsEntry("a", "2.5").hasSize(3);
    assertThat(s.hasColumn("z")).isFalse();
  }

  @Test
  void readCsv_germanCredit_has1000RowsAnd21Columns() {
    Sample s = GermanCredit.sample();
    assertThat(s.size()).isEqualTo(1000);
    assertThat(s.columns()).hasSize(21);
    assertThat(s.isNumeric("age_in_years")).isTrue();
    assertThat(s.isNumeric("purpose")).isFalse();
  }

  @Test
  void goodFlags_labelMatchesNoRow_throwsNamingTargetLabelAndValues() {
    // Issue 18: a good label that matches no row used to surface later as "'status_of_existing_checking_account'
    // had 0 goods and 1000 bads", naming a variable rather than the target and the label.
    Sample s = GermanCredit.sample();
    assertThatThrownBy(() -> s.goodFlags(GermanCredit.TARGET, "Good")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goodValue must match some value of target column 'creditability', but 'Good' matched none of"
            + " 1000 rows; the column holds ['bad', 'good']");
  }

  @Test
  void goodFlags_noBadRows_throws() {
    Sample s = Sample.of(List.of("t"), List.of(List.of("y"), List.of("y")));
    assertThatThrownBy(() -> s.goodFlags("t", "y")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target column 't' must hold bad cases (values other than goodValue 'y'), but all 2 rows were 'y'");
    Sample many = Sample.of(List.of("t"), IntStream.range(0, 12).mapToObj(i -> List.of("v" + (char) ('a' + i))).toList());
    assertThatThrownBy(() -> many.goodFlags("t", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("the column holds ['va', 'vb', 'vc', 'vd', 've', 'vf', 'vg', 'vh', 'vi', 'vj', ... 2 more]");
  }

  @Test
  void readCsv_invalidInput_throws() {
    assertThatThrownBy(() -> Sample.readCsv(new StringReader(""))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("in must hold a header line, but was empty");
    assertThatThrownBy(() -> Sample.readCsv(new StringReader("a,b\n1\n"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows[0] must have 2 values like the header, but had 1");
    assertThatThrownBy(() -> Sample.readCsv(new StringReader("a\n\"open\n"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2 must close its quotes");
  }

  @Test
  void of_invalidInput_throws() {
    assertThatThrownBy(() -> Sample.of(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("columns must not be empty, but was []");
    assertThatThrownBy(() -> Sample.of(List.of("a", "a"), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("columns must be unique, but 'a' repeats");
    Sample s = Sample.of(List.of("a"), List.of(List.of("x"), List.of("")));
    assertThatThrownBy(() -> s.column("b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column must be one of [a], but was 'b'");
    assertThatThrownBy(() -> s.numericColumn("a")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'a' must be numeric, but row 0 was 'x'");
    assertThatThrownBy(() -> s.value(5, "a")).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.row(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(Sample.parseOrNaN("NaN")).isNaN();
    assertThat(Sample.parseOrNaN("1e999")).isNaN();
    assertThat(Sample.parseOrNaN("-1.5")).isEqualTo(-1.5);
    assertThat(Sample.parseOrNaN("+")).isNaN();
  }
}
