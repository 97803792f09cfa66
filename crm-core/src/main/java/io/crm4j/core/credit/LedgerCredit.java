package io.crm4j.core.credit;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What is left of a payment or credit note after its allocations: a credit the customer holds on
 * the account (for example an over-payment). Immutable and thread-safe.
 *
 * @param documentId the payment's or credit note's document id
 * @param date the payment or credit note date
 * @param remaining the unallocated amount, more than 0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LedgerCredit(String documentId, LocalDate date, Money remaining) {

  public LedgerCredit {
    Checks.identifier(documentId, "documentId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(remaining, "remaining");
    if (!remaining.isPositive()) {
      throw new IllegalArgumentException("remaining of " + documentId + " must be > 0, but was " + remaining);
    }
  }
}
