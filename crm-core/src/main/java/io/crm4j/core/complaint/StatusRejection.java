package io.crm4j.core.complaint;

import io.crm4j.core.outcome.RejectionDetail;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Why a complaint step was refused, beyond the rejection's code and message: the current status,
 * the status asked for and the statuses the graph allows next. Read it with
 * {@code rejected.detail(StatusRejection.class)}. Immutable and thread-safe.
 *
 * @param current the complaint's status
 * @param requested the status that was asked for
 * @param allowed the statuses the graph allows from {@code current} (REOPENED is left out once the
 *     reopen window has passed)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StatusRejection(ComplaintStatus current, ComplaintStatus requested, Set<ComplaintStatus> allowed)
    implements RejectionDetail {

  public StatusRejection {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(requested, "requested");
    allowed = Set.copyOf(allowed);
  }
}
