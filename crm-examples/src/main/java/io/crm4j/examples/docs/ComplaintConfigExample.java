package io.crm4j.examples.docs;

import io.crm4j.core.complaint.Complaint;
import io.crm4j.core.complaint.ComplaintChannel;
import io.crm4j.core.complaint.ComplaintConfig;
import io.crm4j.core.complaint.ComplaintId;
import io.crm4j.core.complaint.ComplaintService;
import io.crm4j.core.complaint.EscalationPolicy;
import io.crm4j.core.complaint.EscalationRule;
import io.crm4j.core.complaint.KpiState;
import io.crm4j.core.complaint.Priority;
import io.crm4j.core.complaint.SlaClock;
import io.crm4j.core.complaint.SlaMetric;
import io.crm4j.core.complaint.SlaPolicy;
import io.crm4j.core.complaint.SlaTarget;
import io.crm4j.core.complaint.SlaTargets;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.store.memory.InMemoryStore;
import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.TimeWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * docs/concepts/complaints.md: a custom SLA policy on a calendar with a holiday, and a custom
 * escalation rule, run by the service's escalation sweep.
 */
public final class ComplaintConfigExample {

  private ComplaintConfigExample() {}

  /**
   * When the first response is due, how many escalations the holiday sweep and the next day's sweep
   * fired, and the complaint's escalation level and assignee afterwards.
   */
  public record Result(Instant firstResponseDue, int firedOnHoliday, int firedNextDay, int level, String assignee) {}

  public static Result run() {
    try (InMemoryStore store = InMemoryStore.create()) {
      Clock clock = Clock.fixed(Instant.parse("2026-03-02T17:45:00Z"), ZoneOffset.UTC);   // a Monday
      // snippet-start
      BusinessCalendar office = BusinessCalendar.custom(ZoneOffset.UTC)
          .weekdays(TimeWindow.hours(9, 18))
          .holiday(LocalDate.of(2026, 3, 3))                       // closed on Tuesday 3 March
          .build();
      SlaPolicy sla = SlaPolicy.from(SlaPolicy.ofDefaults(office))  // the presets for P2 to P4
          .target(Priority.P1, new SlaTargets(
              SlaTarget.of(Duration.ofMinutes(30), Duration.ofMinutes(20)),   // first response: 30 min, warn at 20
              SlaTarget.hours(4, 3)))                                         // resolution: 4 h, warn at 3
          .build();
      EscalationPolicy escalation = EscalationPolicy.custom()
          .rule(EscalationRule.custom("p1-no-first-response")
              .metric(SlaMetric.FIRST_RESPONSE).trigger(KpiState.BREACHED).priorities(Priority.P1)
              .raiseToLevel(2).reassignTo("duty-manager").recipients("complaints-manager")
              .build())
          .build();
      ComplaintService complaints = ComplaintService.of(store, clock,
          ComplaintConfig.custom(office).sla(sla).escalation(escalation).build());

      ComplaintId id = ComplaintId.of("K-2");                      // received Monday 17:45
      Complaint received = complaints.receive(id, CustomerId.of("C-1"), ComplaintChannel.EMAIL,
          "refund the double charge", "charged twice for March", Priority.P1, "agent-7");
      // 15 min on Monday, none on the holiday, 15 min on Wednesday: due 2026-03-04T09:15Z
      Instant due = SlaClock.evaluate(received, SlaMetric.FIRST_RESPONSE, sla, clock.instant()).due();
      int onHoliday = complaints.escalate(Instant.parse("2026-03-03T12:00:00Z")).events().size();   // 0
      int nextDay = complaints.escalate(Instant.parse("2026-03-04T09:20:00Z")).events().size();     // 1
      Complaint escalated = complaints.find(id).orElseThrow();    // level 2, with duty-manager
      // snippet-end
      return new Result(due, onHoliday, nextDay, escalated.escalationLevel(), escalated.assignee());
    }
  }
}
