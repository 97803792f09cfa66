package io.crm4j.core.pipeline;

import io.crm4j.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of time an opportunity spent in one stage. Immutable and thread-safe.
 *
 * @param stage the stage's name
 * @param enteredAt when the opportunity entered it
 * @param leftAt when it left, or null while it is still there
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StageSpan(String stage, Instant enteredAt, @Nullable Instant leftAt) {

  public StageSpan {
    Checks.notBlank(stage, "stage");
    Objects.requireNonNull(enteredAt, "enteredAt");
    if (leftAt != null && leftAt.isBefore(enteredAt)) {
      throw new IllegalArgumentException("leftAt must not be before enteredAt " + enteredAt + ", but was " + leftAt);
    }
  }

  /** True while the opportunity is still in this stage (not a bean getter, so JSON sees no extra property). */
  public boolean ongoing() {
    return leftAt == null;
  }

  /**
   * Time spent in the stage as seen at {@code asOf}: up to {@code leftAt}, or up to {@code asOf}
   * for the current stage.
   *
   * @throws IllegalArgumentException if {@code asOf} is before {@code enteredAt} for the current stage
   */
  public Duration duration(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (leftAt != null) {
      return Duration.between(enteredAt, leftAt);
    }
    if (asOf.isBefore(enteredAt)) {
      throw new IllegalArgumentException("asOf must not be before enteredAt " + enteredAt + ", but was " + asOf);
    }
    return Duration.between(enteredAt, asOf);
  }

  StageSpan leave(Instant at) {
    return new StageSpan(stage, enteredAt, at);
  }
}
