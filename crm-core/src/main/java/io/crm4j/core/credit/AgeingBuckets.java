package io.crm4j.core.credit;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The buckets of an ageing report, by days past due (or by days since the issue date, see
 * {@link AgeingBasis}). Boundaries {@code b1 < b2 < ... < bk} give the buckets: current (not yet
 * due, 0 or fewer days past due), {@code 1..b1}, {@code b1+1..b2}, ..., and {@code bk+1} and more,
 * labelled {@code "bk+"}. Both bounds of a bucket are inclusive. Preset ({@link #ofDefaults()}): 30,
 * 60, 90, so the buckets are current (0 or fewer days), 1-30, 31-60, 61-90 and 90+, which holds
 * <em>91</em> days and more (the label reads "past 90 days"; 90 days is 61-90). {@link Bucket#fromDays()}
 * and {@link Bucket#toDays()} state each bucket's bounds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param boundaries ascending, distinct, each at least 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AgeingBuckets(List<Integer> boundaries) {

  public AgeingBuckets {
    boundaries = List.copyOf(boundaries);
    for (int i = 0; i < boundaries.size(); i++) {
      if (boundaries.get(i) < 1 || (i > 0 && boundaries.get(i) <= boundaries.get(i - 1))) {
        throw new IllegalArgumentException("boundaries must be ascending, distinct and >= 1, but were " + boundaries);
      }
    }
  }

  /** Current, 1-30, 31-60, 61-90, 90+. */
  public static AgeingBuckets ofDefaults() {
    return new AgeingBuckets(List.of(30, 60, 90));
  }

  /**
   * One bucket: items with {@code fromDays <= days past due <= toDays}.
   *
   * @param label e.g. {@code "1-30"}, {@code "current"}, {@code "90+"}
   * @param fromDays the least days past due, or null for the open-ended "current" bucket
   * @param toDays the most days past due, or null for the last bucket
   */
  public record Bucket(String label, @Nullable Integer fromDays, @Nullable Integer toDays) {

    /** Returns true if an item this many days past due belongs here. */
    public boolean contains(long daysPastDue) {
      return (fromDays == null || daysPastDue >= fromDays) && (toDays == null || daysPastDue <= toDays);
    }
  }

  /** The buckets in order, starting with "current". */
  public List<Bucket> buckets() {
    List<Bucket> out = new ArrayList<>();
    out.add(new Bucket("current", null, 0));
    int from = 1;
    for (int b : boundaries) {
      out.add(new Bucket(from + "-" + b, from, b));
      from = b + 1;
    }
    out.add(new Bucket(boundaries.isEmpty() ? "overdue" : boundaries.get(boundaries.size() - 1) + "+", from, null));
    return out;
  }

  /** The index of the bucket for an item this many days past due. */
  public int indexOf(long daysPastDue) {
    if (daysPastDue <= 0) {
      return 0;
    }
    for (int i = 0; i < boundaries.size(); i++) {
      if (daysPastDue <= boundaries.get(i)) {
        return i + 1;
      }
    }
    return boundaries.size() + 1;
  }
}
