package io.crm4j.core.service;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerEvent;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.spi.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * Registers, changes, merges, exports and erases customers through a {@link Store}, each as one
 * unit of work that also publishes its {@link CustomerEvent}.
 *
 * <p>Thread-safe when the store is.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CustomerService {

  private final Store store;
  private final Clock clock;

  private CustomerService(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public static CustomerService of(Store store, Clock clock) {
    return new CustomerService(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"));
  }

  /** The customer repository of the underlying store. */
  public Repository<CustomerId, Customer> customers() {
    return store.repository(CustomerStorage.CUSTOMERS);
  }

  public Optional<Customer> find(CustomerId id) {
    return customers().find(id);
  }

  /** Stores a new customer and publishes {@link CustomerEvent.Registered}. */
  public Customer register(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    return store.inTransaction(tx -> {
      Customer stored = tx.repository(CustomerStorage.CUSTOMERS).insert(customer);
      tx.publish(new CustomerEvent.Registered(stored.id(), clock.instant()));
      return stored;
    });
  }

  /** Stores several new customers in one unit of work, publishing one event each: all or none. */
  public List<Customer> registerAll(List<Customer> newCustomers) {
    Objects.requireNonNull(newCustomers, "newCustomers");
    return store.inTransaction(tx -> {
      Repository<CustomerId, Customer> repo = tx.repository(CustomerStorage.CUSTOMERS);
      Instant now = clock.instant();
      List<Customer> stored = new java.util.ArrayList<>(newCustomers.size());
      for (Customer c : newCustomers) {
        Customer s = repo.insert(Objects.requireNonNull(c, "customer"));
        tx.publish(new CustomerEvent.Registered(s.id(), now));
        stored.add(s);
      }
      return stored;
    });
  }

  /**
   * Applies {@code change} to the stored customer and writes the result, publishing
   * {@link CustomerEvent.Updated}. The change receives the current time's reading of the customer.
   *
   * @throws StaleVersionException if another write landed between the read and this write
   * @throws IllegalArgumentException if no customer has this id
   */
  public Customer update(CustomerId id, UnaryOperator<Customer> change) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(change, "change");
    return store.inTransaction(tx -> {
      Repository<CustomerId, Customer> repo = tx.repository(CustomerStorage.CUSTOMERS);
      Customer current = repo.find(id).orElseThrow(() -> unknown(id));
      Customer stored = repo.update(change.apply(current));
      tx.publish(new CustomerEvent.Updated(id, stored.version(), clock.instant()));
      return stored;
    });
  }

  /**
   * Writes a customer changed by the caller from a version it read earlier, publishing
   * {@link CustomerEvent.Updated}.
   *
   * @throws StaleVersionException if the stored version is no longer the one {@code changed} carries
   */
  public Customer save(Customer changed) {
    Objects.requireNonNull(changed, "changed");
    return store.inTransaction(tx -> {
      Customer stored = tx.repository(CustomerStorage.CUSTOMERS).update(changed);
      tx.publish(new CustomerEvent.Updated(stored.id(), stored.version(), clock.instant()));
      return stored;
    });
  }

  /**
   * Folds {@code duplicate} into {@code survivor} in one unit of work: the survivor keeps every
   * contact point, consent and history entry of both, the duplicate's activity moves to the
   * survivor, and the duplicate is deleted. Of two merges of the same duplicate that run at the
   * same time, exactly one commits.
   *
   * @throws StaleVersionException if the survivor or the duplicate changed, or the duplicate was
   *     merged or deleted, since this merge read them; nothing was written
   * @throws IllegalArgumentException if either customer is not stored, or both ids are the same
   */
  public MergeResult merge(CustomerId survivor, CustomerId duplicate) {
    Objects.requireNonNull(survivor, "survivor");
    Objects.requireNonNull(duplicate, "duplicate");
    if (survivor.equals(duplicate)) {
      throw new IllegalArgumentException("duplicate must differ from survivor, but both were " + survivor);
    }
    return store.inTransaction(tx -> {
      Repository<CustomerId, Customer> repo = tx.repository(CustomerStorage.CUSTOMERS);
      Customer keep = repo.find(survivor).orElseThrow(() -> unknown(survivor));
      Customer drop = repo.find(duplicate).orElseThrow(() -> unknown(duplicate));
      Instant now = clock.instant();
      // the delete goes first and must succeed: a concurrent merge of the same duplicate that
      // committed since the read leaves nothing to delete, and this unit of work must then write nothing
      if (!repo.delete(duplicate, drop.version())) {
        throw new StaleVersionException(CustomerStorage.CUSTOMERS.name(), duplicate.value(), drop.version(), -1);
      }
      Customer merged = repo.update(keep.mergedWith(drop, now));
      int moved = tx.activities().reassign(duplicate, survivor);
      tx.publish(new CustomerEvent.Merged(survivor, duplicate, now));
      return new MergeResult(merged, moved);
    });
  }

  /** Everything held about one customer: the record and its whole activity log. */
  public CustomerExport export(CustomerId id) {
    Objects.requireNonNull(id, "id");
    return store.inTransaction(tx -> {
      Customer customer = tx.repository(CustomerStorage.CUSTOMERS).find(id).orElseThrow(() -> unknown(id));
      List<Activity> activities = tx.activities().byCustomer(id);
      return new CustomerExport(customer, activities, clock.instant());
    });
  }

  /** {@link #export} as JSON, for a data subject's access request. */
  public String exportJson(CustomerId id) {
    return Crm4jJson.writePretty(export(id));
  }

  /**
   * Erases the customer's personal data (names, contact points, free attributes) and publishes
   * {@link CustomerEvent.Erased}; activity stays, anonymous, so totals remain right.
   */
  public Customer erase(CustomerId id) {
    Objects.requireNonNull(id, "id");
    return store.inTransaction(tx -> {
      Repository<CustomerId, Customer> repo = tx.repository(CustomerStorage.CUSTOMERS);
      Customer current = repo.find(id).orElseThrow(() -> unknown(id));
      Instant now = clock.instant();
      Customer stored = repo.update(current.erased(now));
      tx.publish(new CustomerEvent.Erased(id, now));
      return stored;
    });
  }

  private static IllegalArgumentException unknown(CustomerId id) {
    return new IllegalArgumentException("customerId must name a stored customer, but was " + id);
  }
}
