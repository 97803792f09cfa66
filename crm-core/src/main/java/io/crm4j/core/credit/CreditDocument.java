package io.crm4j.core.credit;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A new sales document to be checked (an order being entered or changed). Immutable and
 * thread-safe.
 *
 * @param documentId the document number
 * @param segment the credit segment
 * @param value the value it adds to the exposure, at least 0
 * @param deliveryDate its planned delivery date
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CreditDocument(String documentId, CreditSegment segment, Money value, LocalDate deliveryDate) {

  public CreditDocument {
    Checks.identifier(documentId, "documentId");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(deliveryDate, "deliveryDate");
    if (value.isNegative()) {
      throw new IllegalArgumentException("value must be >= 0, but was " + value);
    }
  }
}
