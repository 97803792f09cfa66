package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardVariableTest {

  static final ScorecardBin A = new ScorecardBin("a", List.of("a"), 0, 0);
  static final ScorecardBin B = new ScorecardBin("b", List.of("b"), 0, 0);
  static final ScorecardBin MISSING = new ScorecardBin("(missing)", List.of(), 0.1, 2, true);

  @Test
  void new_valid_keepsValues() {
    assertThat(new ScorecardVariable("x", VariableKind.NUMERIC, 1, List.of(1.0), List.of(A, B)).cuts()).containsExactly(1.0);
  }

  @Test
  void new_missingBin_comesLastAndIsNotCounted() {
    // two ranges and a missing bin: one cut point, the missing bin at index 2
    ScorecardVariable v = new ScorecardVariable("x", VariableKind.NUMERIC, 1, List.of(1.0), List.of(A, B, MISSING));
    assertThat(v.missingBin()).isEqualTo(2);
    assertThat(new ScorecardVariable("x", VariableKind.CATEGORICAL, 1, List.of(), List.of(MISSING)).missingBin()).isZero();
    assertThatThrownBy(() -> new ScorecardVariable("x", VariableKind.NUMERIC, 1, List.of(1.0), List.of(A, MISSING, B)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the missing bin of 'x' must be the last bin, but was bin 1 of 3");
    assertThatThrownBy(() -> new ScorecardVariable("x", VariableKind.NUMERIC, 1, List.of(), List.of(MISSING)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cuts of numeric 'x' must number regular bins - 1 = -1, but were 0");
  }

  @Test
  void new_invalidInput_throws() {
    assertThatThrownBy(() -> new ScorecardVariable("x", VariableKind.NUMERIC, 1, List.of(), List.of(A, B)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cuts of numeric 'x' must number regular bins - 1 = 1, but were 0");
    assertThatThrownBy(() -> new ScorecardVariable("x", VariableKind.NUMERIC, 1, List.of(2.0, 1.0), List.of(A, B, A)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending");
    assertThatThrownBy(() -> new ScorecardVariable("x", VariableKind.CATEGORICAL, 1, List.of(1.0), List.of(A, B)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be empty");
    assertThatThrownBy(() -> new ScorecardVariable("x", VariableKind.CATEGORICAL, 1, List.of(), List.of(A, A)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a' repeats");
    assertThatThrownBy(() -> new ScorecardVariable("x", VariableKind.CATEGORICAL, Double.NaN, List.of(), List.of(A)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("coefficient of 'x' must be finite, but was NaN");
    assertThatThrownBy(() -> new ScorecardVariable("x", VariableKind.CATEGORICAL, 1, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bins of 'x' must not be empty");
  }
}
