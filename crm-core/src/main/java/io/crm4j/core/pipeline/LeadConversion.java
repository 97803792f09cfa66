package io.crm4j.core.pipeline;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What converting a lead should produce: the customer to link (or to create, when no customer
 * has this id) and the opportunity to open. Immutable and thread-safe.
 *
 * @param customerId an existing customer to link, or the id of the customer to create
 * @param opportunityId the new opportunity's id
 * @param opportunityName what is being sold
 * @param amount the expected deal value
 * @param expectedClose when the owner expects to close it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LeadConversion(CustomerId customerId, OpportunityId opportunityId, String opportunityName, Money amount,
    LocalDate expectedClose) {

  public LeadConversion {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(opportunityId, "opportunityId");
    Checks.notBlank(opportunityName, "opportunityName");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(expectedClose, "expectedClose");
  }

  /**
   * What a conversion produced.
   *
   * @param lead the converted lead, history kept
   * @param opportunity the opened opportunity
   * @param customerCreated true when the customer was created, false when an existing one was linked
   */
  public record Result(Lead lead, Opportunity opportunity, boolean customerCreated) {
    public Result {
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(opportunity, "opportunity");
    }
  }
}
