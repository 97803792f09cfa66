package io.crm4j.core.service;

import io.crm4j.core.customer.Customer;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a merge did.
 *
 * @param survivor the merged customer as stored
 * @param movedActivities how many activity entries moved from the duplicate
 */
@API(status = API.Status.STABLE, since = "0.1")
public record MergeResult(Customer survivor, int movedActivities) {

  public MergeResult {
    Objects.requireNonNull(survivor, "survivor");
  }
}
