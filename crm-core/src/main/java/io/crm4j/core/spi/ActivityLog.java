package io.crm4j.core.spi;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.customer.CustomerId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The append-only log of purchases, payments, interactions and referrals. Entries are never
 * changed, except that {@link #reassign} moves a merged customer's entries to the survivor.
 *
 * <p>Time ranges are half-open: {@code from} inclusive, {@code to} exclusive. Results are in time
 * order, ties by id.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface ActivityLog {

  /** The order every query returns: by time, ties by the id's text. */
  Comparator<Activity> TIME_THEN_ID = Comparator.comparing(Activity::at).thenComparing(a -> a.id().value());

  /**
   * Appends one entry.
   *
   * @throws DuplicateIdException if an entry with the same id exists
   */
  void append(Activity activity);

  /** Appends several entries at once (batched by JDBC adapters): all of them or none. */
  void appendAll(List<? extends Activity> activities);

  /**
   * Loads a stream of entries in bulk, such as a purchase history, and returns how many it read,
   * inserted and skipped. Idempotent by {@link Activity#id()}: an entry whose id the log already
   * holds (or that came earlier in the stream) is skipped, so an import that failed midway can be
   * run again with the same stream and each entry ends up stored exactly once.
   *
   * <p>The stream is taken in chunks of {@link ImportOptions#chunkSize()} entries; on a store's log
   * each chunk is one unit of work of its own (a failure keeps the chunks committed before it), on a
   * unit of work's log everything joins that unit. Memory stays bounded by one chunk. Inserted
   * entries publish {@code ActivityEvent.Recorded} unless the options turn events off. The JDBC
   * store loads PostgreSQL through the {@code COPY} protocol and H2 in batches.
   *
   * <p>The default implementation, for adapters that have no insert-if-absent of their own, appends
   * each chunk with {@link #appendAll} and, when that meets a stored id, entry by entry; it always
   * publishes events.
   *
   * @throws UnsupportedOperationException from the default implementation if the options turn events off
   */
  default ImportSummary importAll(Stream<? extends Activity> activities, ImportOptions options) {
    Objects.requireNonNull(options, "options");
    if (!options.events()) {
      throw new UnsupportedOperationException("options.events must be true for " + getClass().getSimpleName()
          + ", which cannot import without events, but was false");
    }
    return ChunkedImport.run(activities, options, chunk -> ChunkedImport.appendEach(this, chunk));
  }

  /** Like {@link #importAll(Stream, ImportOptions)} with {@link ImportOptions#ofDefaults()}. */
  default ImportSummary importAll(Stream<? extends Activity> activities) {
    return importAll(activities, ImportOptions.ofDefaults());
  }

  /** One customer's entries in {@code [from, to)}. */
  List<Activity> byCustomer(CustomerId customerId, Instant from, Instant to);

  /**
   * The entries in {@code [from, to)} of each of {@code customerIds}, as {@link #byCustomer} gives
   * them; a customer without entries maps to an empty list. A store may answer in one query (the
   * JDBC store does), which a page-by-page job such as the nightly evaluation relies on.
   */
  default Map<CustomerId, List<Activity>> byCustomers(Collection<CustomerId> customerIds, Instant from, Instant to) {
    Objects.requireNonNull(customerIds, "customerIds");
    Map<CustomerId, List<Activity>> out = new LinkedHashMap<>();
    for (CustomerId id : customerIds) {
      out.put(id, byCustomer(id, from, to));
    }
    return out;
  }

  /** All of one customer's entries. */
  default List<Activity> byCustomer(CustomerId customerId) {
    return byCustomer(customerId, Instant.MIN, Instant.MAX);
  }

  /** Hands every entry in {@code [from, to)} to {@code sink} in time order, in bounded memory. */
  void scan(Instant from, Instant to, Consumer<? super Activity> sink);

  /** Moves every entry of {@code from} to {@code to}; returns how many moved. */
  int reassign(CustomerId from, CustomerId to);

  /** How many entries the log holds. */
  long count();
}
