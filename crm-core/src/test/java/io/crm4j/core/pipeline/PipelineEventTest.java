package io.crm4j.core.pipeline;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineEventTest {

  static final OwnerId ANNA = OwnerId.of("anna");
  static final Money EUR_10 = Money.of("10.00", "EUR");

  static List<PipelineEvent> oneOfEach() {
    return List.of(
        new PipelineEvent.LeadCreated(LeadId.of("L-1"), LeadSource.EXHIBITION, ANNA, T0),
        new PipelineEvent.LeadStatusChanged(LeadId.of("L-1"), LeadStatus.NEW, LeadStatus.DISQUALIFIED, "spam", T0),
        new PipelineEvent.LeadConverted(LeadId.of("L-1"), CustomerId.of("C-1"), OpportunityId.of("O-1"), T0),
        new PipelineEvent.FollowUpRecorded(SubjectKind.LEAD, "L-1", ANNA, "call", T0),
        new PipelineEvent.OwnerChanged(SubjectKind.LEAD, "L-1", ANNA, OwnerId.of("bo"), T0),
        new PipelineEvent.OpportunityRevised(OpportunityId.of("O-1"), EUR_10, LocalDate.of(2026, 5, 31), T0),
        new PipelineEvent.OpportunityOpened(OpportunityId.of("O-1"), ANNA, "New", EUR_10, T0),
        new PipelineEvent.StageChanged(OpportunityId.of("O-1"), "New", "Qualified", T0),
        new PipelineEvent.OpportunityWon(OpportunityId.of("O-1"), "price", EUR_10, T0),
        new PipelineEvent.OpportunityLost(OpportunityId.of("O-1"), "price", T0),
        new PipelineEvent.FollowUpOverdue(SubjectKind.OPPORTUNITY, "O-1", ANNA, 3, T0),
        new PipelineEvent.OwnerInactive(ANNA, 14, T0),
        new PipelineEvent.ContractSubmitted(ContractId.of("P-1"), CustomerId.of("C-1"), EUR_10, T0),
        new PipelineEvent.ContractStatusChanged(ContractId.of("P-1"), ContractStatus.SUBMITTED,
            ContractStatus.UNDERWRITING, T0),
        new PipelineEvent.ContractCancelled(ContractId.of("P-1"), EUR_10, true, 10, T0),
        new PipelineEvent.CommissionDue(ContractId.of("P-1"), EUR_10, T0));
  }

  @Test
  void json_everyEventRoundTripsWithItsTypeName() {
    for (PipelineEvent event : oneOfEach()) {
      String json = Crm4jJson.write(event);
      assertThat(json).contains("\"type\":\"PipelineEvent." + event.getClass().getSimpleName() + "\"");
      assertThat(Crm4jJson.read(json, DomainEvent.class)).isEqualTo(event);
    }
    assertThat(oneOfEach()).hasSize(PipelineEvent.class.getPermittedSubclasses().length);
  }

  @Test
  void aggregateId_namesTheChangedItem() {
    assertThat(oneOfEach()).extracting(DomainEvent::aggregateId).containsExactly("L-1", "L-1", "L-1", "L-1", "L-1", "O-1", "O-1",
        "O-1", "O-1", "O-1", "O-1", "anna", "P-1", "P-1", "P-1", "P-1");
    assertThat(oneOfEach()).allSatisfy(e -> assertThat(e.occurredAt()).isEqualTo(T0));
  }

  @Test
  void constructors_nullOrBlank_throw() {
    assertThatThrownBy(() -> new PipelineEvent.LeadCreated(null, LeadSource.INBOUND, ANNA, T0)).hasMessage("leadId");
    assertThatThrownBy(() -> new PipelineEvent.StageChanged(OpportunityId.of("O-1"), "", "New", T0))
        .hasMessageContaining("from must not be blank");
    assertThatThrownBy(() -> new PipelineEvent.FollowUpRecorded(SubjectKind.LEAD, "L-1", ANNA, " ", T0))
        .hasMessageContaining("note must not be blank");
    assertThatThrownBy(() -> new PipelineEvent.OwnerInactive(ANNA, 1, null)).hasMessage("occurredAt");
    assertThatThrownBy(() -> new PipelineEvent.ContractCancelled(ContractId.of("P-1"), null, true, 1, T0))
        .hasMessage("refund");
  }
}
