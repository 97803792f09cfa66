package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStatus.*;
import static io.crm4j.core.complaint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintKpisTest {

  @Test
  void report_emptyPeriodHasEmptyRatiosAndNoNaN() {
    ComplaintKpiReport r = ComplaintKpis.ofDefaults(POLICY).report(List.of(), at(11, 1, 0, 0), at(12, 1, 0, 0));
    assertThat(r.received()).isZero();
    assertThat(r.handlingRate().ratio()).isEmpty();
    assertThat(r.csat()).isEmpty();
    assertThat(r.nps()).isEmpty();
    assertThat(r.firstResponseTimes().median()).isEmpty();
    assertThat(r.slaComplianceByPriority()).isEmpty();
  }

  @Test
  void report_countsOnlyComplaintsReceivedInThePeriod() {
    Complaint before = received("Q-1", Priority.P3, at(10, 30, 9, 0));
    Complaint inside = received("Q-2", Priority.P3, at(11, 23, 9, 0));
    Complaint atEnd = received("Q-3", Priority.P3, at(12, 1, 0, 0));
    ComplaintKpiReport r = ComplaintKpis.ofDefaults(POLICY).report(List.of(before, inside, atEnd), at(11, 1, 0, 0),
        at(12, 1, 0, 0));
    assertThat(r.received()).isEqualTo(1);
    // Q-2 never resolved: resolution clock breached long before December, handling 0 / 1.
    assertThat(r.handlingRate()).isEqualTo(new KpiRatio(0, 1));
    assertThat(r.slaComplianceByPriority().get(Priority.P3)).isEqualTo(new KpiRatio(0, 1));
  }

  @Test
  void report_usesThePluggedFormulas() {
    Complaint c = received("Q-4", Priority.P3, at(11, 23, 9, 0));
    for (ComplaintStatus s : List.of(ACKNOWLEDGED, ASSESSED, RESPONDED, RESOLVED, CLOSED)) {
      c = move(c, s, at(11, 23, 10, 0));
    }
    c = ok(c.followUp(new FollowUpSurvey(Satisfaction.NEUTRAL, null, "", "a", at(11, 24, 9, 0)), GRAPH,
        Satisfaction.SATISFIED));
    // a mean-score CSAT on 1-5 scaled to 0-100: NEUTRAL = 3 -> (3 - 1) / 4 * 100 = 50
    ComplaintKpis kpis = new ComplaintKpis(POLICY,
        answers -> answers.stream().mapToInt(Satisfaction::score).average().orElseThrow() * 25 - 25,
        NpsFormula.standard(), Satisfaction.NEUTRAL);
    ComplaintKpiReport r = kpis.report(List.of(c), at(11, 1, 0, 0), at(12, 1, 0, 0));
    assertThat(r.csat().getAsDouble()).isCloseTo(50.0, within(1e-9));
    assertThat(r.nps()).isEmpty();
    assertThat(r.recoveryRate()).isEqualTo(new KpiRatio(1, 1));
    assertThat(r.resolutionTimes().sorted()).containsExactly(Duration.ofHours(1));
  }

  @Test
  void report_formulaOutOfRangeIsAnError() {
    Complaint c = received("Q-5", Priority.P3, at(11, 23, 9, 0));
    for (ComplaintStatus s : List.of(ACKNOWLEDGED, ASSESSED, RESPONDED, RESOLVED, CLOSED)) {
      c = move(c, s, at(11, 23, 10, 0));
    }
    List<Complaint> one = List.of(ok(c.followUp(new FollowUpSurvey(Satisfaction.NEUTRAL, 5, "", "a",
        at(11, 24, 9, 0)), GRAPH, Satisfaction.SATISFIED)));
    ComplaintKpis nan = new ComplaintKpis(POLICY, answers -> Double.NaN, NpsFormula.standard(), Satisfaction.SATISFIED);
    assertThatThrownBy(() -> nan.report(one, at(11, 1, 0, 0), at(12, 1, 0, 0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("csat formula must return a number in [0.0, 100], but returned NaN");
  }

  @Test
  void report_invalidInputIsRejected() {
    ComplaintKpis kpis = ComplaintKpis.ofDefaults(POLICY);
    assertThatThrownBy(() -> kpis.report(List.of(), at(12, 1, 0, 0), at(12, 1, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("to must be after from");
    assertThatThrownBy(() -> new ComplaintKpis(POLICY, null, NpsFormula.standard(), Satisfaction.SATISFIED))
        .isInstanceOf(NullPointerException.class).hasMessage("csatFormula");
  }
}
