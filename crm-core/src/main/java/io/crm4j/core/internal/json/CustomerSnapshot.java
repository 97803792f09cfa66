package io.crm4j.core.internal.json;

import io.crm4j.core.customer.Consent;
import io.crm4j.core.customer.ContactPoint;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.customer.HistoryEntry;
import io.crm4j.core.customer.PartyName;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The JSON shape of a {@link Customer}. */
@API(status = API.Status.INTERNAL, since = "0.1")
public record CustomerSnapshot(CustomerId id, long version, Customer.Kind kind, PartyName name,
    List<ContactPoint> contactPoints, Set<String> tags, Map<String, String> attributes,
    List<Consent> consents, List<HistoryEntry> history, Set<CustomerId> mergedIds, Instant createdAt,
    @Nullable Instant erasedAt) {

  static CustomerSnapshot of(Customer c) {
    return new CustomerSnapshot(c.id(), c.version(), c.kind(), c.name(), c.contactPoints(), c.tags(),
        c.attributes(), c.consents(), c.history(), c.mergedIds(), c.createdAt(), c.erasedAt().orElse(null));
  }

  /** Masks personal data like {@link Customer#toString()} does. */
  @Override
  public String toString() {
    return "CustomerSnapshot[" + toCustomer() + "]";
  }

  Customer toCustomer() {
    return Customer.restore(id, version, kind, name, contactPoints, tags, attributes, consents, history,
        mergedIds, createdAt, erasedAt);
  }
}
