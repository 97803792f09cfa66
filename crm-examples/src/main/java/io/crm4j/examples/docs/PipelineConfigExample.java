package io.crm4j.examples.docs;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.money.Percentage;
import io.crm4j.core.pipeline.FollowUpPolicy;
import io.crm4j.core.pipeline.FollowUpReport;
import io.crm4j.core.pipeline.ForecastCategory;
import io.crm4j.core.pipeline.ForecastPeriod;
import io.crm4j.core.pipeline.Lead;
import io.crm4j.core.pipeline.LeadConversion;
import io.crm4j.core.pipeline.LeadId;
import io.crm4j.core.pipeline.LeadSource;
import io.crm4j.core.pipeline.OpportunityId;
import io.crm4j.core.pipeline.OwnerId;
import io.crm4j.core.pipeline.PipelineConfig;
import io.crm4j.core.pipeline.PipelineService;
import io.crm4j.core.pipeline.SalesStages;
import io.crm4j.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/** docs/concepts/pipeline.md: your own sales stages and a two-week follow-up rule. */
public final class PipelineConfigExample {

  private PipelineConfigExample() {}

  /** The weighted forecast of the quarter and the follow-up report two weeks and a day later. */
  public record Result(Money weighted, FollowUpReport followUps) {}

  /** @param clock the moment the lead is created and converted (2026-04-01T09:00Z in the test) */
  public static Result run(Clock clock) {
    try (InMemoryStore store = InMemoryStore.create()) {
      // snippet-start
      PipelineConfig config = PipelineConfig.custom()
          .stages(SalesStages.custom()                      // replaces the preset stages
              .open("Discovery", Percentage.of("20"), ForecastCategory.PIPELINE)
              .open("Proposal", Percentage.of("50"), ForecastCategory.BEST_CASE)
              .open("Negotiation", Percentage.of("80"), ForecastCategory.COMMIT)
              .won("Signed")
              .lost("Lost")
              .build())
          .followUp(FollowUpPolicy.custom()
              .intervalDays(14)                              // preset 30 (每月至少一次跟进)
              .zone(ZoneId.of("Europe/Berlin"))              // whose calendar days are counted
              .build())
          .build();
      PipelineService pipeline = PipelineService.of(store, clock, config);
      pipeline.createLead(Lead.create(LeadId.of("L-1"), LeadSource.EXHIBITION, OwnerId.of("anna"), "ACME Ltd",
          clock.instant()));
      pipeline.startWorking(LeadId.of("L-1"));
      pipeline.qualify(LeadId.of("L-1"));
      pipeline.convert(LeadId.of("L-1"), new LeadConversion(CustomerId.of("C-1"), OpportunityId.of("O-1"),
          "fleet insurance", Money.of("12000.00", "EUR"), LocalDate.of(2026, 6, 30)));   // enters Discovery
      pipeline.moveTo(OpportunityId.of("O-1"), "Proposal").orElseThrow();

      Money q2 = pipeline.forecast(Currency.getInstance("EUR")).within(ForecastPeriod.quarter(2026, 2))
          .weightedTotal();                                                          // 50 % of 12,000: 6,000
      FollowUpReport report = pipeline.evaluateFollowUps(Instant.parse("2026-04-16T09:00:00Z"));  // O-1, 1 day
      // snippet-end
      return new Result(q2, report);
    }
  }
}
