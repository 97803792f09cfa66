package io.crm4j.examples.docs;

import io.crm4j.core.complaint.Assessment;
import io.crm4j.core.complaint.Complaint;
import io.crm4j.core.complaint.ComplaintChannel;
import io.crm4j.core.complaint.ComplaintConfig;
import io.crm4j.core.complaint.ComplaintId;
import io.crm4j.core.complaint.ComplaintService;
import io.crm4j.core.complaint.ComplaintStatus;
import io.crm4j.core.complaint.KpiState;
import io.crm4j.core.complaint.Level;
import io.crm4j.core.complaint.Priority;
import io.crm4j.core.complaint.Severity;
import io.crm4j.core.complaint.SlaClock;
import io.crm4j.core.complaint.SlaMetric;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.store.memory.InMemoryStore;
import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.MutableClock;
import io.crm4j.core.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** docs/concepts/complaints.md: a complaint through its first steps, measured by the SLA clocks. */
public final class ComplaintsExample {

  private ComplaintsExample() {}

  /** The derived priority, the first-response clock, whether a forbidden move was refused, and the stored version. */
  public record Result(Priority priority, KpiState firstResponse, boolean closeRefused, long version) {}

  /** @param receivedAt a weekday business hour (the calendar is Monday to Friday 09:00-18:00 UTC) */
  public static Result run(Instant receivedAt) {
    try (InMemoryStore store = InMemoryStore.create()) {
      // snippet-start
      BusinessCalendar office = BusinessCalendar.weekdays(ZoneOffset.UTC, TimeWindow.hours(9, 18));
      MutableClock clock = MutableClock.of(receivedAt);                  // a clock the example moves by hand
      ComplaintService complaints = ComplaintService.of(store, clock, ComplaintConfig.ofDefaults(office));
      ComplaintId id = ComplaintId.of("K-1");
      complaints.receive(id, CustomerId.of("C-1"), ComplaintChannel.PHONE, "replace the router",
          "router fails every evening", Priority.P3, "agent-7");

      clock.advance(Duration.ofMinutes(30));
      complaints.moveTo(id, ComplaintStatus.ACKNOWLEDGED, "agent-7", "receipt confirmed").orElseThrow();
      clock.advance(Duration.ofMinutes(10));
      Complaint c = complaints.assess(id, new Assessment("product-quality", Severity.MAJOR, Level.HIGH, Level.HIGH),
          "agent-7", "assessed").orElseThrow();                            // P1, stored as version 3

      KpiState firstResponse = SlaClock.evaluate(c, SlaMetric.FIRST_RESPONSE, complaints.config().sla(),
          clock.instant().plus(Duration.ofHours(1))).state();              // SUCCEEDED: 30 min < 1 h
      // closing before it is resolved is not in the graph: rejected (TRANSITION_NOT_ALLOWED), nothing changes
      Outcome<Complaint> close = complaints.moveTo(id, ComplaintStatus.CLOSED, "agent-7", "close");
      boolean refused = close.rejected();
      // snippet-end
      return new Result(c.priority(), firstResponse, refused, c.version());
    }
  }
}
