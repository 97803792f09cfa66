package io.crm4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EvaluationProgressTest {

  private static final Instant AT = Instant.parse("2026-01-06T00:00:00Z");

  @Test
  void constructor_invalid_isRefused() {
    assertThatThrownBy(() -> new EvaluationProgress(null, 0, 0, 0, 0, 0, 0, 0)).hasMessage("asOf");
    assertThatThrownBy(() -> new EvaluationProgress(AT, -1, 0, 0, 0, 0, 0, 0))
        .hasMessage("pages must be >= 0, but was -1");
    assertThatThrownBy(() -> new EvaluationProgress(AT, 1, 5, 6, 0, 0, 0, 0))
        .hasMessage("customersChanged must be in [0, customersEvaluated = 5], but was 6");
    assertThatThrownBy(() -> new EvaluationProgress(AT, 1, 5, 0, 0, -1, 0, 0))
        .hasMessage("customersFailed must be in [0, customersEvaluated = 5], but was -1");
    assertThatThrownBy(() -> new EvaluationProgress(AT, 1, 5, 0, 0, 0, 7, 0))
        .hasMessage("customersSkipped must be in [0, customersEvaluated = 5], but was 7");
    assertThatThrownBy(() -> new EvaluationProgress(AT, 1, 5, 0, -2, 0, 0, 0))
        .hasMessage("changes must be >= 0, but was -2");
    assertThatThrownBy(() -> new EvaluationProgress(AT, 1, 5, 0, 0, 0, 0, -3))
        .hasMessage("customersResumed must be >= 0, but was -3");
  }

  @Test
  void customersDone_addsTheResumedToThisCallsCustomers() {
    assertThat(new EvaluationProgress(AT, 2, 1000, 10, 12, 1, 0, 4000).customersDone()).isEqualTo(5000);
  }
}
