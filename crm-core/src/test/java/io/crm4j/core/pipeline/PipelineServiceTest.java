package io.crm4j.core.pipeline;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.service.CustomerStorage;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.memory.InMemoryStore;
import io.crm4j.core.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PipelineServiceTest {

  static final OwnerId ANNA = OwnerId.of("anna");

  final Store store = InMemoryStore.create();
  final TestClock clock = new TestClock(T0);
  final PipelineService pipeline = PipelineService.of(store, clock, PipelineConfig.ofDefaults());
  final List<DomainEvent> seen = new CopyOnWriteArrayList<>();

  {
    store.events().subscribe(seen::add);
  }

  Lead qualifiedLead(String id) {
    pipeline.createLead(Lead.create(LeadId.of(id), LeadSource.REFERRAL, ANNA, "ACME Ltd", clock.instant()));
    pipeline.startWorking(LeadId.of(id)).orElseThrow();
    return pipeline.qualify(LeadId.of(id)).orElseThrow();
  }

  @Test
  void leadTransitions_storeEachStepAndPublishItsEvent() {
    Lead lead = qualifiedLead("L-1");

    assertThat(lead.version()).isEqualTo(3);
    assertThat(seen).containsExactly(new PipelineEvent.LeadCreated(LeadId.of("L-1"), LeadSource.REFERRAL, ANNA, T0),
        new PipelineEvent.LeadStatusChanged(LeadId.of("L-1"), LeadStatus.NEW, LeadStatus.WORKING, null, T0),
        new PipelineEvent.LeadStatusChanged(LeadId.of("L-1"), LeadStatus.WORKING, LeadStatus.QUALIFIED, null, T0));
    clock.advance(Duration.ofDays(1));
    assertThat(pipeline.recordFollowUp(LeadId.of("L-1"), "call").orElseThrow().lastActivityAt())
        .isEqualTo(T0.plus(Duration.ofDays(1)));
    assertThat(pipeline.disqualify(LeadId.of("L-1"), "budget cut").orElseThrow().status())
        .isEqualTo(LeadStatus.DISQUALIFIED);
    assertThat(pipeline.findLead(LeadId.of("L-1")).orElseThrow().version()).isEqualTo(5);
  }

  @Test
  void convert_linksAnExistingCustomer() {
    CustomerService.of(store, Fixtures.CLOCK).register(Fixtures.customer("C-1"));
    qualifiedLead("L-1");
    seen.clear();

    LeadConversion.Result result = pipeline.convert(LeadId.of("L-1"), new LeadConversion(CustomerId.of("C-1"),
        OpportunityId.of("O-1"), "fleet", Money.of("900.00", "EUR"), LocalDate.of(2026, 3, 1))).orElseThrow();

    assertThat(result.customerCreated()).isFalse();
    assertThat(result.opportunity().leadId()).isEqualTo(LeadId.of("L-1"));
    assertThat(result.opportunity().owner()).isEqualTo(ANNA);
    assertThat(result.opportunity().customerId()).isEqualTo(CustomerId.of("C-1"));
    assertThat(seen).hasSize(2);
    assertThat(store.repository(CustomerStorage.CUSTOMERS).count()).isEqualTo(1);
  }

  @Test
  void opportunityTransitions_storeAndPublish_rejectionsWriteNothing() {
    Opportunity opened = pipeline.openOpportunity(Opportunity.open(OpportunityId.of("O-1"), "deal", null, ANNA,
        Money.of("100.00", "EUR"), LocalDate.of(2026, 3, 1), pipeline.stages(), null, T0));
    assertThat(opened.version()).isEqualTo(1);
    clock.advance(Duration.ofDays(2));
    assertThat(pipeline.moveTo(OpportunityId.of("O-1"), "Qualified").orElseThrow().stage()).isEqualTo("Qualified");
    assertThat(pipeline.recordFollowUp(OpportunityId.of("O-1"), "demo").applied()).isTrue();
    assertThat(pipeline.win(OpportunityId.of("O-1"), "signed").orElseThrow().closedAt())
        .isEqualTo(T0.plus(Duration.ofDays(2)));
    int before = seen.size();

    assertThat(pipeline.lose(OpportunityId.of("O-1"), "late").applied()).isFalse();
    assertThat(pipeline.moveTo(OpportunityId.of("O-1"), "New").applied()).isFalse();

    assertThat(seen).hasSize(before).hasSize(4);
    assertThat(pipeline.findOpportunity(OpportunityId.of("O-1")).orElseThrow().version()).isEqualTo(4);
  }

  @Test
  void reassignAndRevise_storeAndPublish() {
    qualifiedLead("L-1");
    pipeline.openOpportunity(Opportunity.open(OpportunityId.of("O-1"), "deal", null, ANNA,
        Money.of("100.00", "EUR"), LocalDate.of(2026, 3, 1), pipeline.stages(), null, T0));
    seen.clear();

    assertThat(pipeline.reassign(LeadId.of("L-1"), OwnerId.of("bo")).orElseThrow().owner()).isEqualTo(OwnerId.of("bo"));
    assertThat(pipeline.reassign(OpportunityId.of("O-1"), OwnerId.of("bo")).orElseThrow().version()).isEqualTo(2);
    Opportunity revised = pipeline.revise(OpportunityId.of("O-1"), Money.of("250.00", "EUR"),
        LocalDate.of(2026, 4, 1)).orElseThrow();

    assertThat(pipeline.findOpportunity(OpportunityId.of("O-1"))).contains(revised);
    assertThat(seen).hasSize(3).last().isEqualTo(new PipelineEvent.OpportunityRevised(OpportunityId.of("O-1"),
        Money.of("250.00", "EUR"), LocalDate.of(2026, 4, 1), T0));
  }

  @Test
  void convert_takenOpportunityId_throwsAndWritesNothing() {
    pipeline.openOpportunity(Opportunity.open(OpportunityId.of("O-1"), "deal", null, ANNA,
        Money.of("100.00", "EUR"), LocalDate.of(2026, 3, 1), pipeline.stages(), null, T0));
    qualifiedLead("L-1");
    assertThatThrownBy(() -> pipeline.convert(LeadId.of("L-1"), new LeadConversion(CustomerId.of("C-1"),
        OpportunityId.of("O-1"), "x", Money.of("1.00", "EUR"), LocalDate.of(2026, 1, 1))))
        .isInstanceOf(io.crm4j.core.spi.DuplicateIdException.class);
    assertThat(pipeline.findLead(LeadId.of("L-1")).orElseThrow().status()).isEqualTo(LeadStatus.QUALIFIED);
    assertThat(store.repository(CustomerStorage.CUSTOMERS).count()).isZero();
  }

  @Test
  void openOpportunity_stageOutsideTheList_throws() {
    SalesStages other = SalesStages.custom().open("Lead", io.crm4j.core.money.Percentage.of("5"),
        ForecastCategory.PIPELINE).won("Done").lost("Gone").build();
    Opportunity foreign = Opportunity.open(OpportunityId.of("O-1"), "deal", null, ANNA, Money.of("1.00", "EUR"),
        LocalDate.of(2026, 3, 1), other, null, T0);
    assertThatThrownBy(() -> pipeline.openOpportunity(foreign)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage must be one of");
  }

  @Test
  void unknownId_throws() {
    assertThatThrownBy(() -> pipeline.qualify(LeadId.of("L-404"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must name a stored lead, but was L-404");
    assertThatThrownBy(() -> pipeline.win(OpportunityId.of("O-404"), "x"))
        .hasMessage("id must name a stored opportunity, but was O-404");
    assertThatThrownBy(() -> pipeline.convert(LeadId.of("L-404"), new LeadConversion(CustomerId.of("C-1"),
        OpportunityId.of("O-1"), "x", Money.of("1.00", "EUR"), LocalDate.of(2026, 1, 1))))
        .hasMessage("id must name a stored lead, but was L-404");
  }

  @Test
  void forecastAndFunnel_readEverythingStored() {
    for (int i = 0; i < 3; i++) {
      pipeline.openOpportunity(Opportunity.open(OpportunityId.of("O-" + i), "deal", null, ANNA,
          Money.of("1000.00", "EUR"), LocalDate.of(2026, 2, 1), pipeline.stages(), null, T0));
    }
    pipeline.moveTo(OpportunityId.of("O-2"), "Proposition");
    // 10 % + 10 % + 70 % of 1 000.00 = 900.00 (by hand)
    assertThat(pipeline.forecast(Currency.getInstance("EUR")).weightedTotal()).isEqualTo(Money.of("900.00", "EUR"));
    assertThat(pipeline.funnel().steps().get(0).reached()).isEqualTo(3);
    assertThat(pipeline.allOpportunities()).hasSize(3);
    assertThat(pipeline.allLeads()).isEmpty();
  }

  @Test
  void evaluateFollowUps_withNothingOverdue_publishesNothing() {
    qualifiedLead("L-1");
    seen.clear();
    clock.set(Instant.parse("2026-01-10T00:00:00Z"));
    FollowUpReport report = pipeline.evaluateFollowUps();
    assertThat(report.overdue()).isEmpty();
    assertThat(report.inactiveOwners()).isEmpty();
    assertThat(seen).isEmpty();
  }

  @Test
  void evaluateFollowUps_leadThreeDaysOverdue_publishesTheFinding() {
    qualifiedLead("L-1");
    seen.clear();
    Instant at = Instant.parse("2026-02-07T12:00:00Z");
    clock.set(at);

    FollowUpReport report = pipeline.evaluateFollowUps();

    assertThat(report.overdue()).singleElement().satisfies(o -> assertThat(o.daysOverdue()).isEqualTo(3));
    assertThat(seen).startsWith(new PipelineEvent.FollowUpOverdue(SubjectKind.LEAD, "L-1", ANNA, 3, at));
  }

  @Test
  void evaluateFollowUps_atAnExplicitInstant_usesThatInstant() {
    qualifiedLead("L-1");
    seen.clear();
    Instant at = Instant.parse("2026-02-05T00:00:00Z");

    FollowUpReport report = pipeline.evaluateFollowUps(at);

    assertThat(report.evaluatedAt()).isEqualTo(at);
    assertThat(report.overdue()).singleElement().satisfies(o -> assertThat(o.daysOverdue()).isEqualTo(1));
    assertThat(seen).startsWith(new PipelineEvent.FollowUpOverdue(SubjectKind.LEAD, "L-1", ANNA, 1, at));
    assertThatThrownBy(() -> pipeline.evaluateFollowUps(null)).hasMessage("at");
  }

  @Test
  void of_nullArguments_throw() {
    assertThatThrownBy(() -> PipelineService.of(null, clock, PipelineConfig.ofDefaults())).hasMessage("store");
    assertThatThrownBy(() -> PipelineService.of(store, null, PipelineConfig.ofDefaults())).hasMessage("clock");
    assertThatThrownBy(() -> PipelineConfig.custom().stages(null)).hasMessage("stages");
    assertThatThrownBy(() -> new PipelineConfig(SalesStages.ofDefaults(), null)).hasMessage("followUp");
    assertThat(pipeline.followUpPolicy()).isEqualTo(FollowUpPolicy.ofDefaults());
  }
}
