package io.crm4j.scoring.tiering;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A tier of a {@link TierLadder}. Immutable and thread-safe.
 *
 * @param name the tier's name, non-blank and unique within its ladder
 * @param rank 0 for the ladder's base (lowest) tier, counting up
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Tier(String name, int rank) {

  public Tier {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, but was '" + name + "'");
    }
    if (rank < 0) {
      throw new IllegalArgumentException("rank must be >= 0, but was " + rank);
    }
  }
}
