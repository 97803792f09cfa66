package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.spi.Store;
import io.crm4j.core.store.memory.InMemoryStore;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Complaints on the in-memory store; the full contract runs on every adapter in ComplaintStoreContract. */
class ComplaintsTest {

  static final EscalationPolicy RULES = EscalationPolicy.of(new EscalationRule("res-breach", SlaMetric.RESOLUTION,
      KpiState.BREACHED, Set.of(), 1, null, List.of("lead")));

  @Test
  void escalate_skipsComplaintsWithStepsAfterTheSweepInstant() {
    try (Store store = InMemoryStore.create()) {
      Complaints.save(store, Complaint.receive(ComplaintId.of("S-1"), io.crm4j.core.customer.CustomerId.of("C"),
          ComplaintChannel.PHONE, "x", "", Priority.P3, "a", at(11, 23, 9, 0)));
      Complaints.save(store, Complaint.receive(ComplaintId.of("S-2"), io.crm4j.core.customer.CustomerId.of("C"),
          ComplaintChannel.PHONE, "x", "", Priority.P3, "a", at(11, 30, 9, 0)));
      // At Friday 27th 09:00 S-1 has run 4 x 9h = 36h > 16h; S-2 was received later and is skipped.
      Complaints.Sweep sweep = Complaints.escalate(store, RULES, POLICY, at(11, 27, 9, 0), 10);
      assertThat(sweep.scanned()).isEqualTo(2);
      assertThat(sweep.events()).extracting(ComplaintEvent.Escalated::complaintId).containsExactly(ComplaintId.of("S-1"));
      assertThat(Complaints.TYPE.name()).isEqualTo("complaint");
    }
  }

  @Test
  void escalate_invalidInputIsRejected() {
    try (Store store = InMemoryStore.create()) {
      assertThatThrownBy(() -> Complaints.escalate(store, RULES, POLICY, at(11, 27, 9, 0), 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("pageSize must be > 0, but was 0");
      assertThatThrownBy(() -> Complaints.save(store, null))
          .isInstanceOf(NullPointerException.class).hasMessage("step");
      assertThatThrownBy(() -> new Complaints.Sweep(-1, List.of(), 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("scanned must be >= 0, but was -1");
    }
  }
}
