package io.crm4j.scoring.forecast;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Settings of a {@link SeasonalIndex}: how many years of history it needs at least. The default
 * is the source material's rule of at least 2 years (24 months). Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SeasonalConfig {

  private static final SeasonalConfig DEFAULTS = new Builder().build();

  private final int minimumYears;

  private SeasonalConfig(Builder b) {
    this.minimumYears = b.minimumYears;
  }

  /** At least 2 years. */
  public static SeasonalConfig ofDefaults() {
    return DEFAULTS;
  }

  public static Builder custom() {
    return new Builder();
  }

  public static Builder from(SeasonalConfig base) {
    Objects.requireNonNull(base, "base");
    return new Builder().minimumYears(base.minimumYears);
  }

  /** The least number of whole years of history accepted. */
  public int minimumYears() {
    return minimumYears;
  }

  @Override
  public String toString() {
    return "SeasonalConfig[minimumYears=" + minimumYears + "]";
  }

  /** Builds a {@link SeasonalConfig}; each setter checks its argument at once. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private int minimumYears = 2;

    private Builder() {}

    /**
     * @throws IllegalArgumentException unless {@code minimumYears >= 2}; one year gives every
     *     month a single observation and no averaging
     */
    public Builder minimumYears(int minimumYears) {
      if (minimumYears < 2) {
        throw new IllegalArgumentException("minimumYears must be >= 2, but was " + minimumYears);
      }
      this.minimumYears = minimumYears;
      return this;
    }

    public SeasonalConfig build() {
      return new SeasonalConfig(this);
    }
  }
}
