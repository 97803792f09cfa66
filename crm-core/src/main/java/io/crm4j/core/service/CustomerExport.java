package io.crm4j.core.service;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.customer.Customer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * All data held about one customer, for a data subject's access request. {@code toString} masks
 * personal data; {@link io.crm4j.core.json.Crm4jJson} writes it in full.
 *
 * @param customer the customer record
 * @param activities the whole activity log of the customer, in time order
 * @param exportedAt when the export was made
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CustomerExport(Customer customer, List<Activity> activities, Instant exportedAt) {

  public CustomerExport {
    Objects.requireNonNull(customer, "customer");
    activities = List.copyOf(activities);
    Objects.requireNonNull(exportedAt, "exportedAt");
  }
}
