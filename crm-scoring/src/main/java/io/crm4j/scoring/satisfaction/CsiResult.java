package io.crm4j.scoring.satisfaction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A customer satisfaction index and the item scores it was built from. Immutable and thread-safe.
 *
 * @param index {@code Σ wᵢ·sᵢ}, on the scale's points (0 to 100 by default)
 * @param itemScores the mean points of each item's answers, in the model's item order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CsiResult(double index, Map<String, Double> itemScores) {

  public CsiResult {
    Objects.requireNonNull(itemScores, "itemScores");
    if (!Double.isFinite(index)) {
      throw new IllegalArgumentException("index must be a finite number, but was " + index);
    }
    itemScores = Collections.unmodifiableMap(new LinkedHashMap<>(itemScores));
  }
}
