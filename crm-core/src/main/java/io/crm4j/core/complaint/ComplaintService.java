package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStorage.COMPLAINTS;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.internal.store.UnitOfWork;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.spi.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Handles complaints in a {@link Store} under one {@link ComplaintConfig}. Every step reads the
 * complaint, applies the checked method at the clock's instant, and on success stores it and
 * publishes its events in one unit of work, returning the stored complaint with its new version;
 * a rejected step stores and publishes nothing. The caller never holds a copy older than the
 * store's: each step starts from a fresh read.
 *
 * <pre>{@code
 * ComplaintService complaints = ComplaintService.of(store, clock, ComplaintConfig.ofDefaults(calendar));
 * complaints.receive(ComplaintId.of("K-1"), customer, ComplaintChannel.PHONE, "refund", "", Priority.P3, "agent-7");
 * Complaint acknowledged = complaints.moveTo(ComplaintId.of("K-1"), ComplaintStatus.ACKNOWLEDGED, "agent-7",
 *     "receipt confirmed").orElseThrow();
 * }</pre>
 *
 * <p>Thread-safe when the store is; a concurrent write to the same complaint between a step's
 * read and its write surfaces as {@link StaleVersionException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ComplaintService {

  private final Store store;
  private final Clock clock;
  private final ComplaintConfig config;

  private ComplaintService(Store store, Clock clock, ComplaintConfig config) {
    this.store = store;
    this.clock = clock;
    this.config = config;
  }

  public static ComplaintService of(Store store, Clock clock, ComplaintConfig config) {
    return new ComplaintService(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(config, "config"));
  }

  public ComplaintConfig config() {
    return config;
  }

  public Optional<Complaint> find(ComplaintId id) {
    return store.repository(COMPLAINTS).find(Objects.requireNonNull(id, "id"));
  }

  /** Records and stores a new complaint now and publishes {@link ComplaintEvent.Received}. */
  public Complaint receive(ComplaintId id, CustomerId customerId, ComplaintChannel channel, String request,
      String description, Priority priority, String actor) {
    return insert(Complaint.receive(id, customerId, channel, request, description, priority, actor, clock.instant()));
  }

  /**
   * Records and stores a new complaint now that continues the stored complaint {@code earlier}
   * (same customer and priority): what to do when {@link #moveTo} to REOPENED is rejected with
   * {@link io.crm4j.core.outcome.ReasonCode#REOPEN_WINDOW_CLOSED}.
   */
  public Complaint receiveLinked(ComplaintId id, ComplaintId earlier, ComplaintChannel channel, String request,
      String description, String actor) {
    Complaint previous = find(Objects.requireNonNull(earlier, "earlier")).orElseThrow(
        () -> new IllegalArgumentException("earlier must name a stored complaint, but was " + earlier));
    return insert(Complaint.receiveLinked(id, previous, channel, request, description, actor, clock.instant()));
  }

  /** Moves the complaint to {@code to} now, if the graph (and, for REOPENED, its reopen window) allows it. */
  public Outcome<Complaint> moveTo(ComplaintId id, ComplaintStatus to, String actor, String note) {
    Objects.requireNonNull(to, "to");
    return step(id, c -> c.moveTo(to, config.graph(), actor, now(c), note));
  }

  /** Records the assessment now, derives the priority with the configured matrix and moves to ASSESSED. */
  public Outcome<Complaint> assess(ComplaintId id, Assessment assessment, String actor, String note) {
    Objects.requireNonNull(assessment, "assessment");
    return step(id, c -> c.assess(assessment, config.priorityMatrix(), config.graph(), actor, now(c), note));
  }

  /** Records the proposed solution now and moves to RESPONDED. */
  public Outcome<Complaint> respond(ComplaintId id, String proposedSolution, String actor) {
    Checks.notBlank(proposedSolution, "proposedSolution");
    return step(id, c -> c.respond(proposedSolution, config.graph(), actor, now(c)));
  }

  /** Attaches the follow-up survey and moves to FOLLOWED_UP (see {@link Complaint#followUp}). */
  public Outcome<Complaint> followUp(ComplaintId id, FollowUpSurvey survey) {
    Objects.requireNonNull(survey, "survey");
    return step(id, c -> c.followUp(survey, config.graph(), config.recoveredFrom()));
  }

  /** Changes the priority now; the same priority changes nothing and returns the stored complaint. */
  public Complaint changePriority(ComplaintId id, Priority newPriority, String actor, String reason) {
    Objects.requireNonNull(newPriority, "newPriority");
    return step(id, c -> c.changePriority(newPriority, actor, now(c), reason)).orElseThrow();
  }

  /** Hands the complaint to {@code assignee} now. */
  public Complaint assign(ComplaintId id, String assignee, String actor) {
    return step(id, c -> Outcome.applied(c.assign(assignee, actor, now(c)))).orElseThrow();
  }

  /** Adds a reference to evidence. */
  public Complaint attach(ComplaintId id, AttachmentRef attachment) {
    Objects.requireNonNull(attachment, "attachment");
    return step(id, c -> Outcome.applied(c.attach(attachment))).orElseThrow();
  }

  /** {@link #escalate(Instant)} at the clock's instant. */
  public Sweep escalate() {
    return escalate(clock.instant());
  }

  /**
   * Evaluates the configured escalation rules over every stored complaint at {@code at}, a page at
   * a time, storing each escalated complaint with its events in one unit of work. Running it again
   * at the same instant fires nothing: the fired rules are stored with the complaint.
   */
  public Sweep escalate(Instant at) {
    Objects.requireNonNull(at, "at");
    long scanned = 0;
    long stale = 0;
    List<ComplaintEvent.Escalated> fired = new ArrayList<>();
    List<Complaint> stored = new ArrayList<>();
    @Nullable ComplaintId after = null;
    int pageSize = config.sweepPageSize();
    while (true) {
      List<Complaint> page = store.repository(COMPLAINTS).page(after, pageSize);
      if (page.isEmpty()) {
        break;
      }
      scanned += page.size();
      after = page.get(page.size() - 1).id();
      for (Complaint c : page) {
        if (c.lastStepAt().isAfter(at)) {
          continue; // changed after the sweep's instant: not ours to judge
        }
        EscalationPolicy.Run run = config.escalation().evaluate(List.of(c), config.sla(), at);
        if (run.changed().isEmpty()) {
          continue;
        }
        try {
          stored.add(store.inTransaction(tx -> {
            Complaint s = tx.repository(COMPLAINTS).update(run.changed().get(0));
            run.events().forEach(tx::publish);
            return s;
          }));
          fired.addAll(run.events());
        } catch (StaleVersionException e) {
          stale++;
        }
      }
      if (page.size() < pageSize) {
        break;
      }
    }
    return new Sweep(scanned, stored, fired, stale);
  }

  /**
   * What one escalation sweep did.
   *
   * @param scanned complaints read
   * @param escalated the escalated complaints as stored, with their new versions
   * @param events escalations fired and stored, in order
   * @param skippedStale complaints changed by someone else during the sweep (they are picked up
   *     by the next sweep)
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Sweep(long scanned, List<Complaint> escalated, List<ComplaintEvent.Escalated> events,
      long skippedStale) {
    public Sweep {
      Checks.nonNegative(scanned, "scanned");
      escalated = List.copyOf(escalated);
      events = List.copyOf(events);
      Checks.nonNegative(skippedStale, "skippedStale");
    }
  }

  /** The clock's reading, never before the complaint's last step (clocks of several writers may differ). */
  private Instant now(Complaint c) {
    Instant at = clock.instant();
    return at.isBefore(c.lastStepAt()) ? c.lastStepAt() : at;
  }

  private Complaint insert(Outcome.Applied<Complaint> received) {
    return store.inTransaction(tx -> {
      Complaint stored = tx.repository(COMPLAINTS).insert(received.value());
      received.events().forEach(tx::publish);
      return stored;
    });
  }

  private Outcome<Complaint> step(ComplaintId id, Function<Complaint, Outcome<Complaint>> change) {
    return UnitOfWork.apply(store, COMPLAINTS, Objects.requireNonNull(id, "id"), change);
  }
}
