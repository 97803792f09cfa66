package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStatus.*;
import static io.crm4j.core.complaint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  static SlaStatus resolution(Complaint c, Instant at) {
    return SlaClock.evaluate(c, SlaMetric.RESOLUTION, POLICY, at);
  }

  static SlaStatus firstResponse(Complaint c, Instant at) {
    return SlaClock.evaluate(c, SlaMetric.FIRST_RESPONSE, POLICY, at);
  }

  @Test
  void evaluate_pauseOfTwoBusinessHoursMovesDueByExactlyTwoBusinessHours() {
    // P3 resolution target 16h from Monday 2026-11-23 09:00: Monday gives 9h, Tuesday 7h: due Tue 16:00.
    Complaint c = move(received("A", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 9, 30));
    assertThat(resolution(c, at(11, 23, 9, 45)).due()).isEqualTo(at(11, 24, 16, 0));
    c = move(c, WAITING_ON_CUSTOMER, at(11, 23, 10, 0));
    SlaStatus paused = resolution(c, at(11, 23, 11, 0));
    assertThat(paused.state()).isEqualTo(KpiState.PAUSED);
    assertThat(paused.elapsed()).isEqualTo(Duration.ofHours(1));
    c = move(c, ASSESSED, at(11, 23, 12, 0));
    SlaStatus resumed = resolution(c, at(11, 23, 13, 0));
    // Tue 16:00 + 2 business hours = Tue 18:00
    assertThat(resumed.due()).isEqualTo(at(11, 24, 18, 0))
        .isEqualTo(OFFICE.addBusinessTime(at(11, 24, 16, 0), Duration.ofHours(2)));
    assertThat(resumed.elapsed()).isEqualTo(Duration.ofHours(2)); // 09-10 and 12-13
    assertThat(resumed.remaining()).isEqualTo(Duration.ofHours(14));
    assertThat(resumed.state()).isEqualTo(KpiState.IN_PROGRESS);
  }

  @Test
  void evaluate_overnightPauseCountsOnlyBusinessHours() {
    // Paused Monday 17:00 to Tuesday 10:00 = 1h Monday + 1h Tuesday = 2 business hours.
    Complaint c = move(received("B", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 9, 30));
    c = move(c, WAITING_ON_CUSTOMER, at(11, 23, 17, 0));
    SlaStatus paused = resolution(c, at(11, 24, 9, 30));
    assertThat(paused.state()).isEqualTo(KpiState.PAUSED);
    // as if resumed at Tue 09:30: 8h left, Tue 09:30 + 8h = Tue 17:30
    assertThat(paused.due()).isEqualTo(at(11, 24, 17, 30));
    c = move(c, INVESTIGATING, at(11, 24, 10, 0));
    assertThat(resolution(c, at(11, 24, 10, 0)).due()).isEqualTo(at(11, 24, 18, 0));
  }

  @Test
  void evaluate_firstResponseStopsAtAcknowledgementAndIsNeverRestarted() {
    Complaint c = received("C", Priority.P3, at(11, 23, 9, 0));
    SlaStatus before = firstResponse(c, at(11, 23, 11, 0));
    assertThat(before.state()).isEqualTo(KpiState.IN_PROGRESS);
    assertThat(before.due()).isEqualTo(at(11, 23, 13, 0));
    c = move(c, ACKNOWLEDGED, at(11, 23, 12, 30));
    c = move(c, ASSESSED, at(11, 23, 13, 0));
    c = move(c, RESPONDED, at(11, 23, 14, 0));
    c = move(c, RESOLVED, at(11, 23, 15, 0));
    c = move(c, REOPENED, at(11, 24, 9, 0));
    c = move(c, WAITING_ON_CUSTOMER, at(11, 24, 10, 0));
    c = move(c, INVESTIGATING, at(11, 24, 11, 0));
    SlaStatus fr = firstResponse(c, at(11, 25, 9, 0));
    assertThat(fr.state()).isEqualTo(KpiState.SUCCEEDED);
    assertThat(fr.elapsed()).isEqualTo(Duration.ofMinutes(210));
    assertThat(SlaClock.of(c, SlaMetric.FIRST_RESPONSE, POLICY, at(11, 25, 9, 0)).running())
        .containsExactly(new SlaClock.Interval(at(11, 23, 9, 0), at(11, 23, 12, 30)));
  }

  @Test
  void evaluate_reopenResumesResolutionClockCountingEarlierTime() {
    // Resolved Monday 15:00 after 6h; reopened Tuesday 09:00; at Tuesday 10:00 7h have elapsed.
    Complaint c = move(received("D", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 9, 10));
    c = move(c, ASSESSED, at(11, 23, 10, 0));
    c = move(c, RESPONDED, at(11, 23, 14, 0));
    c = move(c, RESOLVED, at(11, 23, 15, 0));
    SlaStatus met = resolution(c, at(11, 23, 17, 0));
    assertThat(met.state()).isEqualTo(KpiState.SUCCEEDED);
    assertThat(met.elapsed()).isEqualTo(Duration.ofHours(6));
    c = move(c, CLOSED, at(11, 23, 16, 0));
    c = move(c, REOPENED, at(11, 24, 9, 0));
    SlaStatus again = resolution(c, at(11, 24, 10, 0));
    assertThat(again.state()).isEqualTo(KpiState.IN_PROGRESS);
    assertThat(again.elapsed()).isEqualTo(Duration.ofHours(7));
    // 10h left from the resume at Tue 09:00: Tue 9h to 18:00, then Wed 09:00 + 1h = Wed 10:00
    assertThat(again.due()).isEqualTo(at(11, 25, 10, 0));
  }

  @Test
  void evaluate_priorityChangeRecomputesDueFromOriginalStart() {
    Complaint c = move(received("E", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 9, 10));
    assertThat(resolution(c, at(11, 23, 10, 0)).due()).isEqualTo(at(11, 24, 16, 0));
    c = c.changePriority(Priority.P1, "supervisor", at(11, 23, 10, 0), "media attention").value();
    // P1: 4h from the original receipt at 09:00 = 13:00, warning after 3h = 12:00
    assertThat(resolution(c, at(11, 23, 11, 0)).due()).isEqualTo(at(11, 23, 13, 0));
    assertThat(resolution(c, at(11, 23, 11, 0)).state()).isEqualTo(KpiState.IN_PROGRESS);
    assertThat(resolution(c, at(11, 23, 12, 0)).state()).isEqualTo(KpiState.NEARING_BREACH);
    assertThat(resolution(c, at(11, 23, 13, 0)).state()).isEqualTo(KpiState.NEARING_BREACH);
    SlaStatus late = resolution(c, at(11, 23, 13, 30));
    assertThat(late.state()).isEqualTo(KpiState.BREACHED);
    assertThat(late.remaining()).isZero();
    assertThat(late.elapsed()).isEqualTo(Duration.ofMinutes(270));
  }

  @Test
  void evaluate_dueAtCloseIsBreachedOnceTheDuePassesEvenOutsideHours() {
    // P1 resolution 4h from Friday 2026-11-20 14:00: due 18:00. Saturday adds no business time,
    // but the due time has passed unmet.
    Complaint c = received("F", Priority.P1, at(11, 20, 14, 0));
    SlaStatus saturday = resolution(c, at(11, 21, 10, 0));
    assertThat(saturday.elapsed()).isEqualTo(Duration.ofHours(4));
    assertThat(saturday.due()).isEqualTo(at(11, 20, 18, 0));
    assertThat(saturday.state()).isEqualTo(KpiState.BREACHED);
    assertThat(resolution(c, at(11, 20, 18, 0)).state()).isEqualTo(KpiState.NEARING_BREACH);
  }

  @Test
  void evaluate_lateResolutionStaysBreachedAndWithdrawalCancels() {
    Complaint late = move(received("G", Priority.P1, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 9, 20));
    late = move(late, ASSESSED, at(11, 23, 9, 30));
    late = move(late, RESPONDED, at(11, 23, 14, 0));
    late = move(late, RESOLVED, at(11, 23, 14, 0));
    SlaStatus s = resolution(late, at(11, 24, 9, 0));
    assertThat(s.state()).isEqualTo(KpiState.BREACHED);
    assertThat(s.due()).isEqualTo(at(11, 23, 13, 0));
    assertThat(s.elapsed()).isEqualTo(Duration.ofHours(5));

    Complaint gone = move(received("H", Priority.P3, at(11, 23, 9, 0)), WITHDRAWN, at(11, 23, 9, 5));
    assertThat(resolution(gone, at(11, 24, 9, 0)).state()).isEqualTo(KpiState.CANCELLED);
    assertThat(firstResponse(gone, at(11, 24, 9, 0)).state()).isEqualTo(KpiState.CANCELLED);
    assertThat(SlaClock.of(gone, SlaMetric.RESOLUTION, POLICY, at(11, 24, 9, 0)).phase())
        .isEqualTo(SlaClock.Phase.CANCELLED);
  }

  @Test
  void of_readsOnlyStepsUpToAsOf() {
    Complaint c = move(received("I", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 10, 0));
    SlaClock before = SlaClock.of(c, SlaMetric.FIRST_RESPONSE, POLICY, at(11, 23, 9, 30));
    assertThat(before.phase()).isEqualTo(SlaClock.Phase.RUNNING);
    assertThat(before.elapsed(OFFICE)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void of_invalidInputIsRejected() {
    Complaint c = received("J", Priority.P3, at(11, 23, 9, 0));
    assertThatThrownBy(() -> SlaClock.of(c, SlaMetric.RESOLUTION, POLICY, at(11, 23, 8, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("asOf must not be before receivedAt");
    assertThatThrownBy(() -> SlaClock.of(c, null, POLICY, at(11, 23, 9, 0)))
        .isInstanceOf(NullPointerException.class).hasMessage("metric");
    assertThatThrownBy(() -> new SlaClock.Interval(at(11, 23, 9, 0), at(11, 23, 8, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("end must not be before start");
  }
}
