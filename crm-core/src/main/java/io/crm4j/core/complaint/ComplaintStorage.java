package io.crm4j.core.complaint;

import io.crm4j.core.spi.AggregateType;
import org.apiguardian.api.API;

/**
 * How the stores know the complaint aggregate. Kept out of {@link Complaint} so that the model
 * does not depend on the storage SPI; used by {@link ComplaintService} and by adapter tests.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ComplaintStorage {

  /** The complaint aggregate, keyed by its {@link ComplaintId}. */
  public static final AggregateType<ComplaintId, Complaint> COMPLAINTS = AggregateType.of("complaint",
      Complaint.class, Complaint::id, ComplaintId::value, ComplaintId::of, Complaint::version,
      Complaint::withVersion);

  private ComplaintStorage() {}
}
