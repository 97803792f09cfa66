package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryTargetTest {

  private static final Sample SAMPLE = Sample.of(List.of("x", "churned"),
      List.of(List.of("1", "yes"), List.of("2", "no"), List.of("3", "")));

  @Test
  void events_eventLabel_marksItsRows() {
    assertThat(BinaryTarget.event("churned", "yes").events(SAMPLE)).containsExactly(true, false, false);
    assertThat(BinaryTarget.event("churned", "yes").nonEvents(SAMPLE)).containsExactly(false, true, true);
  }

  @Test
  void events_nonEventLabel_marksTheOtherRows() {
    assertThat(BinaryTarget.nonEvent("churned", "no").events(SAMPLE)).containsExactly(true, false, true);
    assertThat(BinaryTarget.nonEvent("churned", "no")).isEqualTo(new BinaryTarget("churned", "no", false));
  }

  @Test
  void events_labelMatchesNoRowOrEveryRow_throwsNamingColumnAndLabel() {
    assertThatThrownBy(() -> BinaryTarget.event("churned", "1").events(SAMPLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eventValue must match some value of target column 'churned', but '1' matched none of 3 rows;"
            + " the column holds ['', 'no', 'yes']");
    Sample all = Sample.of(List.of("t"), List.of(List.of("1"), List.of("1")));
    assertThatThrownBy(() -> BinaryTarget.event("t", "1").events(all)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target column 't' must hold non-event cases (values other than eventValue '1'), but all 2 rows"
            + " were '1'");
    assertThatThrownBy(() -> BinaryTarget.event("missing", "1").events(SAMPLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column must be one of [x, churned], but was 'missing'");
  }

  @Test
  void new_nullParts_throw() {
    assertThatThrownBy(() -> BinaryTarget.event(null, "1")).isInstanceOf(NullPointerException.class)
        .hasMessage("column");
    assertThatThrownBy(() -> BinaryTarget.nonEvent("t", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("label");
  }
}
