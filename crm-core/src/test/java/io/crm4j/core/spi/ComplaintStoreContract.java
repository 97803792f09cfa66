package io.crm4j.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.complaint.AttachmentRef;
import io.crm4j.core.complaint.Complaint;
import io.crm4j.core.complaint.ComplaintChannel;
import io.crm4j.core.complaint.ComplaintConfig;
import io.crm4j.core.complaint.ComplaintEvent;
import io.crm4j.core.complaint.ComplaintId;
import io.crm4j.core.complaint.ComplaintService;
import io.crm4j.core.complaint.ComplaintStatus;
import io.crm4j.core.complaint.ComplaintStorage;
import io.crm4j.core.complaint.EscalationPolicy;
import io.crm4j.core.complaint.EscalationRule;
import io.crm4j.core.complaint.KpiState;
import io.crm4j.core.complaint.Priority;
import io.crm4j.core.complaint.SlaMetric;
import io.crm4j.core.complaint.SlaPolicy;
import io.crm4j.core.complaint.SlaTarget;
import io.crm4j.core.complaint.SlaTargets;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.MutableClock;
import io.crm4j.core.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The storage contract for complaints, run by every adapter. */
public interface ComplaintStoreContract extends StoreFixture {

  AggregateType<ComplaintId, Complaint> COMPLAINTS = ComplaintStorage.COMPLAINTS;
  /** Monday 2026-11-23 09:00 UTC. */
  Instant MONDAY_9 = Instant.parse("2026-11-23T09:00:00Z");
  BusinessCalendar UTC_OFFICE = BusinessCalendar.weekdays(ZoneOffset.UTC, TimeWindow.hours(9, 18));
  SlaTargets TWO_AND_FOUR = new SlaTargets(SlaTarget.hours(2, 1), SlaTarget.hours(4, 3));
  SlaPolicy SLA = SlaPolicy.custom(UTC_OFFICE).target(Priority.P1, TWO_AND_FOUR).target(Priority.P2, TWO_AND_FOUR)
      .target(Priority.P3, TWO_AND_FOUR).target(Priority.P4, TWO_AND_FOUR).build();
  EscalationPolicy RULES = EscalationPolicy.custom().rule(EscalationRule.custom("fr-warn")
      .metric(SlaMetric.FIRST_RESPONSE).trigger(KpiState.NEARING_BREACH).reassignTo("lead")
      .recipients("service-desk").build()).build();
  ComplaintConfig CONFIG = ComplaintConfig.custom(UTC_OFFICE).sla(SLA).escalation(RULES).sweepPageSize(2).build();

  private static Complaint receive(ComplaintService service, String id) {
    return service.receive(ComplaintId.of(id), CustomerId.of("C-" + id), ComplaintChannel.EMAIL, "refund", "late",
        Priority.P3, "agent");
  }

  @Test
  default void receive_newComplaint_isStoredWithItsEvents() {
    try (Store store = newStore()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      ComplaintService service = ComplaintService.of(store, MutableClock.of(MONDAY_9), CONFIG);
      Complaint stored = receive(service, "K-1");
      assertThat(stored.version()).isEqualTo(1);
      assertThat(store.repository(COMPLAINTS).find(ComplaintId.of("K-1"))).contains(stored);
      assertThat(seen).containsExactly(new ComplaintEvent.Received(ComplaintId.of("K-1"), CustomerId.of("C-K-1"),
          ComplaintChannel.EMAIL, Priority.P3, MONDAY_9));
    }
  }

  @Test
  default void laterSteps_roundTripEveryField() {
    try (Store store = newStore()) {
      MutableClock clock = MutableClock.of(MONDAY_9);
      ComplaintService service = ComplaintService.of(store, clock, CONFIG);
      receive(service, "K-2");
      service.attach(ComplaintId.of("K-2"), new AttachmentRef("oss://k2/letter.pdf", "letter"));
      clock.advance(Duration.ofMinutes(1));
      Complaint v3 = service.moveTo(ComplaintId.of("K-2"), ComplaintStatus.ACKNOWLEDGED, "agent", "sorry")
          .orElseThrow();
      assertThat(v3.version()).isEqualTo(3);
      Complaint read = store.repository(COMPLAINTS).find(ComplaintId.of("K-2")).orElseThrow();
      assertThat(read).isEqualTo(v3);
      assertThat(read.steps()).hasSize(2);
      assertThat(read.attachments()).hasSize(1);
    }
  }

  @Test
  default void update_staleComplaint_isRejectedAndPublishesNothing() {
    try (Store store = newStore()) {
      ComplaintService service = ComplaintService.of(store, MutableClock.of(MONDAY_9), CONFIG);
      Complaint v1 = receive(service, "K-3");
      service.changePriority(ComplaintId.of("K-3"), Priority.P1, "lead", "vip");
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      Complaint late = v1.changePriority(Priority.P2, "other", MONDAY_9.plusSeconds(20), "").value();
      assertThatThrownBy(() -> store.run(tx -> tx.repository(COMPLAINTS).update(late)))
          .isInstanceOf(StaleVersionException.class);
      assertThat(seen).isEmpty();
      assertThat(store.repository(COMPLAINTS).find(ComplaintId.of("K-3")).orElseThrow().priority())
          .isEqualTo(Priority.P1);
    }
  }

  @Test
  default void page_walksComplaintsInIdOrder() {
    try (Store store = newStore()) {
      ComplaintService service = ComplaintService.of(store, MutableClock.of(MONDAY_9), CONFIG);
      for (String id : List.of("K-c", "K-a", "K-b")) {
        receive(service, id);
      }
      Repository<ComplaintId, Complaint> repo = store.repository(COMPLAINTS);
      assertThat(repo.page(null, 2)).extracting(Complaint::id).containsExactly(ComplaintId.of("K-a"), ComplaintId.of("K-b"));
      assertThat(repo.page(ComplaintId.of("K-b"), 2)).extracting(Complaint::id).containsExactly(ComplaintId.of("K-c"));
      assertThat(repo.count()).isEqualTo(3);
      assertThat(repo.delete(ComplaintId.of("K-a"), 1)).isTrue();
      assertThat(repo.count()).isEqualTo(2);
    }
  }

  @Test
  default void escalate_sweepIsIdempotentAndStoresTheEscalation() {
    try (Store store = newStore()) {
      // first response target 2h, warning after 1h; K-5 is answered, so only K-4 and K-6 warn at 10:30
      MutableClock clock = MutableClock.of(MONDAY_9);
      ComplaintService service = ComplaintService.of(store, clock, CONFIG);
      receive(service, "K-4");
      receive(service, "K-5");
      clock.advance(Duration.ofMinutes(10));
      service.moveTo(ComplaintId.of("K-5"), ComplaintStatus.ACKNOWLEDGED, "agent", "").orElseThrow();
      clock.advance(Duration.ofMinutes(10));
      receive(service, "K-6");
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      clock.set(MONDAY_9.plusSeconds(5400));

      ComplaintService.Sweep first = service.escalate();
      assertThat(first.scanned()).isEqualTo(3);
      assertThat(first.events()).extracting(ComplaintEvent.Escalated::complaintId)
          .containsExactly(ComplaintId.of("K-4"), ComplaintId.of("K-6"));
      assertThat(seen).containsExactlyElementsOf(first.events());
      Complaint k4 = store.repository(COMPLAINTS).find(ComplaintId.of("K-4")).orElseThrow();
      assertThat(k4.escalationLevel()).isEqualTo(1);
      assertThat(k4.assignee()).isEqualTo("lead");
      assertThat(k4.version()).isEqualTo(2);
      assertThat(first.escalated()).extracting(Complaint::id, Complaint::version)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(ComplaintId.of("K-4"), 2L),
              org.assertj.core.groups.Tuple.tuple(ComplaintId.of("K-6"), 2L));

      ComplaintService.Sweep again = service.escalate();
      assertThat(again.events()).isEmpty();
      assertThat(again.skippedStale()).isZero();
      assertThat(seen).hasSize(2);
      assertThat(store.repository(COMPLAINTS).find(ComplaintId.of("K-4")).orElseThrow().version()).isEqualTo(2);
    }
  }

  /** Regression: escalating and then taking the next step used to throw StaleVersionException. */
  @Test
  default void escalate_thenNextStep_startsFromTheStoredVersion() {
    try (Store store = newStore()) {
      MutableClock clock = MutableClock.of(MONDAY_9);
      ComplaintService service = ComplaintService.of(store, clock, CONFIG);
      Complaint received = receive(service, "K-7");
      clock.advance(Duration.ofMinutes(90));
      assertThat(service.escalate().escalated()).extracting(Complaint::id).containsExactly(ComplaintId.of("K-7"));
      clock.advance(Duration.ofMinutes(1));
      Complaint acknowledged = service.moveTo(received.id(), ComplaintStatus.ACKNOWLEDGED, "lead", "called back")
          .orElseThrow();
      assertThat(acknowledged.version()).isEqualTo(3);
      assertThat(acknowledged.escalationLevel()).isEqualTo(1);
      assertThat(acknowledged.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
      assertThat(store.repository(COMPLAINTS).find(received.id())).contains(acknowledged);
    }
  }
}
