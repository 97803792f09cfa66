package io.crm4j.core.pipeline;

import io.crm4j.core.money.Percentage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The ordered stage list of a sales process: open stages in the order an opportunity normally
 * climbs them, one won stage and one lost stage. Each stage carries a default win probability
 * and a forecast category.
 *
 * <p>The preset ({@link #ofDefaults()}) is the source material's funnel: New 10 %, Qualified
 * 30 %, Proposition 70 %, Won 100 %, Lost 0 %. Build others with {@link #custom()} or
 * {@link #from(SalesStages)}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SalesStages {

  private final List<StageDefinition> stages;

  private SalesStages(List<StageDefinition> stages) {
    this.stages = List.copyOf(stages);
  }

  /** The preset: New 10 % and Qualified 30 % (pipeline), Proposition 70 % (best case), Won 100 %, Lost 0 %. */
  public static SalesStages ofDefaults() {
    return custom()
        .open("New", Percentage.of("10"), ForecastCategory.PIPELINE)
        .open("Qualified", Percentage.of("30"), ForecastCategory.PIPELINE)
        .open("Proposition", Percentage.of("70"), ForecastCategory.BEST_CASE)
        .won("Won")
        .lost("Lost")
        .build();
  }

  /** An empty builder. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder holding {@code base}'s stages, to add to. */
  public static Builder from(SalesStages base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder();
    base.stages.forEach(b::stage);
    return b;
  }

  /** All stages: the open ones in order, then won and lost in the order they were added. */
  public List<StageDefinition> stages() {
    return stages;
  }

  /** The open stages in order. */
  public List<StageDefinition> openStages() {
    return stages.stream().filter(s -> s.kind() == StageKind.OPEN).toList();
  }

  /** The stage a new opportunity starts in: the first open stage. */
  public StageDefinition initial() {
    return openStages().get(0);
  }

  /** The won stage. */
  public StageDefinition won() {
    return stages.stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
  }

  /** The lost stage. */
  public StageDefinition lost() {
    return stages.stream().filter(s -> s.kind() == StageKind.LOST).findFirst().orElseThrow();
  }

  /** The stage with this name, if any. */
  public Optional<StageDefinition> find(String name) {
    Objects.requireNonNull(name, "name");
    return stages.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * The stage with this name.
   *
   * @throws IllegalArgumentException if no stage has this name
   */
  public StageDefinition stage(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(
        "stage must be one of " + names() + ", but was '" + name + "'"));
  }

  /**
   * The stage's rank in the funnel: open stages count 0, 1, 2...; the won stage ranks after the
   * last open stage; the lost stage ranks -1 (it is not a step up the funnel).
   */
  public int rank(String name) {
    StageDefinition stage = stage(name);
    return switch (stage.kind()) {
      case OPEN -> openStages().indexOf(stage);
      case WON -> openStages().size();
      case LOST -> -1;
    };
  }

  private List<String> names() {
    return stages.stream().map(StageDefinition::name).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SalesStages s && stages.equals(s.stages);
  }

  @Override
  public int hashCode() {
    return stages.hashCode();
  }

  @Override
  public String toString() {
    return "SalesStages" + stages;
  }

  /** Collects stages; each call checks its input at once. Not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final List<StageDefinition> stages = new ArrayList<>();

    private Builder() {}

    /** Adds an open stage after the open stages added so far. */
    public Builder open(String name, Percentage probability, ForecastCategory category) {
      return stage(new StageDefinition(name, probability, category, StageKind.OPEN));
    }

    /** Sets the won stage: probability 100 %, category {@link ForecastCategory#CLOSED}. */
    public Builder won(String name) {
      return stage(new StageDefinition(name, Percentage.of("100"), ForecastCategory.CLOSED, StageKind.WON));
    }

    /** Sets the lost stage: probability 0 %, category {@link ForecastCategory#OMITTED}. */
    public Builder lost(String name) {
      return stage(new StageDefinition(name, Percentage.ZERO, ForecastCategory.OMITTED, StageKind.LOST));
    }

    /**
     * Adds a stage.
     *
     * @throws IllegalArgumentException if the name is taken, or a second won or lost stage is added
     */
    public Builder stage(StageDefinition stage) {
      Objects.requireNonNull(stage, "stage");
      if (stages.stream().anyMatch(s -> s.name().equals(stage.name()))) {
        throw new IllegalArgumentException("stage names must be unique, but '" + stage.name() + "' was added twice");
      }
      if (stage.kind() != StageKind.OPEN && stages.stream().anyMatch(s -> s.kind() == stage.kind())) {
        throw new IllegalArgumentException("stages must have one " + stage.kind() + " stage, but '"
            + stage.name() + "' was a second one");
      }
      stages.add(stage);
      return this;
    }

    /**
     * Returns the stage list.
     *
     * @throws IllegalStateException unless there is at least one open stage, one won and one lost stage
     */
    public SalesStages build() {
      for (StageKind kind : StageKind.values()) {
        if (stages.stream().noneMatch(s -> s.kind() == kind)) {
          throw new IllegalStateException("stages must include a " + kind + " stage, but were " + stages);
        }
      }
      return new SalesStages(stages);
    }
  }
}
