package io.crm4j.examples.demo;

import io.crm4j.core.complaint.Assessment;
import io.crm4j.core.complaint.Complaint;
import io.crm4j.core.complaint.ComplaintChannel;
import io.crm4j.core.complaint.ComplaintId;
import io.crm4j.core.complaint.ComplaintKpiReport;
import io.crm4j.core.complaint.ComplaintKpis;
import io.crm4j.core.complaint.ComplaintStatus;
import io.crm4j.core.complaint.KpiRatio;
import io.crm4j.core.complaint.KpiState;
import io.crm4j.core.complaint.Level;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The complaints step of the demo: a seeded random month of complaints, each received at a random
 * minute and handled step by step (acknowledge, assess, investigate, sometimes wait on the
 * customer, respond, resolve, close) with random delays, then measured against the preset SLA
 * targets on a weekday 09:00–18:00 UTC business calendar at the month's end. The month starts at
 * the instant of the given clock, so the same clock and seed always give the same month.
 */
final class ComplaintDemo {

  private static final String[] CATEGORIES = {"delivery", "billing", "product-quality", "service"};
  private static final String ACTOR = "demo-agent";
  /** Longest wall-clock hours from investigating to responding, for P1..P4: urgent cases are worked faster. */
  private static final int[] HANDLING_HOURS = {8, 24, 72, 120};

  private final StatusGraph graph = StatusGraph.ofDefaults();
  private final PriorityMatrix matrix = PriorityMatrix.ofDefaults();
  private final SlaPolicy sla = SlaPolicy.ofDefaults(BusinessCalendar.weekdays(ZoneOffset.UTC, TimeWindow.hours(9, 18)));
  private final Random random;
  private final Instant start;
  private final Instant end;

  ComplaintDemo(Clock clock, long seed, int days) {
    this.random = new Random(seed);
    this.start = clock.instant();
    this.end = start.plus(Duration.ofDays(days));
  }

  DemoResult.Complaints run(List<CustomerId> customers, int perDayAtMost) {
    List<Complaint> month = new ArrayList<>();
    long days = Duration.between(start, end).toDays();
    for (int day = 0; day < days; day++) {
      int count = 1 + random.nextInt(perDayAtMost);
      for (int k = 0; k < count; k++) {
        Instant at = start.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(random.nextInt(24 * 60)));
        CustomerId who = customers.get(random.nextInt(customers.size()));
        month.add(handle(ComplaintId.of("demo-" + day + "-" + k), who, at));
      }
    }
    ComplaintKpiReport kpis = ComplaintKpis.ofDefaults(sla).report(month, start, end);
    Map<String, long[]> compliance = new LinkedHashMap<>();
    for (Priority p : Priority.values()) {
      KpiRatio r = kpis.slaComplianceByPriority().get(p);
      compliance.put(p.name(), r == null ? new long[] {0, 0} : new long[] {r.numerator(), r.denominator()});
    }
    Map<String, Long> states = new LinkedHashMap<>();
    for (KpiState s : KpiState.values()) {
      states.put(s.name(), 0L);
    }
    for (Complaint c : month) {
      KpiState s = SlaClock.evaluate(c, SlaMetric.RESOLUTION, sla, end).state();
      states.merge(s.name(), 1L, Long::sum);
    }
    long resolved = month.stream().filter(c -> c.everReached(ComplaintStatus.RESOLVED)).count();
    double median = kpis.resolutionTimes().percentile(50).map(d -> d.toMinutes() / 60.0).orElse(-1.0);
    return new DemoResult.Complaints(kpis.received(), resolved, compliance, states, median);
  }

  /** Takes one complaint through its steps until it is closed or the month ends. */
  private Complaint handle(ComplaintId id, CustomerId customer, Instant receivedAt) {
    ComplaintChannel channel = ComplaintChannel.values()[random.nextInt(ComplaintChannel.values().length)];
    Complaint c = Complaint.receive(id, customer, channel, "refund or replacement",
        "simulated complaint", Priority.P3, ACTOR, receivedAt).value();
    Instant t = receivedAt.plus(minutes(5, 240));
    if (t.isAfter(end)) {
      return c;
    }
    c = c.moveTo(ComplaintStatus.ACKNOWLEDGED, graph, ACTOR, t, "receipt confirmed").orElseThrow();
    t = t.plus(minutes(10, 180));
    Assessment a = new Assessment(CATEGORIES[random.nextInt(CATEGORIES.length)], pick(Severity.values()),
        pick(Level.values()), pick(Level.values()));
    if (t.isAfter(end)) {
      return c;
    }
    c = c.assess(a, matrix, graph, ACTOR, t, "assessed").orElseThrow();
    t = t.plus(minutes(30, 600));
    if (t.isAfter(end)) {
      return c;
    }
    c = c.moveTo(ComplaintStatus.INVESTIGATING, graph, ACTOR, t, "investigating").orElseThrow();
    if (random.nextInt(100) < 15) {
      t = t.plus(minutes(60, 48 * 60));
      if (t.isAfter(end)) {
        return c;
      }
      c = c.moveTo(ComplaintStatus.WAITING_ON_CUSTOMER, graph, ACTOR, t, "asked for photos").orElseThrow();
      t = t.plus(minutes(60, 72 * 60));
      if (t.isAfter(end)) {
        return c;
      }
      c = c.moveTo(ComplaintStatus.INVESTIGATING, graph, ACTOR, t, "photos received").orElseThrow();
    }
    t = t.plus(minutes(30, HANDLING_HOURS[c.priority().ordinal()] * 60));
    if (t.isAfter(end)) {
      return c;
    }
    c = c.respond("replacement sent", graph, ACTOR, t).orElseThrow();
    t = t.plus(minutes(30, 24 * 60));
    if (t.isAfter(end)) {
      return c;
    }
    c = c.moveTo(ComplaintStatus.RESOLVED, graph, ACTOR, t, "customer confirmed").orElseThrow();
    t = t.plus(Duration.ofDays(1));
    if (t.isAfter(end)) {
      return c;
    }
    return c.moveTo(ComplaintStatus.CLOSED, graph, ACTOR, t, "closed").orElseThrow();
  }

  private Duration minutes(int least, int most) {
    return Duration.ofMinutes(least + random.nextInt(most - least + 1));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
