package io.crm4j.core.pipeline;

import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerEvent;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.service.CustomerStorage;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keeps leads and opportunities in a {@link Store}: every transition reads the aggregate, applies
 * the checked method at the clock's instant, and on success writes the result and publishes its
 * {@link PipelineEvent} in one unit of work. A rejected transition writes and publishes nothing
 * and is returned as is.
 *
 * <p>Thread-safe when the store is; concurrent writes to one aggregate surface as
 * {@link io.crm4j.core.spi.StaleVersionException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PipelineService {

  private final Store store;
  private final Clock clock;
  private final SalesStages stages;
  private final FollowUpPolicy followUp;

  private PipelineService(Store store, Clock clock, SalesStages stages, FollowUpPolicy followUp) {
    this.store = store;
    this.clock = clock;
    this.stages = stages;
    this.followUp = followUp;
  }

  /** A service deciding by {@code config} (stages and follow-up rule; {@link PipelineConfig#ofDefaults()} for the presets). */
  public static PipelineService of(Store store, Clock clock, PipelineConfig config) {
    Objects.requireNonNull(config, "config");
    return new PipelineService(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"),
        config.stages(), config.followUp());
  }

  public PipelineConfig config() {
    return new PipelineConfig(stages, followUp);
  }

  public SalesStages stages() {
    return stages;
  }

  public FollowUpPolicy followUpPolicy() {
    return followUp;
  }

  public Optional<Lead> findLead(LeadId id) {
    return store.repository(PipelineStorage.LEADS).find(Objects.requireNonNull(id, "id"));
  }

  public Optional<Opportunity> findOpportunity(OpportunityId id) {
    return store.repository(PipelineStorage.OPPORTUNITIES).find(Objects.requireNonNull(id, "id"));
  }

  /** Stores a new lead and publishes {@link PipelineEvent.LeadCreated}. */
  public Lead createLead(Lead lead) {
    Objects.requireNonNull(lead, "lead");
    return Transitions.create(store, PipelineStorage.LEADS, lead, lead.createdEvent());
  }

  public Outcome<Lead> startWorking(LeadId id) {
    return Transitions.apply(store, PipelineStorage.LEADS, Objects.requireNonNull(id, "id"), l -> l.startWorking(clock.instant()));
  }

  public Outcome<Lead> qualify(LeadId id) {
    return Transitions.apply(store, PipelineStorage.LEADS, Objects.requireNonNull(id, "id"), l -> l.qualify(clock.instant()));
  }

  public Outcome<Lead> disqualify(LeadId id, String reason) {
    Objects.requireNonNull(reason, "reason");
    return Transitions.apply(store, PipelineStorage.LEADS, Objects.requireNonNull(id, "id"),
        l -> l.disqualify(reason, clock.instant()));
  }

  public Outcome<Lead> recordFollowUp(LeadId id, String note) {
    Objects.requireNonNull(note, "note");
    return Transitions.apply(store, PipelineStorage.LEADS, Objects.requireNonNull(id, "id"),
        l -> l.recordFollowUp(note, clock.instant()));
  }

  public Outcome<Lead> reassign(LeadId id, OwnerId newOwner) {
    Objects.requireNonNull(newOwner, "newOwner");
    return Transitions.apply(store, PipelineStorage.LEADS, Objects.requireNonNull(id, "id"),
        l -> l.reassign(newOwner, clock.instant()));
  }

  /**
   * Converts a qualified lead in one unit of work: links the customer {@code conversion} names,
   * or creates it as an organisation named after the lead when no customer has that id
   * (publishing {@link CustomerEvent.Registered}); opens the opportunity in the first stage,
   * owned by the lead's owner (publishing {@link PipelineEvent.OpportunityOpened}); and marks the
   * lead converted (publishing {@link PipelineEvent.LeadConverted}). A lead that is not qualified
   * is rejected and nothing is written.
   *
   * @throws io.crm4j.core.spi.DuplicateIdException if the opportunity id is taken (nothing is written)
   */
  public Outcome<LeadConversion.Result> convert(LeadId id, LeadConversion conversion) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(conversion, "conversion");
    return store.inTransaction(tx -> {
      Repository<LeadId, Lead> leads = tx.repository(PipelineStorage.LEADS);
      Lead lead = leads.find(id).orElseThrow(() -> Transitions.unknown(PipelineStorage.LEADS, id));
      Instant now = clock.instant();
      Outcome<Lead> outcome = lead.convert(conversion.customerId(), conversion.opportunityId(), now);
      if (!(outcome instanceof Outcome.Applied<Lead> applied)) {
        return outcome.rejection().orElseThrow().cast();
      }
      Repository<CustomerId, Customer> customers = tx.repository(CustomerStorage.CUSTOMERS);
      boolean created = customers.find(conversion.customerId()).isEmpty();
      if (created) {
        customers.insert(Customer.organisation(conversion.customerId(), lead.name(), now));
        tx.publish(new CustomerEvent.Registered(conversion.customerId(), now));
      }
      Opportunity opened = tx.repository(PipelineStorage.OPPORTUNITIES).insert(Opportunity.open(conversion.opportunityId(),
          conversion.opportunityName(), conversion.customerId(), lead.owner(), conversion.amount(),
          conversion.expectedClose(), stages, id, now));
      tx.publish(opened.openedEvent());
      Lead stored = leads.update(applied.value());
      applied.events().forEach(tx::publish);
      return Outcome.applied(new LeadConversion.Result(stored, opened, created), applied.events());
    });
  }

  /** Stores a new opportunity and publishes {@link PipelineEvent.OpportunityOpened}. */
  public Opportunity openOpportunity(Opportunity opportunity) {
    Objects.requireNonNull(opportunity, "opportunity");
    stages.stage(opportunity.stage());
    return Transitions.create(store, PipelineStorage.OPPORTUNITIES, opportunity, opportunity.openedEvent());
  }

  public Outcome<Opportunity> moveTo(OpportunityId id, String stage) {
    Objects.requireNonNull(stage, "stage");
    return Transitions.apply(store, PipelineStorage.OPPORTUNITIES, Objects.requireNonNull(id, "id"),
        o -> o.moveTo(stage, stages, clock.instant()));
  }

  public Outcome<Opportunity> win(OpportunityId id, String reason) {
    Objects.requireNonNull(reason, "reason");
    return Transitions.apply(store, PipelineStorage.OPPORTUNITIES, Objects.requireNonNull(id, "id"),
        o -> o.win(reason, stages, clock.instant()));
  }

  public Outcome<Opportunity> lose(OpportunityId id, String reason) {
    Objects.requireNonNull(reason, "reason");
    return Transitions.apply(store, PipelineStorage.OPPORTUNITIES, Objects.requireNonNull(id, "id"),
        o -> o.lose(reason, stages, clock.instant()));
  }

  public Outcome<Opportunity> recordFollowUp(OpportunityId id, String note) {
    Objects.requireNonNull(note, "note");
    return Transitions.apply(store, PipelineStorage.OPPORTUNITIES, Objects.requireNonNull(id, "id"),
        o -> o.recordFollowUp(note, clock.instant()));
  }

  public Outcome<Opportunity> reassign(OpportunityId id, OwnerId newOwner) {
    Objects.requireNonNull(newOwner, "newOwner");
    return Transitions.apply(store, PipelineStorage.OPPORTUNITIES, Objects.requireNonNull(id, "id"),
        o -> o.reassign(newOwner, clock.instant()));
  }

  public Outcome<Opportunity> revise(OpportunityId id, Money amount, LocalDate expectedClose) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(expectedClose, "expectedClose");
    return Transitions.apply(store, PipelineStorage.OPPORTUNITIES, Objects.requireNonNull(id, "id"),
        o -> o.revise(amount, expectedClose, clock.instant()));
  }

  /** Every stored lead, walked page by page. */
  public List<Lead> allLeads() {
    return Transitions.all(store, PipelineStorage.LEADS);
  }

  /** Every stored opportunity, walked page by page. */
  public List<Opportunity> allOpportunities() {
    return Transitions.all(store, PipelineStorage.OPPORTUNITIES);
  }

  /**
   * Evaluates the follow-up rule over every stored lead and opportunity at the clock's instant
   * and publishes its findings ({@link PipelineEvent.FollowUpOverdue},
   * {@link PipelineEvent.OwnerInactive}).
   */
  public FollowUpReport evaluateFollowUps() {
    return evaluateFollowUps(clock.instant());
  }

  /**
   * Like {@link #evaluateFollowUps()} at an explicit instant, for a caller's scheduler that
   * evaluates at fixed times; the events carry {@code at} as their time. Items worked on after
   * {@code at} (the job started late) are not overdue at {@code at}.
   */
  public FollowUpReport evaluateFollowUps(Instant at) {
    Objects.requireNonNull(at, "at");
    FollowUpReport report = followUp.evaluate(allLeads(), allOpportunities(), at);
    List<PipelineEvent> events = report.events();
    if (!events.isEmpty()) {
      store.run(tx -> events.forEach(tx::publish));
    }
    return report;
  }

  /** The weighted pipeline of every stored opportunity. */
  public PipelineForecast forecast(Currency currency) {
    return PipelineForecast.of(allOpportunities(), stages, Objects.requireNonNull(currency, "currency"));
  }

  /** The funnel over every stored lead and opportunity. */
  public FunnelReport funnel() {
    return FunnelReport.of(allLeads(), allOpportunities(), stages);
  }
}
