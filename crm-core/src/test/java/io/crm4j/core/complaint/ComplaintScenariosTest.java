package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStatus.*;
import static io.crm4j.core.complaint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The two cases from the source material, with every figure worked out by hand in the comments.
 * Times are Asia/Shanghai wall times in November 2026 (the 20th is a Friday).
 */
class ComplaintScenariosTest {

  /** A bank branch: Monday to Friday 09:00-17:00, 8 business hours a day. */
  static final BusinessCalendar BANK = BusinessCalendar.weekdays(SHANGHAI, TimeWindow.hours(9, 17));
  static final SlaPolicy BANK_SLA = policy(BANK);
  static final EscalationPolicy BANK_ESCALATION = new EscalationPolicy(List.of(
      new EscalationRule("res-warn", SlaMetric.RESOLUTION, KpiState.NEARING_BREACH, Set.of(Priority.P1, Priority.P2),
          1, "branch-manager", List.of("district-office")),
      new EscalationRule("res-breach", SlaMetric.RESOLUTION, KpiState.BREACHED, Set.of(), 2, null,
          List.of("head-office-service"))));

  /** An online shop's service desk: every day 09:00-21:00, 12 business hours a day. */
  static final BusinessCalendar SHOP = BusinessCalendar.custom(SHANGHAI)
      .hours(DayOfWeek.MONDAY, TimeWindow.hours(9, 21)).hours(DayOfWeek.TUESDAY, TimeWindow.hours(9, 21))
      .hours(DayOfWeek.WEDNESDAY, TimeWindow.hours(9, 21)).hours(DayOfWeek.THURSDAY, TimeWindow.hours(9, 21))
      .hours(DayOfWeek.FRIDAY, TimeWindow.hours(9, 21)).hours(DayOfWeek.SATURDAY, TimeWindow.hours(9, 21))
      .hours(DayOfWeek.SUNDAY, TimeWindow.hours(9, 21)).build();
  static final SlaPolicy SHOP_SLA = policy(SHOP);

  static final Instant NOV_1 = at(11, 1, 0, 0);
  static final Instant DEC_1 = at(12, 1, 0, 0);

  static Complaint receive(String id, ComplaintChannel ch, String request, Priority p, Instant at) {
    return Complaint.receive(ComplaintId.of(id), CustomerId.of("C-" + id), ch, request, "", p, "front-desk", at)
        .value();
  }

  static Complaint assess(Complaint c, String category, Severity s, Level impact, Level urgency, Instant at) {
    return ok(c.assess(new Assessment(category, s, impact, urgency), MATRIX, GRAPH, "supervisor", at, ""));
  }

  @Test
  void bankBranchQueue_escalatedAndFollowedUp() {
    // A: a customer waited 90 minutes in the branch queue and complains at the counter, Friday 16:30.
    Complaint a = receive("BANK-A", ComplaintChannel.IN_PERSON, "apology and faster service", Priority.P3,
        at(11, 20, 16, 30));
    a = ok(a.moveTo(ACKNOWLEDGED, GRAPH, "teller", at(11, 20, 16, 45), "listened, recorded, apologised"));
    // MAJOR, impact MEDIUM, urgency HIGH: table gives P2, MAJOR's floor P3 does not lower it.
    a = assess(a, "service-queue", Severity.MAJOR, Level.MEDIUM, Level.HIGH, at(11, 23, 9, 30));
    assertThat(a.priority()).isEqualTo(Priority.P2);
    a = move(a, INVESTIGATING, at(11, 23, 10, 0));
    // B: a card kept by the branch ATM, Monday 10:00, phoned in.
    Complaint b = receive("BANK-B", ComplaintChannel.PHONE, "return my card", Priority.P3, at(11, 23, 10, 0));
    b = move(b, ACKNOWLEDGED, at(11, 23, 13, 30));
    b = assess(b, "atm", Severity.MINOR, Level.MEDIUM, Level.MEDIUM, at(11, 23, 13, 40));
    b = move(b, INVESTIGATING, at(11, 23, 13, 50));

    // A's resolution clock (P2: 8h, warn 6h): Friday 16:30-17:00 = 0.5h, then Monday from 09:00.
    // At Monday 14:00 5.5h have elapsed: nothing fires.
    assertThat(BANK_ESCALATION.evaluate(List.of(a, b), BANK_SLA, at(11, 23, 14, 0)).events()).isEmpty();
    // At 15:00 6.5h >= 6h: NEARING_BREACH, the P1/P2 warning rule fires for A only (B is P3).
    EscalationPolicy.Run run = BANK_ESCALATION.evaluate(List.of(a, b), BANK_SLA, at(11, 23, 15, 0));
    assertThat(run.events()).containsExactly(new ComplaintEvent.Escalated(a.id(), "res-warn", SlaMetric.RESOLUTION,
        KpiState.NEARING_BREACH, 0, 1, "branch-manager", List.of("district-office"), at(11, 23, 15, 0)));
    a = run.changed().get(0);
    assertThat(a.escalationLevel()).isEqualTo(1);
    assertThat(a.assignee()).isEqualTo("branch-manager");
    assertThat(SlaClock.evaluate(a, SlaMetric.RESOLUTION, BANK_SLA, at(11, 23, 15, 0)).due())
        .isEqualTo(at(11, 23, 16, 30));
    // The same instant again: idempotent.
    assertThat(BANK_ESCALATION.evaluate(List.of(a, b), BANK_SLA, at(11, 23, 15, 0)).changed()).isEmpty();

    a = ok(a.moveTo(ESCALATED, GRAPH, "branch-manager", at(11, 23, 15, 10), "manager apologised in person"));
    a = ok(a.respond("fee waived, priority-queue voucher, extra counter at lunch time", GRAPH, "branch-manager",
        at(11, 23, 15, 40)));
    a = move(a, RESOLVED, at(11, 23, 16, 0));
    a = move(a, CLOSED, at(11, 24, 10, 0));
    a = ok(a.followUp(new FollowUpSurvey(Satisfaction.SATISFIED, 8, "the new counter helps", "call-centre",
        at(11, 25, 10, 0)), GRAPH, Satisfaction.SATISFIED));

    // B: Monday 10-17 = 7h, Tuesday 8h, Wednesday 09-11 = 2h: 17h > 16h (P3), breached.
    b = ok(b.respond("card returned at the counter", GRAPH, "atm-team", at(11, 25, 10, 0)));
    run = BANK_ESCALATION.evaluate(List.of(a, b), BANK_SLA, at(11, 25, 11, 0));
    assertThat(run.events()).containsExactly(new ComplaintEvent.Escalated(b.id(), "res-breach", SlaMetric.RESOLUTION,
        KpiState.BREACHED, 0, 2, null, List.of("head-office-service"), at(11, 25, 11, 0)));
    b = run.changed().get(0);
    b = move(b, RESOLVED, at(11, 25, 14, 0));
    b = move(b, CLOSED, at(11, 25, 15, 0));
    b = ok(b.followUp(new FollowUpSurvey(Satisfaction.DISSATISFIED, 4, "three days for a card", "call-centre",
        at(11, 26, 10, 0)), GRAPH, Satisfaction.SATISFIED));
    // C: withdrawn before anyone answered.
    Complaint c = move(receive("BANK-C", ComplaintChannel.WEB, "explain the fee", Priority.P4, at(11, 24, 9, 0)),
        WITHDRAWN, at(11, 24, 9, 20));

    ComplaintKpiReport r = ComplaintKpis.ofDefaults(BANK_SLA).report(List.of(a, b, c), NOV_1, DEC_1);
    assertThat(r.received()).isEqualTo(3);
    // Only A was resolved within its SLA: A 0.5h + Monday 09:00-16:00 7h = 7.5h <= 8h.
    assertThat(r.handlingRate()).isEqualTo(new KpiRatio(1, 3));
    // First responses: A 16:30-16:45 = 15 min; B 10:00-13:30 = 3.5h; C never answered.
    assertThat(r.firstResponseTimes().sorted()).containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(210));
    assertThat(r.firstResponseTimes().median()).contains(Duration.ofMinutes(15));
    assertThat(r.firstResponseTimes().percentile(90)).contains(Duration.ofMinutes(210));
    // Resolution: A 7.5h; B 7h + 8h + Wednesday 09:00-14:00 5h = 20h.
    assertThat(r.resolutionTimes().sorted()).containsExactly(Duration.ofMinutes(450), Duration.ofHours(20));
    assertThat(r.slaComplianceByPriority()).isEqualTo(Map.of(
        Priority.P2, new KpiRatio(1, 1), Priority.P3, new KpiRatio(0, 1), Priority.P4, new KpiRatio(0, 0)));
    assertThat(r.slaComplianceByPriority().get(Priority.P4).ratio()).isEmpty();
    assertThat(r.reopenRate()).isEqualTo(new KpiRatio(0, 2));
    assertThat(r.followUpRate()).isEqualTo(new KpiRatio(2, 2));
    // Recovered: A (SATISFIED) yes, B (DISSATISFIED) no.
    assertThat(r.recoveryRate()).isEqualTo(new KpiRatio(1, 2));
    // CSAT top-two-box: 1 of 2 = 50. NPS: 8 is passive, 4 a detractor: (0 - 1) / 2 * 100 = -50.
    assertThat(r.csat().getAsDouble()).isCloseTo(50.0, within(1e-9));
    assertThat(r.nps().getAsDouble()).isCloseTo(-50.0, within(1e-9));
  }

  @Test
  void shoeColour_reopenedAfterClosing() {
    // S1: the shoes delivered are a different colour from the photo; complaint in the app, Saturday 20:00.
    Complaint s1 = receive("SHOE-1", ComplaintChannel.APP, "exchange for the colour shown", Priority.P3,
        at(11, 21, 20, 0));
    s1 = move(s1, ACKNOWLEDGED, at(11, 22, 9, 30));
    // MINOR, impact LOW, urgency MEDIUM: P4 (no floor for MINOR); resolution target 40h.
    s1 = assess(s1, "product-colour", Severity.MINOR, Level.LOW, Level.MEDIUM, at(11, 22, 10, 0));
    assertThat(s1.priority()).isEqualTo(Priority.P4);
    s1 = ok(s1.moveTo(WAITING_ON_CUSTOMER, GRAPH, "agent", at(11, 22, 10, 30), "asked for a photo"))
        .attach(new AttachmentRef("oss://complaints/SHOE-1/photo-1.jpg", "customer's photo"));
    s1 = move(s1, INVESTIGATING, at(11, 22, 14, 30));
    s1 = ok(s1.respond("exchange the pair, free return shipping", GRAPH, "agent", at(11, 22, 15, 0)));
    s1 = move(s1, RESOLVED, at(11, 23, 11, 0));
    s1 = move(s1, CLOSED, at(11, 23, 12, 0));
    // S2: a sole coming off, Monday 09:00, handled in one day.
    Complaint s2 = receive("SHOE-2", ComplaintChannel.WEB, "repair or replace", Priority.P3, at(11, 23, 9, 0));
    s2 = move(s2, ACKNOWLEDGED, at(11, 23, 9, 10));
    s2 = assess(s2, "product-quality", Severity.MAJOR, Level.MEDIUM, Level.MEDIUM, at(11, 23, 9, 30));
    s2 = move(s2, INVESTIGATING, at(11, 23, 10, 0));
    s2 = ok(s2.respond("replacement pair", GRAPH, "agent", at(11, 23, 13, 0)));
    s2 = move(s2, RESOLVED, at(11, 23, 15, 0));
    s2 = move(s2, CLOSED, at(11, 23, 15, 30));

    // S1's first span: Saturday 20-21 = 1h, Sunday 09:00-10:30 = 1.5h, paused 10:30-14:30,
    // Sunday 14:30-21:00 = 6.5h, Monday 09-11 = 2h: 11h.
    ComplaintKpis kpis = ComplaintKpis.ofDefaults(SHOP_SLA);
    ComplaintKpiReport beforeReopen = kpis.report(List.of(s1, s2), NOV_1, at(11, 24, 0, 0));
    assertThat(beforeReopen.resolutionTimes().sorted()).containsExactly(Duration.ofHours(6), Duration.ofHours(11));
    assertThat(beforeReopen.reopenRate()).isEqualTo(new KpiRatio(0, 2));

    // Wednesday 10:00: the replacement has the same wrong shade.
    s1 = ok(s1.moveTo(REOPENED, GRAPH, "agent", at(11, 25, 10, 0), "replacement same shade"));
    SlaStatus reopened = SlaClock.evaluate(s1, SlaMetric.RESOLUTION, SHOP_SLA, at(11, 25, 12, 0));
    // 11h earlier + Wednesday 10-12 = 13h, IN_PROGRESS (warning at 30h). Due: 29h left from
    // Wednesday 10:00 = Wed 11h + Thu 12h + Fri 6h: Friday 15:00.
    assertThat(reopened.elapsed()).isEqualTo(Duration.ofHours(13));
    assertThat(reopened.state()).isEqualTo(KpiState.IN_PROGRESS);
    assertThat(reopened.due()).isEqualTo(at(11, 27, 15, 0));
    // first response is not restarted: Saturday 20-21 + Sunday 09:00-09:30 = 1.5h, met.
    SlaStatus fr = SlaClock.evaluate(s1, SlaMetric.FIRST_RESPONSE, SHOP_SLA, at(11, 25, 12, 0));
    assertThat(fr.state()).isEqualTo(KpiState.SUCCEEDED);
    assertThat(fr.elapsed()).isEqualTo(Duration.ofMinutes(90));
    ComplaintKpiReport midway = kpis.report(List.of(s1, s2), NOV_1, at(11, 25, 12, 0));
    assertThat(midway.handlingRate()).isEqualTo(new KpiRatio(1, 2));
    assertThat(midway.reopenRate()).isEqualTo(new KpiRatio(1, 2));
    assertThat(midway.resolutionTimes().sorted()).containsExactly(Duration.ofHours(6));

    s1 = move(s1, INVESTIGATING, at(11, 25, 10, 30));
    s1 = ok(s1.respond("full refund, keep the pair", GRAPH, "agent", at(11, 25, 14, 0)));
    s1 = move(s1, RESOLVED, at(11, 25, 16, 0));
    s1 = move(s1, CLOSED, at(11, 25, 16, 30));
    s1 = ok(s1.followUp(new FollowUpSurvey(Satisfaction.SATISFIED, 9, "refund was quick", "call-centre",
        at(11, 27, 11, 0)), GRAPH, Satisfaction.SATISFIED));

    ComplaintKpiReport r = kpis.report(List.of(s1, s2), NOV_1, DEC_1);
    assertThat(r.received()).isEqualTo(2);
    // S1 11h + Wednesday 10-16 6h = 17h <= 40h; S2 09:00-15:00 = 6h <= 16h: both within SLA.
    assertThat(r.handlingRate()).isEqualTo(new KpiRatio(2, 2));
    assertThat(r.firstResponseTimes().sorted()).containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(90));
    assertThat(r.resolutionTimes().sorted()).containsExactly(Duration.ofHours(6), Duration.ofHours(17));
    assertThat(r.slaComplianceByPriority())
        .isEqualTo(Map.of(Priority.P3, new KpiRatio(1, 1), Priority.P4, new KpiRatio(1, 1)));
    assertThat(r.reopenRate()).isEqualTo(new KpiRatio(1, 2));
    assertThat(r.reopenRate().ratio().getAsDouble()).isCloseTo(0.5, within(1e-12));
    // closed: both; followed up: S1 only.
    assertThat(r.followUpRate()).isEqualTo(new KpiRatio(1, 2));
    assertThat(r.recoveryRate()).isEqualTo(new KpiRatio(1, 1));
    // one answer, SATISFIED: CSAT 100; one recommendation 9, a promoter: NPS 100.
    assertThat(r.csat().getAsDouble()).isCloseTo(100.0, within(1e-9));
    assertThat(r.nps().getAsDouble()).isCloseTo(100.0, within(1e-9));
    assertThat(s1.steps()).extracting(ComplaintStep::to).containsSubsequence(CLOSED, REOPENED, RESOLVED, CLOSED,
        FOLLOWED_UP);
  }
}
