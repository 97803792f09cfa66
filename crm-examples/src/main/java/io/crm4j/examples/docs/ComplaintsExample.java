package io.crm4j.examples.docs;

import io.crm4j.core.complaint.Assessment;
import io.crm4j.core.complaint.Complaint;
import io.crm4j.core.complaint.ComplaintChannel;
import io.crm4j.core.complaint.ComplaintId;
import io.crm4j.core.complaint.ComplaintStatus;
import io.crm4j.core.complaint.KpiState;
import io.crm4j.core.complaint.Level;
import io.crm4j.core.complaint.Outcome;
import io.crm4j.core.complaint.Priority;
import io.crm4j.core.complaint.PriorityMatrix;
import io.crm4j.core.complaint.Severity;
import io.crm4j.core.complaint.SlaClock;
import io.crm4j.core.complaint.SlaMetric;
import io.crm4j.core.complaint.SlaPolicy;
import io.crm4j.core.complaint.StatusGraph;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** docs/concepts/complaints.md: a complaint through its first steps, measured by the SLA clocks. */
public final class ComplaintsExample {

  private ComplaintsExample() {}

  /** The derived priority, the first-response clock and whether a forbidden move was refused. */
  public record Result(Priority priority, KpiState firstResponse, boolean closeRefused) {}

  /** @param receivedAt a weekday business hour (the calendar is Monday to Friday 09:00-18:00 UTC) */
  public static Result run(Instant receivedAt) {
    // snippet-start
    StatusGraph graph = StatusGraph.ofDefaults();
    SlaPolicy sla = SlaPolicy.ofDefaults(BusinessCalendar.weekdays(ZoneOffset.UTC, TimeWindow.hours(9, 18)));
    Complaint c = accepted(Complaint.receive(ComplaintId.of("K-1"), CustomerId.of("C-1"), ComplaintChannel.PHONE,
        "replace the router", "router fails every evening", Priority.P3, "agent-7", receivedAt));

    Instant t = receivedAt.plus(Duration.ofMinutes(30));
    c = accepted(c.moveTo(ComplaintStatus.ACKNOWLEDGED, graph, "agent-7", t, "receipt confirmed"));
    c = accepted(c.assess(new Assessment("product-quality", Severity.MAJOR, Level.HIGH, Level.HIGH),
        PriorityMatrix.ofDefaults(), graph, "agent-7", t.plus(Duration.ofMinutes(10)), "assessed"));   // P1

    KpiState firstResponse = SlaClock.evaluate(c, SlaMetric.FIRST_RESPONSE, sla, t.plus(Duration.ofHours(1)))
        .state();                                                                 // SUCCEEDED: 30 min < 1 h
    // closing before it is resolved is not in the graph: a Rejected outcome, nothing changes
    boolean refused = c.moveTo(ComplaintStatus.CLOSED, graph, "agent-7", t.plus(Duration.ofHours(1)), "close")
        instanceof Outcome.Rejected;
    // snippet-end
    return new Result(c.priority(), firstResponse, refused);
  }

  private static Complaint accepted(Outcome outcome) {
    if (outcome instanceof Outcome.Accepted a) {
      return a.complaint();
    }
    throw new IllegalStateException("the example's step must be accepted, but was " + outcome);
  }
}
