package io.crm4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.json.Crm4jJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EvaluationCheckpointTest {

  private static final Instant AT = Instant.parse("2026-01-06T00:00:00Z");
  private static final CustomerId C1 = CustomerId.of("C-1");

  @Test
  void constructor_invalid_isRefused() {
    assertThatThrownBy(() -> new EvaluationCheckpoint(" ", 0, AT, C1, 0))
        .hasMessage("name must not be blank, but was ' '");
    assertThatThrownBy(() -> new EvaluationCheckpoint("n", -1, AT, C1, 0)).hasMessage("version must be >= 0, but was -1");
    assertThatThrownBy(() -> new EvaluationCheckpoint("n", 0, null, C1, 0)).hasMessage("asOf");
    assertThatThrownBy(() -> new EvaluationCheckpoint("n", 0, AT, null, 0)).hasMessage("after");
    assertThatThrownBy(() -> new EvaluationCheckpoint("n", 0, AT, C1, -5))
        .hasMessage("customersDone must be >= 0, but was -5");
  }

  @Test
  void withVersion_andJson_keepEverythingElse() {
    EvaluationCheckpoint c = new EvaluationCheckpoint("nightly", 0, AT, C1, 500);
    assertThat(c.withVersion(3)).isEqualTo(new EvaluationCheckpoint("nightly", 3, AT, C1, 500));
    assertThat(LifecycleStorage.EVALUATION_CHECKPOINTS.idTextOf(c)).isEqualTo("nightly");
    assertThat(Crm4jJson.read(Crm4jJson.write(c), EvaluationCheckpoint.class)).isEqualTo(c);
  }
}
