package io.crm4j.core.pipeline;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.customer.HistoryEntry;
import io.crm4j.core.outcome.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadTest {

  static final OwnerId ANNA = OwnerId.of("anna");

  static Lead fresh() {
    return Lead.create(LeadId.of("L-1"), LeadSource.REFERRAL, ANNA, "ACME Ltd", T0);
  }

  @Test
  void create_startsNewWithAHistoryEntry() {
    Lead lead = fresh();
    assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
    assertThat(lead.version()).isZero();
    assertThat(lead.lastActivityAt()).isEqualTo(T0);
    assertThat(lead.history()).containsExactly(new HistoryEntry(T0, "created from REFERRAL"));
    assertThat(lead.createdEvent()).isEqualTo(new PipelineEvent.LeadCreated(LeadId.of("L-1"), LeadSource.REFERRAL,
        ANNA, T0));
  }

  /** It printed the prospect's full name (and every note) while Customer's masked it. */
  @Test
  void toString_masksTheNameAndLeavesOutFreeText() {
    Lead lead = Lead.create(LeadId.of("L-1"), LeadSource.REFERRAL, ANNA, "Alice Liddell", T0)
        .recordFollowUp("called alice.liddell@example.com", T0).orElseThrow()
        .disqualify("Alice moved abroad", T0).orElseThrow();
    assertThat(lead.toString()).doesNotContain("lice").doesNotContain("Liddell").doesNotContain("example.com")
        .isEqualTo("Lead[id=L-1, version=0, source=REFERRAL, owner=anna, name=A***, status=DISQUALIFIED, "
            + "createdAt=2026-01-05T09:00:00Z, lastActivityAt=2026-01-05T09:00:00Z, customerId=null, "
            + "opportunityId=null, history=3]");
  }

  @Test
  void create_invalidInput_throws() {
    assertThatThrownBy(() -> Lead.create(LeadId.of("L-1"), LeadSource.REFERRAL, ANNA, " ", T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank, but was ' '");
    assertThatThrownBy(() -> Lead.create(LeadId.of("L-1"), null, ANNA, "x", T0)).hasMessage("source");
    assertThatThrownBy(() -> Lead.create(LeadId.of("L-1"), LeadSource.REFERRAL, null, "x", T0)).hasMessage("owner");
    assertThatThrownBy(() -> Lead.create(LeadId.of("L-1"), LeadSource.REFERRAL, ANNA, "x", null)).hasMessage("at");
    assertThatThrownBy(() -> new Lead(LeadId.of("L-1"), 0, LeadSource.INBOUND, ANNA, "x", LeadStatus.NEW, null, T0,
        T0.minusSeconds(1), null, null, List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lastActivityAt must not be before createdAt");
  }

  @Test
  void startWorking_qualify_convert_recordsEachStepWithItsTime() {
    Instant t1 = T0.plusSeconds(3600);
    Instant t2 = T0.plusSeconds(7200);
    Instant t3 = T0.plusSeconds(10_800);
    Outcome<Lead> converted = fresh().startWorking(t1).orElseThrow().qualify(t2).orElseThrow()
        .convert(CustomerId.of("C-1"), OpportunityId.of("O-1"), t3);

    Lead lead = converted.orElseThrow();
    assertThat(lead.status()).isEqualTo(LeadStatus.CONVERTED);
    assertThat(lead.customerId()).isEqualTo(CustomerId.of("C-1"));
    assertThat(lead.opportunityId()).isEqualTo(OpportunityId.of("O-1"));
    assertThat(lead.lastActivityAt()).isEqualTo(t3);
    assertThat(lead.history()).containsExactly(new HistoryEntry(T0, "created from REFERRAL"),
        new HistoryEntry(t1, "status NEW -> WORKING"), new HistoryEntry(t2, "status WORKING -> QUALIFIED"),
        new HistoryEntry(t3, "converted to customer C-1, opportunity O-1"));
    assertThat(converted.events().get(0)).isEqualTo(
        new PipelineEvent.LeadConverted(LeadId.of("L-1"), CustomerId.of("C-1"), OpportunityId.of("O-1"), t3));
  }

  @Test
  void startWorking_event_namesBothStatuses() {
    Outcome<Lead> t = fresh().startWorking(T0);
    assertThat(t.events().get(0)).isEqualTo(
        new PipelineEvent.LeadStatusChanged(LeadId.of("L-1"), LeadStatus.NEW, LeadStatus.WORKING, null, T0));
  }

  @Test
  void disqualify_keepsTheReason_andIsFinal() {
    Lead lead = fresh().disqualify("no budget", T0).orElseThrow();
    assertThat(lead.status()).isEqualTo(LeadStatus.DISQUALIFIED);
    assertThat(lead.disqualifiedReason()).isEqualTo("no budget");
    assertThat(lead.history().get(1).change()).isEqualTo("status NEW -> DISQUALIFIED: no budget");
    assertThat(lead.startWorking(T0).rejection().map(Outcome.Rejected::message)).hasValue("lead L-1 cannot move from DISQUALIFIED to WORKING");
    assertThat(lead.recordFollowUp("call", T0).rejection().map(Outcome.Rejected::message))
        .hasValue("lead L-1 is DISQUALIFIED: follow-ups are only recorded on open leads");
  }

  @Test
  void convert_unqualifiedLead_isRejected() {
    Outcome<Lead> t = fresh().startWorking(T0).orElseThrow().convert(CustomerId.of("C-1"), OpportunityId.of("O-1"),
        T0);
    assertThat(t.applied()).isFalse();
    assertThat(t.rejection().map(Outcome.Rejected::message)).hasValue("lead L-1 cannot be converted from WORKING, only from QUALIFIED");
  }

  @Test
  void qualify_newLead_isRejected() {
    assertThat(fresh().qualify(T0).rejection().map(Outcome.Rejected::message)).hasValue("lead L-1 cannot move from NEW to QUALIFIED");
  }

  @Test
  void recordFollowUp_movesLastActivity() {
    Instant later = T0.plusSeconds(86_400);
    Outcome<Lead> t = fresh().recordFollowUp("phoned the buyer", later);
    assertThat(t.orElseThrow().lastActivityAt()).isEqualTo(later);
    assertThat(t.orElseThrow().status()).isEqualTo(LeadStatus.NEW);
    assertThat(t.events().get(0)).isEqualTo(
        new PipelineEvent.FollowUpRecorded(SubjectKind.LEAD, "L-1", ANNA, "phoned the buyer", later));
  }

  @Test
  void reassign_passesTheLeadOn_closedOrSameOwnerIsRejected() {
    Outcome<Lead> t = fresh().reassign(OwnerId.of("bo"), T0.plusSeconds(5));
    assertThat(t.orElseThrow().owner()).isEqualTo(OwnerId.of("bo"));
    assertThat(t.orElseThrow().history().get(1)).isEqualTo(new HistoryEntry(T0.plusSeconds(5), "owner anna -> bo"));
    assertThat(t.events().get(0)).isEqualTo(
        new PipelineEvent.OwnerChanged(SubjectKind.LEAD, "L-1", ANNA, OwnerId.of("bo"), T0.plusSeconds(5)));
    assertThat(fresh().reassign(ANNA, T0).rejection().map(Outcome.Rejected::message)).hasValue("lead L-1 is already owned by anna");
    assertThat(fresh().disqualify("spam", T0).orElseThrow().reassign(OwnerId.of("bo"), T0).rejection().map(Outcome.Rejected::message))
        .hasValue("lead L-1 is DISQUALIFIED: only open leads change owner");
    assertThatThrownBy(() -> fresh().reassign(null, T0)).hasMessage("newOwner");
  }

  @Test
  void transitions_invalidInput_throw() {
    Lead lead = fresh();
    assertThatThrownBy(() -> lead.startWorking(T0.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at must not be before the lead's last activity");
    assertThatThrownBy(() -> lead.disqualify("", T0)).hasMessage("reason must not be blank, but was ''");
    assertThatThrownBy(() -> lead.recordFollowUp(" ", T0)).hasMessageContaining("note must not be blank");
    assertThatThrownBy(() -> lead.convert(null, OpportunityId.of("O-1"), T0)).hasMessage("customer");
  }

  @Test
  void withVersion_changesOnlyTheVersion() {
    Lead lead = fresh();
    assertThat(lead.withVersion(7).version()).isEqualTo(7);
    assertThat(lead.withVersion(7).withVersion(0)).isEqualTo(lead);
    assertThatThrownBy(() -> lead.withVersion(-1)).hasMessage("version must be >= 0, but was -1");
  }
}
