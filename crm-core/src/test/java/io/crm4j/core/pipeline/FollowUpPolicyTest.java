package io.crm4j.core.pipeline;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpPolicyTest {

  static final OwnerId ANNA = OwnerId.of("anna");
  static final OwnerId BO = OwnerId.of("bo");
  static final FollowUpPolicy PRESET = FollowUpPolicy.ofDefaults();

  /** A lead last worked on at T0 = 2026-01-05T09:00Z. */
  static Lead lead(String id, OwnerId owner) {
    return Lead.create(LeadId.of(id), LeadSource.CAMPAIGN, owner, "Prospect " + id, T0);
  }

  /**
   * Last activity on 5 January; 30 days later is 4 February, the last day the follow-up is due;
   * 7 February is 3 days after that (counted by hand: 5, 6, 7 February).
   */
  @Test
  void evaluate_leadOverdueByExactlyThreeDays() {
    Instant at = Instant.parse("2026-02-07T08:30:00Z");

    FollowUpReport report = PRESET.evaluate(List.of(lead("L-1", ANNA)), List.of(), at);

    assertThat(report.evaluatedAt()).isEqualTo(at);
    assertThat(report.overdue()).containsExactly(new FollowUpReport.Overdue(SubjectKind.LEAD, "L-1", ANNA, T0,
        LocalDate.of(2026, 2, 4), 3));
    assertThat(report.events()).startsWith(new PipelineEvent.FollowUpOverdue(SubjectKind.LEAD, "L-1", ANNA, 3, at));
  }

  @Test
  void evaluate_onTheDueDate_isNotOverdue_nextMidnightIsOneDay() {
    List<Lead> leads = List.of(lead("L-1", ANNA));
    assertThat(PRESET.evaluate(leads, List.of(), Instant.parse("2026-02-04T23:59:59Z")).overdue()).isEmpty();
    assertThat(PRESET.evaluate(leads, List.of(), Instant.parse("2026-02-05T00:00:00Z")).overdue())
        .singleElement().satisfies(o -> assertThat(o.daysOverdue()).isEqualTo(1));
  }

  @Test
  void evaluate_countsCalendarDaysInTheConfiguredZone() {
    // T0 is 17:00 on 5 January in Shanghai (UTC+8); the instant below is 01:00 on 7 February there,
    // still 6 February in UTC: due 4 February, so 3 days overdue in Shanghai and 2 in UTC.
    Instant at = Instant.parse("2026-02-06T17:00:00Z");
    FollowUpPolicy shanghai = FollowUpPolicy.custom().zone(ZoneId.of("Asia/Shanghai")).build();
    assertThat(shanghai.evaluate(List.of(lead("L-1", ANNA)), List.of(), at).overdue().get(0).daysOverdue())
        .isEqualTo(3);
    assertThat(PRESET.evaluate(List.of(lead("L-1", ANNA)), List.of(), at).overdue().get(0).daysOverdue())
        .isEqualTo(2);
  }

  @Test
  void evaluate_ignoresClosedItemsAndCountsOpenOpportunities() {
    Lead converted = lead("L-2", ANNA).startWorking(T0).orElseThrow().qualify(T0).orElseThrow()
        .convert(io.crm4j.core.customer.CustomerId.of("C-1"), OpportunityId.of("O-2"), T0).orElseThrow();
    Lead disqualified = lead("L-3", ANNA).disqualify("spam", T0).orElseThrow();
    Opportunity open = Opportunity.open(OpportunityId.of("O-1"), "deal", null, BO, Money.of("1.00", "EUR"),
        LocalDate.of(2026, 3, 1), SalesStages.ofDefaults(), null, T0);
    Opportunity lost = Opportunity.open(OpportunityId.of("O-3"), "deal", null, BO, Money.of("1.00", "EUR"),
        LocalDate.of(2026, 3, 1), SalesStages.ofDefaults(), null, T0).lose("price", SalesStages.ofDefaults(), T0)
        .orElseThrow();

    FollowUpReport report = PRESET.evaluate(List.of(converted, disqualified), List.of(open, lost),
        Instant.parse("2026-02-10T00:00:00Z"));

    assertThat(report.overdue()).containsExactly(new FollowUpReport.Overdue(SubjectKind.OPPORTUNITY, "O-1", BO, T0,
        LocalDate.of(2026, 2, 4), 6));
    assertThat(report.inactiveOwners()).extracting(FollowUpReport.InactiveOwner::owner).containsExactly(BO);
  }

  @Test
  void evaluate_ordersMostOverdueFirst() {
    Lead older = lead("L-9", ANNA);
    Lead newer = Lead.create(LeadId.of("L-1"), LeadSource.INBOUND, ANNA, "x", T0.plusSeconds(86_400 * 2));
    FollowUpReport report = PRESET.evaluate(List.of(newer, older), List.of(), Instant.parse("2026-02-10T00:00:00Z"));
    assertThat(report.overdue()).extracting(FollowUpReport.Overdue::subjectId).containsExactly("L-9", "L-1");
    assertThat(report.overdue()).extracting(FollowUpReport.Overdue::daysOverdue).containsExactly(6L, 4L);
  }

  /** 5 January to 19 January is 14 calendar days (by hand): inactive; on 18 January only 13. */
  @Test
  void evaluate_reportsOwnersInactiveForFourteenDays() {
    Lead annas = lead("L-1", ANNA);
    Lead bos = lead("L-2", BO).recordFollowUp("call", Instant.parse("2026-01-10T10:00:00Z")).orElseThrow();

    FollowUpReport on19th = PRESET.evaluate(List.of(annas, bos), List.of(), Instant.parse("2026-01-19T06:00:00Z"));
    FollowUpReport on18th = PRESET.evaluate(List.of(annas, bos), List.of(), Instant.parse("2026-01-18T23:00:00Z"));

    assertThat(on19th.overdue()).isEmpty();
    assertThat(on19th.inactiveOwners()).containsExactly(new FollowUpReport.InactiveOwner(ANNA, T0, 14));
    assertThat(on19th.events()).containsExactly(
        new PipelineEvent.OwnerInactive(ANNA, 14, Instant.parse("2026-01-19T06:00:00Z")));
    assertThat(on18th.inactiveOwners()).isEmpty();
  }

  @Test
  void evaluate_ownerActiveOnOneItem_isNotInactive() {
    Lead stale = lead("L-1", ANNA);
    Lead fresh = lead("L-2", ANNA).recordFollowUp("visit", Instant.parse("2026-01-18T10:00:00Z")).orElseThrow();
    assertThat(PRESET.evaluate(List.of(stale, fresh), List.of(), Instant.parse("2026-01-25T00:00:00Z"))
        .inactiveOwners()).isEmpty();
  }

  /**
   * The nightly 00:00 job starts late: by the time it reads the store, L-2 has a call logged at
   * 00:02. That item is simply not overdue at 00:00 (it was worked after the instant evaluated),
   * while the other items are reported as usual.
   */
  @Test
  void evaluate_itemTouchedAfterTheInstant_isNotOverdueAndTheRestIsReported() {
    Instant midnight = Instant.parse("2026-02-10T00:00:00Z");
    Lead stale = lead("L-1", ANNA);  // created 5 January: due by 4 February, 6 days overdue on 10 February
    Lead calledLate = lead("L-2", ANNA).recordFollowUp("call", midnight.plusSeconds(120)).orElseThrow();

    FollowUpReport r = PRESET.evaluate(List.of(stale, calledLate), List.of(), midnight);

    assertThat(r.overdue()).extracting(FollowUpReport.Overdue::subjectId).containsExactly("L-1");
    assertThat(r.overdue().get(0).daysOverdue()).isEqualTo(6);
    // ANNA worked on an open item after the instant: she was not inactive at it
    assertThat(r.inactiveOwners()).isEmpty();
  }

  @Test
  void evaluate_nullArguments_throw() {
    assertThatThrownBy(() -> PRESET.evaluate(null, List.of(), T0)).hasMessage("leads");
    assertThatThrownBy(() -> PRESET.evaluate(List.of(), null, T0)).hasMessage("opportunities");
    assertThatThrownBy(() -> PRESET.evaluate(List.of(), List.of(), null)).hasMessage("at");
  }

  @Test
  void custom_settersValidate() {
    assertThatThrownBy(() -> FollowUpPolicy.custom().intervalDays(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("intervalDays must be > 0, but was 0");
    assertThatThrownBy(() -> FollowUpPolicy.custom().ownerInactivityDays(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("ownerInactivityDays must be > 0, but was -1");
    assertThatThrownBy(() -> FollowUpPolicy.custom().zone(null)).hasMessage("zone");
  }

  @Test
  void from_copiesAndEqualsTheBase() {
    FollowUpPolicy weekly = FollowUpPolicy.custom().intervalDays(7).ownerInactivityDays(3)
        .zone(ZoneId.of("Asia/Shanghai")).build();
    FollowUpPolicy copy = FollowUpPolicy.from(weekly).build();
    assertThat(copy).isEqualTo(weekly).hasSameHashCodeAs(weekly).isNotEqualTo(PRESET);
    assertThat(copy.intervalDays()).isEqualTo(7);
    assertThat(copy.ownerInactivityDays()).isEqualTo(3);
    assertThat(copy.toString()).contains("intervalDays=7");
    assertThat(PRESET.intervalDays()).isEqualTo(30);
    assertThat(PRESET.ownerInactivityDays()).isEqualTo(14);
  }
}
