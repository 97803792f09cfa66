package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStatus.*;
import static io.crm4j.core.complaint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.TimeWindow;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Complaints, policies and events round-trip through {@link Crm4jJson}. */
class ComplaintJsonTest {

  static Complaint fullComplaint() {
    Complaint c = move(received("J-1", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 9, 5));
    c = ok(c.assess(new Assessment("product-colour", Severity.MINOR, Level.LOW, Level.MEDIUM), MATRIX, GRAPH, "lead",
        at(11, 23, 9, 10), "assessed"));
    c = ok(c.respond("exchange", GRAPH, "agent", at(11, 23, 10, 0)));
    c = move(c, RESOLVED, at(11, 23, 11, 0));
    c = move(c, CLOSED, at(11, 23, 12, 0));
    c = ok(c.followUp(new FollowUpSurvey(Satisfaction.SATISFIED, 9, "thanks", "cc", at(11, 24, 9, 0)), GRAPH,
        Satisfaction.SATISFIED));
    return c.attach(new AttachmentRef("oss://a/b.jpg", "photo")).assign("wang", "lead", at(11, 24, 9, 1))
        .withVersion(4);
  }

  @Test
  void write_complaintRoundTrips() {
    Complaint c = fullComplaint();
    String json = Crm4jJson.write(c);
    assertThat(json).contains("\"id\":\"J-1\"").contains("\"status\":\"FOLLOWED_UP\"");
    assertThat(Crm4jJson.read(json, Complaint.class)).isEqualTo(c);
    Complaint fresh = received("J-2", Priority.P1, at(11, 23, 9, 0));
    assertThat(Crm4jJson.read(Crm4jJson.write(fresh), Complaint.class)).isEqualTo(fresh);
  }

  @Test
  void write_policiesRoundTrip() {
    BusinessCalendar cal = BusinessCalendar.from(OFFICE).holiday(LocalDate.of(2026, 10, 1))
        .specialDay(LocalDate.of(2026, 10, 10), TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 30))).build();
    SlaPolicy sla = SlaPolicy.from(policy(cal)).categoryTarget("safety", Priority.P2,
        new SlaTargets(SlaTarget.hours(1, 1), SlaTarget.hours(4, 2))).build();
    String json = Crm4jJson.write(sla);
    SlaPolicy back = Crm4jJson.read(json, SlaPolicy.class);
    assertThat(back).isEqualTo(sla);
    // the calendar read back computes the same due times
    assertThat(back.calendar().addBusinessTime(at(9, 30, 17, 30), java.time.Duration.ofHours(8)))
        .isEqualTo(cal.addBusinessTime(at(9, 30, 17, 30), java.time.Duration.ofHours(8)));
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(SHANGHAI);
    assertThat(Crm4jJson.read(Crm4jJson.write(always), BusinessCalendar.class)).isEqualTo(always);
    assertThat(Crm4jJson.read(Crm4jJson.write(GRAPH), StatusGraph.class)).isEqualTo(GRAPH);
    assertThat(Crm4jJson.read(Crm4jJson.write(MATRIX), PriorityMatrix.class)).isEqualTo(MATRIX);
    EscalationPolicy esc = new EscalationPolicy(List.of(new EscalationRule("warn", SlaMetric.RESOLUTION,
        KpiState.NEARING_BREACH, Set.of(Priority.P1), 1, null, List.of("lead"))));
    assertThat(Crm4jJson.read(Crm4jJson.write(esc), EscalationPolicy.class)).isEqualTo(esc);
  }

  @Test
  void write_eventsRoundTripWithTheirType() {
    List<DomainEvent> events = new ArrayList<>();
    events.add(Complaint.receive(ComplaintId.of("J-3"), io.crm4j.core.customer.CustomerId.of("C-3"),
        ComplaintChannel.EMAIL, "x", "", Priority.P2, "a", at(11, 23, 9, 0)).events().get(0));
    events.add(new ComplaintEvent.Escalated(ComplaintId.of("J-3"), "warn", SlaMetric.RESOLUTION,
        KpiState.NEARING_BREACH, 0, 1, null, List.of("lead"), at(11, 23, 12, 0)));
    events.add(new ComplaintEvent.FollowedUp(ComplaintId.of("J-3"), Satisfaction.NEUTRAL, null, false,
        at(11, 25, 12, 0)));
    for (DomainEvent e : events) {
      String json = Crm4jJson.write(e);
      assertThat(json).contains("\"type\":\"" + e.type() + "\"");
      assertThat(Crm4jJson.read(json, DomainEvent.class)).isEqualTo(e);
    }
  }
}
