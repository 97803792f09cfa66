package io.crm4j.core.service;

import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.spi.AggregateType;
import org.apiguardian.api.API;

/**
 * How the stores know the customer aggregate. Kept out of {@link Customer} so that the model does
 * not depend on the storage SPI; used by {@link CustomerService}, the other areas' services and by
 * adapter tests.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CustomerStorage {

  /** Customers, keyed by their {@link CustomerId}. */
  public static final AggregateType<CustomerId, Customer> CUSTOMERS = AggregateType.of("customer", Customer.class,
      Customer::id, CustomerId::value, CustomerId::of, Customer::version, Customer::withVersion);

  private CustomerStorage() {}
}
