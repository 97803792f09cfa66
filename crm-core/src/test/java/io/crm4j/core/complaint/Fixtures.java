package io.crm4j.core.complaint;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Shared test data: an office calendar, a policy with round targets, and step helpers. */
final class Fixtures {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** Monday to Friday 09:00-18:00, 9 business hours a day. */
  static final BusinessCalendar OFFICE = BusinessCalendar.weekdays(SHANGHAI, TimeWindow.hours(9, 18));
  static final StatusGraph GRAPH = StatusGraph.ofDefaults();
  static final PriorityMatrix MATRIX = PriorityMatrix.ofDefaults();

  /**
   * First response / resolution (warning): P1 1h (30m) / 4h (3h); P2 2h (1h) / 8h (6h);
   * P3 4h (3h) / 16h (12h); P4 8h (6h) / 40h (30h).
   */
  static SlaPolicy policy(BusinessCalendar calendar) {
    return SlaPolicy.custom(calendar)
        .target(Priority.P1, new SlaTargets(SlaTarget.of(Duration.ofHours(1), Duration.ofMinutes(30)), SlaTarget.hours(4, 3)))
        .target(Priority.P2, new SlaTargets(SlaTarget.hours(2, 1), SlaTarget.hours(8, 6)))
        .target(Priority.P3, new SlaTargets(SlaTarget.hours(4, 3), SlaTarget.hours(16, 12)))
        .target(Priority.P4, new SlaTargets(SlaTarget.hours(8, 6), SlaTarget.hours(40, 30)))
        .build();
  }

  static final SlaPolicy POLICY = policy(OFFICE);

  private Fixtures() {}

  /** Local wall time in Shanghai. */
  static Instant at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
  }

  static Complaint received(String id, Priority p, Instant at) {
    return Complaint.receive(ComplaintId.of(id), CustomerId.of("C-" + id), ComplaintChannel.PHONE,
        "fix it", "", p, "agent", at).value();
  }

  /** The complaint after an applied outcome; fails the test on a rejection. */
  static Complaint ok(Outcome<Complaint> o) {
    return o.orElseThrow();
  }

  static Complaint move(Complaint c, ComplaintStatus to, Instant at) {
    return ok(c.moveTo(to, GRAPH, "agent", at, ""));
  }
}
