package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import io.crm4j.core.store.memory.InMemoryStore;
import io.crm4j.core.time.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The service on the in-memory store; the storage contract runs on every adapter in ComplaintStoreContract. */
class ComplaintServiceTest {

  static final EscalationPolicy RULES = EscalationPolicy.custom().rule(EscalationRule.custom("res-breach")
      .metric(SlaMetric.RESOLUTION).trigger(KpiState.BREACHED).recipients("lead").build()).build();
  static final ComplaintConfig CONFIG = ComplaintConfig.custom(OFFICE).sla(POLICY).escalation(RULES)
      .sweepPageSize(10).build();

  private static Complaint receive(ComplaintService s, String id) {
    return s.receive(ComplaintId.of(id), CustomerId.of("C"), ComplaintChannel.PHONE, "x", "", Priority.P3, "a");
  }

  @Test
  void escalate_skipsComplaintsWithStepsAfterTheSweepInstant() {
    try (InMemoryStore store = InMemoryStore.create()) {
      MutableClock clock = MutableClock.of(at(11, 23, 9, 0));
      ComplaintService service = ComplaintService.of(store, clock, CONFIG);
      receive(service, "S-1");
      clock.set(at(11, 30, 9, 0));
      receive(service, "S-2");
      // At Friday 27th 09:00 S-1 has run 4 x 9h = 36h > 16h; S-2 was received later and is skipped.
      ComplaintService.Sweep sweep = service.escalate(at(11, 27, 9, 0));
      assertThat(sweep.scanned()).isEqualTo(2);
      assertThat(sweep.events()).extracting(ComplaintEvent.Escalated::complaintId)
          .containsExactly(ComplaintId.of("S-1"));
      assertThat(ComplaintStorage.COMPLAINTS.name()).isEqualTo("complaint");
    }
  }

  @Test
  void steps_returnTheStoredComplaintAndPublishTheirEvents() {
    try (InMemoryStore store = InMemoryStore.create()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      MutableClock clock = MutableClock.of(at(11, 23, 9, 0));
      ComplaintService service = ComplaintService.of(store, clock, CONFIG);
      ComplaintId id = receive(service, "S-3").id();
      clock.advance(Duration.ofMinutes(5));
      Complaint ack = service.moveTo(id, ComplaintStatus.ACKNOWLEDGED, "a", "sorry").orElseThrow();
      Complaint assessed = service.assess(id, new Assessment("billing", Severity.MAJOR, Level.HIGH, Level.HIGH),
          "lead", "checked").orElseThrow();
      Complaint responded = service.respond(id, "refund", "a").orElseThrow();
      Complaint assigned = service.assign(id, "wang.wei", "lead");
      Complaint same = service.changePriority(id, assigned.priority(), "lead", "");
      assertThat(List.of(ack.version(), assessed.version(), responded.version(), assigned.version()))
          .containsExactly(2L, 3L, 4L, 5L);
      assertThat(same).isEqualTo(assigned);
      assertThat(assessed.priority()).isEqualTo(MATRIX.priorityOf(assessed.assessment()));
      assertThat(service.find(id)).contains(assigned);
      assertThat(seen).first().isInstanceOf(ComplaintEvent.Received.class);
      assertThat(seen).filteredOn(ComplaintEvent.StatusChanged.class::isInstance).hasSize(3);
    }
  }

  @Test
  void moveTo_rejected_storesAndPublishesNothing() {
    try (InMemoryStore store = InMemoryStore.create()) {
      ComplaintService service = ComplaintService.of(store, MutableClock.of(at(11, 23, 9, 0)), CONFIG);
      Complaint received = receive(service, "S-4");
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      Outcome<Complaint> o = service.moveTo(received.id(), ComplaintStatus.CLOSED, "a", "");
      assertThat(o.rejection().orElseThrow().code()).isEqualTo(ReasonCode.TRANSITION_NOT_ALLOWED);
      assertThat(seen).isEmpty();
      assertThat(service.find(received.id())).contains(received);
    }
  }

  @Test
  void receiveLinked_afterTheReopenWindow_opensANewComplaintLinkedToTheOldOne() {
    try (InMemoryStore store = InMemoryStore.create()) {
      MutableClock clock = MutableClock.of(at(11, 23, 9, 0));
      ComplaintService service = ComplaintService.of(store, clock, CONFIG);
      ComplaintId id = receive(service, "S-5").id();
      for (ComplaintStatus s : List.of(ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.ASSESSED,
          ComplaintStatus.RESPONDED, ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED)) {
        service.moveTo(id, s, "a", "").orElseThrow();
      }
      clock.advance(Duration.ofDays(365));
      assertThat(service.moveTo(id, ComplaintStatus.REOPENED, "a", "back").rejection().orElseThrow().code())
          .isEqualTo(ReasonCode.REOPEN_WINDOW_CLOSED);
      Complaint linked = service.receiveLinked(ComplaintId.of("S-6"), id, ComplaintChannel.WEB, "again", "", "a");
      assertThat(linked.linkedTo()).isEqualTo(id);
      assertThat(linked.version()).isEqualTo(1);
      assertThat(service.find(ComplaintId.of("S-6"))).contains(linked);
    }
  }

  @Test
  void operations_invalidInputIsRejected() {
    try (InMemoryStore store = InMemoryStore.create()) {
      ComplaintService service = ComplaintService.of(store, MutableClock.of(at(11, 23, 9, 0)), CONFIG);
      assertThatThrownBy(() -> service.moveTo(ComplaintId.of("nope"), ComplaintStatus.ACKNOWLEDGED, "a", ""))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("id must name a stored complaint, but was nope");
      assertThatThrownBy(() -> service.receiveLinked(ComplaintId.of("S-7"), ComplaintId.of("nope"),
          ComplaintChannel.WEB, "x", "", "a")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("earlier must name a stored complaint, but was nope");
      assertThatThrownBy(() -> ComplaintService.of(store, null, CONFIG)).isInstanceOf(NullPointerException.class)
          .hasMessage("clock");
      assertThatThrownBy(() -> new ComplaintService.Sweep(-1, List.of(), List.of(), 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("scanned must be >= 0, but was -1");
    }
  }
}
