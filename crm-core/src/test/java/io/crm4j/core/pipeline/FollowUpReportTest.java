package io.crm4j.core.pipeline;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpReportTest {

  static final OwnerId ANNA = OwnerId.of("anna");

  @Test
  void events_oneOverdueEventPerItemThenOnePerOwner() {
    FollowUpReport report = new FollowUpReport(T0,
        List.of(new FollowUpReport.Overdue(SubjectKind.OPPORTUNITY, "O-1", ANNA, T0.minusSeconds(1),
            LocalDate.of(2026, 1, 1), 4)),
        List.of(new FollowUpReport.InactiveOwner(ANNA, T0.minusSeconds(1), 20)));
    assertThat(report.events()).containsExactly(
        new PipelineEvent.FollowUpOverdue(SubjectKind.OPPORTUNITY, "O-1", ANNA, 4, T0),
        new PipelineEvent.OwnerInactive(ANNA, 20, T0));
  }

  @Test
  void records_invalidInput_throw() {
    assertThatThrownBy(() -> new FollowUpReport.Overdue(SubjectKind.LEAD, "L-1", ANNA, T0, LocalDate.of(2026, 1, 1),
        0)).isInstanceOf(IllegalArgumentException.class).hasMessage("daysOverdue must be >= 1, but was 0");
    assertThatThrownBy(() -> new FollowUpReport.InactiveOwner(ANNA, T0, -1))
        .hasMessage("daysInactive must be >= 0, but was -1");
    assertThatThrownBy(() -> new FollowUpReport(null, List.of(), List.of())).hasMessage("evaluatedAt");
  }
}
