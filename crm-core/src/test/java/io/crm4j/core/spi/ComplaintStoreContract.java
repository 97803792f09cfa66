package io.crm4j.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.complaint.AttachmentRef;
import io.crm4j.core.complaint.Complaint;
import io.crm4j.core.complaint.ComplaintChannel;
import io.crm4j.core.complaint.ComplaintEvent;
import io.crm4j.core.complaint.ComplaintId;
import io.crm4j.core.complaint.ComplaintStatus;
import io.crm4j.core.complaint.Complaints;
import io.crm4j.core.complaint.EscalationPolicy;
import io.crm4j.core.complaint.EscalationRule;
import io.crm4j.core.complaint.KpiState;
import io.crm4j.core.complaint.Outcome;
import io.crm4j.core.complaint.Priority;
import io.crm4j.core.complaint.SlaMetric;
import io.crm4j.core.complaint.SlaPolicy;
import io.crm4j.core.complaint.SlaTarget;
import io.crm4j.core.complaint.SlaTargets;
import io.crm4j.core.complaint.StatusGraph;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.TimeWindow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The storage contract for complaints, run by every adapter. */
public interface ComplaintStoreContract extends StoreFixture {

  AggregateType<ComplaintId, Complaint> COMPLAINTS = Complaints.TYPE;
  /** Monday 2026-11-23 09:00 UTC. */
  Instant MONDAY_9 = Instant.parse("2026-11-23T09:00:00Z");
  BusinessCalendar UTC_OFFICE = BusinessCalendar.weekdays(ZoneOffset.UTC, TimeWindow.hours(9, 18));
  SlaTargets TWO_AND_FOUR = new SlaTargets(SlaTarget.hours(2, 1), SlaTarget.hours(4, 3));
  SlaPolicy SLA = SlaPolicy.custom(UTC_OFFICE).target(Priority.P1, TWO_AND_FOUR).target(Priority.P2, TWO_AND_FOUR)
      .target(Priority.P3, TWO_AND_FOUR).target(Priority.P4, TWO_AND_FOUR).build();
  EscalationPolicy RULES = EscalationPolicy.of(new EscalationRule("fr-warn", SlaMetric.FIRST_RESPONSE,
      KpiState.NEARING_BREACH, Set.of(), 1, "lead", List.of("service-desk")));

  private static Outcome.Accepted receive(String id, Instant at) {
    return Complaint.receive(ComplaintId.of(id), CustomerId.of("C-" + id), ComplaintChannel.EMAIL, "refund", "late",
        Priority.P3, "agent", at);
  }

  @Test
  default void save_newComplaint_isStoredWithItsEvents() {
    try (Store store = newStore()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      Outcome.Accepted received = receive("K-1", MONDAY_9);
      Complaint stored = Complaints.save(store, received);
      assertThat(stored.version()).isEqualTo(1);
      assertThat(store.repository(COMPLAINTS).find(ComplaintId.of("K-1"))).contains(stored);
      assertThat(seen).containsExactlyElementsOf(received.events());
    }
  }

  @Test
  default void save_laterStep_roundTripsEveryField() {
    try (Store store = newStore()) {
      Complaint v1 = Complaints.save(store, receive("K-2", MONDAY_9));
      Outcome.Accepted ack = (Outcome.Accepted) v1.attach(new AttachmentRef("oss://k2/letter.pdf", "letter"))
          .moveTo(ComplaintStatus.ACKNOWLEDGED, StatusGraph.ofDefaults(), "agent", MONDAY_9.plusSeconds(60), "sorry");
      Complaint v2 = Complaints.save(store, ack);
      assertThat(v2.version()).isEqualTo(2);
      Complaint read = store.repository(COMPLAINTS).find(ComplaintId.of("K-2")).orElseThrow();
      assertThat(read).isEqualTo(v2);
      assertThat(read.steps()).hasSize(2);
      assertThat(read.attachments()).hasSize(1);
    }
  }

  @Test
  default void save_staleComplaint_isRejectedAndPublishesNothing() {
    try (Store store = newStore()) {
      Complaint v1 = Complaints.save(store, receive("K-3", MONDAY_9));
      Complaints.save(store, v1.changePriority(Priority.P1, "lead", MONDAY_9.plusSeconds(10), "vip"));
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      Outcome.Accepted late = v1.changePriority(Priority.P2, "other", MONDAY_9.plusSeconds(20), "");
      assertThatThrownBy(() -> Complaints.save(store, late)).isInstanceOf(StaleVersionException.class);
      assertThat(seen).isEmpty();
      assertThat(store.repository(COMPLAINTS).find(ComplaintId.of("K-3")).orElseThrow().priority())
          .isEqualTo(Priority.P1);
    }
  }

  @Test
  default void page_walksComplaintsInIdOrder() {
    try (Store store = newStore()) {
      for (String id : List.of("K-c", "K-a", "K-b")) {
        Complaints.save(store, receive(id, MONDAY_9));
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
      Complaints.save(store, receive("K-4", MONDAY_9));
      Complaint k5 = Complaints.save(store, receive("K-5", MONDAY_9));
      Complaints.save(store, (Outcome.Accepted) k5.moveTo(ComplaintStatus.ACKNOWLEDGED, StatusGraph.ofDefaults(),
          "agent", MONDAY_9.plusSeconds(600), ""));
      Complaints.save(store, receive("K-6", MONDAY_9.plusSeconds(1200)));
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      Instant at = MONDAY_9.plusSeconds(5400);

      Complaints.Sweep first = Complaints.escalate(store, RULES, SLA, at, 2);
      assertThat(first.scanned()).isEqualTo(3);
      assertThat(first.events()).extracting(ComplaintEvent.Escalated::complaintId)
          .containsExactly(ComplaintId.of("K-4"), ComplaintId.of("K-6"));
      assertThat(seen).containsExactlyElementsOf(first.events());
      Complaint k4 = store.repository(COMPLAINTS).find(ComplaintId.of("K-4")).orElseThrow();
      assertThat(k4.escalationLevel()).isEqualTo(1);
      assertThat(k4.assignee()).isEqualTo("lead");
      assertThat(k4.version()).isEqualTo(2);

      Complaints.Sweep again = Complaints.escalate(store, RULES, SLA, at, 2);
      assertThat(again.events()).isEmpty();
      assertThat(again.skippedStale()).isZero();
      assertThat(seen).hasSize(2);
      assertThat(store.repository(COMPLAINTS).find(ComplaintId.of("K-4")).orElseThrow().version()).isEqualTo(2);
    }
  }
}
