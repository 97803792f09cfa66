package io.crm4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.json.Crm4jJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EvaluationMarkTest {

  private static final Instant AT = Instant.parse("2026-01-06T00:00:00Z");

  @Test
  void constructor_invalid_isRefused() {
    assertThatThrownBy(() -> new EvaluationMark(" ", 0, AT)).hasMessage("name must not be blank, but was ' '");
    assertThatThrownBy(() -> new EvaluationMark("n", -1, AT)).hasMessage("version must be >= 0, but was -1");
    assertThatThrownBy(() -> new EvaluationMark("n", 0, null)).hasMessage("evaluatedUpTo");
  }

  @Test
  void withVersion_andJson_keepEverythingElse() {
    EvaluationMark m = new EvaluationMark("nightly", 0, AT);
    assertThat(m.withVersion(3)).isEqualTo(new EvaluationMark("nightly", 3, AT));
    assertThat(LifecycleStorage.EVALUATION_MARKS.idTextOf(m)).isEqualTo("nightly");
    assertThat(Crm4jJson.read(Crm4jJson.write(m), EvaluationMark.class)).isEqualTo(m);
  }
}
