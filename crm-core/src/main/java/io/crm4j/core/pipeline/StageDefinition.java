package io.crm4j.core.pipeline;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Percentage;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One stage of a sales process. Immutable and thread-safe.
 *
 * @param name unique within its {@link SalesStages}, non-blank
 * @param probability the default chance of winning an opportunity in this stage, in [0 %, 100 %]
 * @param category where the forecast counts opportunities in this stage
 * @param kind whether the stage is open, the won stage or the lost stage
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StageDefinition(String name, Percentage probability, ForecastCategory category, StageKind kind) {

  public StageDefinition {
    Checks.notBlank(name, "name");
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(kind, "kind");
    if (!probability.isShare()) {
      throw new IllegalArgumentException("probability must be in [0, 100] %, but was " + probability);
    }
  }
}
