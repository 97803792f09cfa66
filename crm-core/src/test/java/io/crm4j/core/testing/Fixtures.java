package io.crm4j.core.testing;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared test data. */
public final class Fixtures {

  public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  public static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  private Fixtures() {}

  public static Customer customer(String id) {
    return Customer.individual(CustomerId.of(id), "Given" + id, "Family" + id, T0);
  }

  public static Purchase purchase(String activityId, String customerId, Instant at, String eur) {
    return new Purchase(ActivityId.of(activityId), CustomerId.of(customerId), at, Money.of(eur, "EUR"), null);
  }
}
