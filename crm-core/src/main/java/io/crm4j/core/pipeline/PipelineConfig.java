package io.crm4j.core.pipeline;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a {@link PipelineService} decides by: the sales stages and the follow-up rule. Build one
 * with {@link #ofDefaults()}, {@link #custom()} or {@link #from(PipelineConfig)}. Immutable and
 * thread-safe.
 *
 * @param stages the opportunity stages with their win probabilities
 * @param followUp the follow-up rule
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PipelineConfig(SalesStages stages, FollowUpPolicy followUp) {

  public PipelineConfig {
    Objects.requireNonNull(stages, "stages");
    Objects.requireNonNull(followUp, "followUp");
  }

  /** The preset stages ({@link SalesStages#ofDefaults()}) and follow-up rule ({@link FollowUpPolicy#ofDefaults()}). */
  public static PipelineConfig ofDefaults() {
    return new PipelineConfig(SalesStages.ofDefaults(), FollowUpPolicy.ofDefaults());
  }

  /** A builder holding the presets. */
  public static Builder custom() {
    return new Builder(ofDefaults());
  }

  /** A builder holding the settings of {@code base}. */
  public static Builder from(PipelineConfig base) {
    return new Builder(Objects.requireNonNull(base, "base"));
  }

  /** Builds a {@link PipelineConfig}; each method checks its input at once. Not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private SalesStages stages;
    private FollowUpPolicy followUp;

    private Builder(PipelineConfig base) {
      stages = base.stages;
      followUp = base.followUp;
    }

    public Builder stages(SalesStages stages) {
      this.stages = Objects.requireNonNull(stages, "stages");
      return this;
    }

    public Builder followUp(FollowUpPolicy followUp) {
      this.followUp = Objects.requireNonNull(followUp, "followUp");
      return this;
    }

    public PipelineConfig build() {
      return new PipelineConfig(stages, followUp);
    }
  }
}
