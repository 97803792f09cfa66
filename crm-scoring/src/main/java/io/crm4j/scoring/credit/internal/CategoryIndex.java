package io.crm4j.scoring.credit.internal;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * A read-only map from category text to bin index, tuned for scoring: open addressing with linear
 * probing over parallel arrays, no boxing. Immutable and thread-safe once built.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CategoryIndex {

  private final String[] keys;
  private final int[] values;
  private final int mask;

  /** Builds the index from category-to-bin pairs. */
  public CategoryIndex(Map<String, Integer> bins) {
    int capacity = Integer.highestOneBit(Math.max(4, bins.size() * 4 - 1)) << 1;
    keys = new String[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Integer> e : bins.entrySet()) {
      int i = slot(e.getKey().hashCode());
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = e.getKey();
      values[i] = e.getValue();
    }
  }

  /** The bin of a category, or -1 if it is unknown. */
  public int get(String key) {
    int h = key.hashCode();
    int i = slot(h);
    String k;
    while ((k = keys[i]) != null) {
      if (k == key || (k.hashCode() == h && k.equals(key))) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private int slot(int h) {
    return (h ^ (h >>> 16)) & mask;
  }
}
