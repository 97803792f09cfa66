package io.crm4j.core.complaint;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * Complaint KPIs over a period {@code [from, to)}, for the complaints received in it, with every
 * clock and status read as of {@code to}. Immutable and thread-safe.
 *
 * @param from start of the period (inclusive)
 * @param to end of the period (exclusive), also the instant of evaluation
 * @param received complaints received in the period
 * @param handlingRate resolved within SLA out of all received
 * @param firstResponseTimes business time to first response, for those responded to
 * @param resolutionTimes business time to resolution (over all resolution spans), for those resolved
 * @param slaComplianceByPriority per current priority, resolution clocks SUCCEEDED out of those
 *     SUCCEEDED or BREACHED
 * @param reopenRate reopened out of those ever resolved
 * @param followUpRate followed up out of those ever closed
 * @param recoveryRate follow-ups at or above the recovery satisfaction out of all follow-ups
 * @param csat CSAT of the follow-ups, empty without follow-ups
 * @param nps NPS of the recommendation answers, empty without answers
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ComplaintKpiReport(
    Instant from,
    Instant to,
    long received,
    KpiRatio handlingRate,
    DurationSummary firstResponseTimes,
    DurationSummary resolutionTimes,
    Map<Priority, KpiRatio> slaComplianceByPriority,
    KpiRatio reopenRate,
    KpiRatio followUpRate,
    KpiRatio recoveryRate,
    OptionalDouble csat,
    OptionalDouble nps) {

  public ComplaintKpiReport {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(handlingRate, "handlingRate");
    Objects.requireNonNull(firstResponseTimes, "firstResponseTimes");
    Objects.requireNonNull(resolutionTimes, "resolutionTimes");
    slaComplianceByPriority = Collections.unmodifiableMap(new EnumMap<>(
        Objects.requireNonNull(slaComplianceByPriority, "slaComplianceByPriority")));
    Objects.requireNonNull(reopenRate, "reopenRate");
    Objects.requireNonNull(followUpRate, "followUpRate");
    Objects.requireNonNull(recoveryRate, "recoveryRate");
    Objects.requireNonNull(csat, "csat");
    Objects.requireNonNull(nps, "nps");
  }
}
