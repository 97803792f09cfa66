package io.crm4j.core.spi;

import io.crm4j.core.activity.Activity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * For adapters: the loop behind {@link ActivityLog#importAll}. It takes the stream in chunks, hands
 * each to the adapter's insert-if-absent, tells the progress listener, and adds up the totals, so
 * an adapter writes only the chunk. Memory stays bounded by one chunk.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ChunkedImport {

  /** An adapter's write of one chunk: inserts the entries whose id is not stored, returns how many. */
  @FunctionalInterface
  public interface ChunkWriter {
    int insertAbsent(List<Activity> chunk);
  }

  private ChunkedImport() {}

  /**
   * Imports {@code activities} chunk by chunk through {@code writer}, telling the options' progress
   * listener the totals after each chunk. Closes the stream.
   */
  public static ImportSummary run(Stream<? extends Activity> activities, ImportOptions options, ChunkWriter writer) {
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(options, "options");
    ImportSummary total = ImportSummary.EMPTY;
    try (activities) {
      Iterator<? extends Activity> it = activities.iterator();
      List<Activity> chunk = new ArrayList<>(Math.min(options.chunkSize(), 1 << 16));
      while (it.hasNext()) {
        chunk.add(Objects.requireNonNull(it.next(), "activity"));
        if (chunk.size() == options.chunkSize() || !it.hasNext()) {
          int inserted = writer.insertAbsent(chunk);
          total = total.plus(chunk.size(), inserted);
          options.progress().accept(total);
          chunk.clear();
        }
      }
    }
    return total;
  }

  /** The chunk without entries whose id came earlier in it (the first one stays). */
  public static List<Activity> distinct(List<Activity> chunk) {
    Map<String, Activity> byId = new LinkedHashMap<>();
    for (Activity a : chunk) {
      byId.putIfAbsent(a.id().value(), a);
    }
    return byId.size() == chunk.size() ? chunk : new ArrayList<>(byId.values());
  }

  /**
   * The insert-if-absent of an adapter that has none of its own: the chunk through
   * {@link ActivityLog#appendAll}, and entry by entry when that finds a stored id. Publishes an
   * event per inserted entry, as {@code appendAll} does.
   */
  public static int appendEach(ActivityLog log, List<Activity> chunk) {
    List<Activity> distinct = distinct(chunk);
    try {
      log.appendAll(distinct);
      return distinct.size();
    } catch (DuplicateIdException e) {
      int inserted = 0;
      for (Activity a : distinct) {
        try {
          log.append(a);
          inserted++;
        } catch (DuplicateIdException stored) {
          // already there: this is what makes a rerun load each entry once
        }
      }
      return inserted;
    }
  }
}
