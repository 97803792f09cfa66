package io.crm4j.scoring.tiering;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One line of an ABC table. Immutable and thread-safe if the key is.
 *
 * @param key the customer (or any item) that was classified
 * @param value its value, finite and {@code >= 0}
 * @param cumulativeShare the share of total value held by this customer and everyone with a
 *     larger or equal value, in {@code (0, 1]}
 * @param abcClass the class
 * @param <K> the key type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AbcEntry<K>(K key, double value, double cumulativeShare, AbcClass abcClass) {

  public AbcEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(abcClass, "abcClass");
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("value must be finite and >= 0, but was " + value);
    }
    if (!(cumulativeShare >= 0 && cumulativeShare <= 1)) {
      throw new IllegalArgumentException("cumulativeShare must be in [0, 1], but was " + cumulativeShare);
    }
  }
}
