package io.crm4j.core.spi;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerEvent;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.pipeline.Contract;
import io.crm4j.core.pipeline.ContractId;
import io.crm4j.core.pipeline.ContractPolicy;
import io.crm4j.core.pipeline.ContractService;
import io.crm4j.core.pipeline.ContractStatus;
import io.crm4j.core.pipeline.Lead;
import io.crm4j.core.pipeline.LeadConversion;
import io.crm4j.core.pipeline.LeadId;
import io.crm4j.core.pipeline.LeadSource;
import io.crm4j.core.pipeline.LeadStatus;
import io.crm4j.core.pipeline.Opportunity;
import io.crm4j.core.pipeline.OpportunityId;
import io.crm4j.core.pipeline.OwnerId;
import io.crm4j.core.pipeline.PipelineConfig;
import io.crm4j.core.pipeline.PipelineEvent;
import io.crm4j.core.pipeline.PipelineService;
import io.crm4j.core.pipeline.PipelineStorage;
import io.crm4j.core.pipeline.SalesStages;
import io.crm4j.core.pipeline.TestClock;
import io.crm4j.core.pipeline.UnderwritingDecision;
import io.crm4j.core.service.CustomerStorage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The storage contract for leads, opportunities and contracts, run by every adapter. */
public interface PipelineStoreContract extends StoreFixture {

  OwnerId ANNA = OwnerId.of("anna");

  @Test
  default void lead_roundTripsWithStatusAndHistory() {
    try (Store store = newStore()) {
      TestClock clock = new TestClock(T0);
      PipelineService pipeline = PipelineService.of(store, clock, PipelineConfig.ofDefaults());
      pipeline.createLead(Lead.create(LeadId.of("L-1"), LeadSource.EXHIBITION, ANNA, "ACME Ltd", T0));
      clock.advance(Duration.ofHours(3));
      pipeline.startWorking(LeadId.of("L-1"));
      clock.advance(Duration.ofDays(1));
      Lead disqualified = pipeline.disqualify(LeadId.of("L-1"), "no budget").orElseThrow();

      Lead read = store.repository(PipelineStorage.LEADS).find(LeadId.of("L-1")).orElseThrow();
      assertThat(read).isEqualTo(disqualified);
      assertThat(read.version()).isEqualTo(3);
      assertThat(read.status()).isEqualTo(LeadStatus.DISQUALIFIED);
      assertThat(read.disqualifiedReason()).isEqualTo("no budget");
      assertThat(read.history()).hasSize(3);
      assertThat(read.history().get(2).at()).isEqualTo(T0.plus(Duration.ofHours(27)));
    }
  }

  @Test
  default void opportunity_roundTripsWithStageHistory() {
    try (Store store = newStore()) {
      TestClock clock = new TestClock(T0);
      PipelineService pipeline = PipelineService.of(store, clock, PipelineConfig.ofDefaults());
      pipeline.openOpportunity(Opportunity.open(OpportunityId.of("O-1"), "fleet cover", CustomerId.of("C-1"), ANNA,
          Money.of("12000.00", "EUR"), LocalDate.of(2026, 3, 31), SalesStages.ofDefaults(), null, T0));
      clock.advance(Duration.ofDays(4));
      pipeline.moveTo(OpportunityId.of("O-1"), "Proposition");
      clock.advance(Duration.ofDays(6));
      Opportunity won = pipeline.win(OpportunityId.of("O-1"), "best price").orElseThrow();

      Opportunity read = pipeline.findOpportunity(OpportunityId.of("O-1")).orElseThrow();
      assertThat(read).isEqualTo(won);
      assertThat(read.stageHistory()).extracting(s -> s.stage()).containsExactly("New", "Proposition", "Won");
      assertThat(read.cycleLength()).isEqualTo(Duration.ofDays(10));
      assertThat(read.amount()).isEqualTo(Money.of("12000", "EUR"));
    }
  }

  @Test
  default void contract_roundTripsThroughTheFlow() {
    try (Store store = newStore()) {
      TestClock clock = new TestClock(T0);
      ContractService contracts = ContractService.of(store, clock, ContractPolicy.ofDefaults());
      ContractId id = ContractId.of("P-1");
      contracts.submit(Contract.submit(id, CustomerId.of("C-1"), null, "term life", Money.of("800.00", "EUR"), T0));
      contracts.startUnderwriting(id);
      contracts.underwrite(id, UnderwritingDecision.PASS);
      contracts.issue(id);
      clock.advance(Duration.ofDays(3));
      Contract cancelled = contracts.cancel(id).orElseThrow();

      Contract read = contracts.find(id).orElseThrow();
      assertThat(read).isEqualTo(cancelled);
      assertThat(read.status()).isEqualTo(ContractStatus.CANCELLED);
      assertThat(read.refund()).isEqualTo(Money.of("800.00", "EUR"));
      assertThat(read.version()).isEqualTo(5);
    }
  }

  @Test
  default void convert_commitsCustomerOpportunityAndLeadThenPublishesInOrder() {
    try (Store store = newStore()) {
      TestClock clock = new TestClock(T0);
      PipelineService pipeline = PipelineService.of(store, clock, PipelineConfig.ofDefaults());
      pipeline.createLead(Lead.create(LeadId.of("L-1"), LeadSource.REFERRAL, ANNA, "ACME Ltd", T0));
      pipeline.startWorking(LeadId.of("L-1"));
      pipeline.qualify(LeadId.of("L-1"));
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      clock.advance(Duration.ofDays(2));

      LeadConversion.Result result = pipeline.convert(LeadId.of("L-1"), new LeadConversion(CustomerId.of("C-7"),
          OpportunityId.of("O-7"), "fleet cover", Money.of("5000.00", "EUR"), LocalDate.of(2026, 2, 27)))
          .orElseThrow();

      var at = T0.plus(Duration.ofDays(2));
      assertThat(result.customerCreated()).isTrue();
      assertThat(store.repository(CustomerStorage.CUSTOMERS).find(CustomerId.of("C-7"))).isPresent();
      assertThat(pipeline.findOpportunity(OpportunityId.of("O-7"))).contains(result.opportunity());
      assertThat(pipeline.findLead(LeadId.of("L-1"))).contains(result.lead());
      assertThat(result.lead().history()).hasSize(4);
      assertThat(seen).containsExactly(new CustomerEvent.Registered(CustomerId.of("C-7"), at),
          new PipelineEvent.OpportunityOpened(OpportunityId.of("O-7"), ANNA, "New", Money.of("5000.00", "EUR"), at),
          new PipelineEvent.LeadConverted(LeadId.of("L-1"), CustomerId.of("C-7"), OpportunityId.of("O-7"), at));
    }
  }

  @Test
  default void rejectedTransition_writesAndPublishesNothing() {
    try (Store store = newStore()) {
      TestClock clock = new TestClock(T0);
      PipelineService pipeline = PipelineService.of(store, clock, PipelineConfig.ofDefaults());
      pipeline.createLead(Lead.create(LeadId.of("L-1"), LeadSource.INBOUND, ANNA, "Bo Li", T0));
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);

      Outcome<LeadConversion.Result> outcome = pipeline.convert(LeadId.of("L-1"), new LeadConversion(
          CustomerId.of("C-1"), OpportunityId.of("O-1"), "x", Money.of("1.00", "EUR"), LocalDate.of(2026, 2, 1)));

      assertThat(outcome.rejection().map(Outcome.Rejected::message)).hasValueSatisfying(r -> assertThat(r).contains("only from QUALIFIED"));
      assertThat(seen).isEmpty();
      assertThat(pipeline.findLead(LeadId.of("L-1")).orElseThrow().version()).isEqualTo(1);
      assertThat(store.repository(PipelineStorage.OPPORTUNITIES).count()).isZero();
      assertThat(store.repository(CustomerStorage.CUSTOMERS).count()).isZero();
    }
  }

  @Test
  default void transition_onAStaleReading_isRejectedByTheStore() {
    try (Store store = newStore()) {
      Repository<LeadId, Lead> repo = store.repository(PipelineStorage.LEADS);
      Lead v1 = repo.insert(Lead.create(LeadId.of("L-1"), LeadSource.CAMPAIGN, ANNA, "ACME", T0));
      repo.update(v1.startWorking(T0.plusSeconds(1)).orElseThrow());
      assertThatThrownBy(() -> repo.update(v1.disqualify("dup", T0.plusSeconds(2)).orElseThrow()))
          .isInstanceOf(StaleVersionException.class);
      assertThat(repo.find(v1.id()).orElseThrow().status()).isEqualTo(LeadStatus.WORKING);
    }
  }

  @Test
  default void evaluateFollowUps_readsEveryStoredItemAndPublishesFindings() {
    try (Store store = newStore()) {
      TestClock clock = new TestClock(T0);
      PipelineService pipeline = PipelineService.of(store, clock, PipelineConfig.ofDefaults());
      for (String id : List.of("L-3", "L-1", "L-2")) {
        pipeline.createLead(Lead.create(LeadId.of(id), LeadSource.CAMPAIGN, ANNA, "Prospect " + id, T0));
      }
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      clock.advance(Duration.ofDays(31));

      var report = pipeline.evaluateFollowUps();

      assertThat(report.overdue()).extracting(o -> o.subjectId()).containsExactly("L-1", "L-2", "L-3");
      assertThat(report.overdue()).allSatisfy(o -> assertThat(o.daysOverdue()).isEqualTo(1));
      assertThat(seen).hasSize(4).last().isEqualTo(new PipelineEvent.OwnerInactive(ANNA, 31, clock.instant()));
    }
  }

  /**
   * A 00:00 follow-up job that starts late reads a lead with a call logged at 00:02: that lead is
   * not overdue at 00:00, and the report and its events cover the others.
   */
  @Test
  default void evaluateFollowUps_itemTouchedAfterTheInstant_isNotOverdue() {
    try (Store store = newStore()) {
      TestClock clock = new TestClock(T0);
      PipelineService pipeline = PipelineService.of(store, clock, PipelineConfig.ofDefaults());
      for (String id : List.of("L-1", "L-2")) {
        pipeline.createLead(Lead.create(LeadId.of(id), LeadSource.CAMPAIGN, ANNA, "Prospect " + id, T0));
      }
      // T0 is 2026-01-05: both leads are due by 2026-02-04; the job evaluates 2026-02-10T00:00Z
      java.time.Instant midnight = java.time.Instant.parse("2026-02-10T00:00:00Z");
      clock.set(midnight.plusSeconds(120));
      assertThat(pipeline.recordFollowUp(LeadId.of("L-2"), "call").applied()).isTrue();
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);

      var report = pipeline.evaluateFollowUps(midnight);

      // 10 February is 6 days after 4 February
      assertThat(report.overdue()).extracting(o -> o.subjectId()).containsExactly("L-1");
      assertThat(report.overdue().get(0).daysOverdue()).isEqualTo(6);
      assertThat(report.inactiveOwners()).isEmpty();
      assertThat(seen).containsExactly(new PipelineEvent.FollowUpOverdue(
          io.crm4j.core.pipeline.SubjectKind.LEAD, "L-1", ANNA, 6, midnight));
    }
  }
}
