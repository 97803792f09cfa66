package io.crm4j.core.spi;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.customer.CustomerId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
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

  /** One customer's entries in {@code [from, to)}. */
  List<Activity> byCustomer(CustomerId customerId, Instant from, Instant to);

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
