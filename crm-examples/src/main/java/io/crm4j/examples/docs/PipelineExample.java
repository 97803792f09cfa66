package io.crm4j.examples.docs;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.pipeline.FollowUpReport;
import io.crm4j.core.pipeline.ForecastPeriod;
import io.crm4j.core.pipeline.Lead;
import io.crm4j.core.pipeline.LeadConversion;
import io.crm4j.core.pipeline.LeadId;
import io.crm4j.core.pipeline.LeadSource;
import io.crm4j.core.pipeline.OpportunityId;
import io.crm4j.core.pipeline.OwnerId;
import io.crm4j.core.pipeline.PipelineConfig;
import io.crm4j.core.pipeline.PipelineService;
import io.crm4j.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;

/** docs/concepts/pipeline.md: a lead converted into an opportunity and the weighted forecast. */
public final class PipelineExample {

  private PipelineExample() {}

  /** The weighted forecast of the quarter and the follow-up report. */
  public record Result(Money weighted, FollowUpReport followUps) {}

  public static Result run(Clock clock) {
    try (InMemoryStore store = InMemoryStore.create()) {
      // snippet-start
      // preset stages and follow-up rule; PipelineConfig.custom() changes them
      PipelineService pipeline = PipelineService.of(store, clock, PipelineConfig.ofDefaults());
      pipeline.createLead(Lead.create(LeadId.of("L-1"), LeadSource.EXHIBITION, OwnerId.of("anna"), "ACME Ltd",
          clock.instant()));
      pipeline.startWorking(LeadId.of("L-1"));
      pipeline.qualify(LeadId.of("L-1"));
      pipeline.convert(LeadId.of("L-1"), new LeadConversion(CustomerId.of("C-1"), OpportunityId.of("O-1"),
          "fleet insurance", Money.of("12000.00", "EUR"), LocalDate.of(2026, 6, 30)));
      Money q2 = pipeline.forecast(Currency.getInstance("EUR")).within(ForecastPeriod.quarter(2026, 2)).weightedTotal();
      FollowUpReport overdue = pipeline.evaluateFollowUps();               // also publishes its findings
      // snippet-end
      return new Result(q2, overdue);
    }
  }
}
