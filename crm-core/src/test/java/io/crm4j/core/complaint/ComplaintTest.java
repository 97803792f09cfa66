package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStatus.*;
import static io.crm4j.core.complaint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintTest {

  @Test
  void receive_recordsTheReceiptStepAndEvent() {
    Outcome.Applied<Complaint> a = Complaint.receive(ComplaintId.of("K-1"), CustomerId.of("C-1"), ComplaintChannel.IN_PERSON,
        "refund the fee", "waited 90 minutes", Priority.P3, "teller", at(11, 20, 16, 30));
    Complaint c = a.value();
    assertThat(c.status()).isEqualTo(RECEIVED);
    assertThat(c.version()).isZero();
    assertThat(c.receivedAt()).isEqualTo(at(11, 20, 16, 30));
    assertThat(c.steps()).containsExactly(new ComplaintStep(null, RECEIVED, "teller", at(11, 20, 16, 30), "received"));
    assertThat(a.events()).containsExactly(new ComplaintEvent.Received(ComplaintId.of("K-1"), CustomerId.of("C-1"),
        ComplaintChannel.IN_PERSON, Priority.P3, at(11, 20, 16, 30)));
    assertThat(a.events().get(0).aggregateId()).isEqualTo("K-1");
    assertThat(a.events().get(0).type()).isEqualTo("ComplaintEvent.Received");
    assertThat(a.applied()).isTrue();
    assertThat(c.linkedTo()).isNull();
  }

  @Test
  void receive_invalidInputIsRejected() {
    assertThatThrownBy(() -> Complaint.receive(ComplaintId.of("K"), CustomerId.of("C"), ComplaintChannel.WEB, " ",
        "", Priority.P3, "a", at(11, 20, 9, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("request must not be blank, but was ' '");
    assertThatThrownBy(() -> Complaint.receive(ComplaintId.of("K"), CustomerId.of("C"), ComplaintChannel.WEB, "x",
        "", Priority.P3, "", at(11, 20, 9, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("actor must not be blank, but was ''");
    assertThatThrownBy(() -> Complaint.receive(ComplaintId.of("K"), null, ComplaintChannel.WEB, "x",
        "", Priority.P3, "a", at(11, 20, 9, 0)))
        .isInstanceOf(NullPointerException.class).hasMessage("customerId");
  }

  @Test
  void moveTo_forbiddenStepIsRejectedNamingCurrentAndAllowed() {
    Complaint c = received("K-2", Priority.P3, at(11, 23, 9, 0));
    Outcome<Complaint> o = c.moveTo(RESOLVED, GRAPH, "agent", at(11, 23, 9, 5), "");
    Outcome.Rejected<Complaint> r = o.rejection().orElseThrow();
    assertThat(o.applied()).isFalse();
    assertThat(r.code()).isEqualTo(ReasonCode.TRANSITION_NOT_ALLOWED);
    StatusRejection detail = r.detail(StatusRejection.class).orElseThrow();
    assertThat(detail.current()).isEqualTo(RECEIVED);
    assertThat(detail.requested()).isEqualTo(RESOLVED);
    assertThat(detail.allowed()).containsExactlyInAnyOrder(ACKNOWLEDGED, ESCALATED, REJECTED, WITHDRAWN);
    assertThat(r.message()).isEqualTo(
        "cannot move from RECEIVED to RESOLVED; allowed next: [ACKNOWLEDGED, ESCALATED, REJECTED, WITHDRAWN]");
  }

  @Test
  void moveTo_recordsWhoWhenAndNote() {
    Complaint c = received("K-3", Priority.P3, at(11, 23, 9, 0));
    Outcome<Complaint> a = c.moveTo(ACKNOWLEDGED, GRAPH, "li.na", at(11, 23, 9, 5), "apologised");
    assertThat(a.orElseThrow().status()).isEqualTo(ACKNOWLEDGED);
    assertThat(a.orElseThrow().steps().get(1)).isEqualTo(
        new ComplaintStep(RECEIVED, ACKNOWLEDGED, "li.na", at(11, 23, 9, 5), "apologised"));
    assertThat(a.events()).containsExactly(
        new ComplaintEvent.StatusChanged(ComplaintId.of("K-3"), RECEIVED, ACKNOWLEDGED, "li.na", at(11, 23, 9, 5)));
    assertThat(a.orElseThrow().everReached(ACKNOWLEDGED)).isTrue();
    assertThat(a.orElseThrow().everReached(RESOLVED)).isFalse();
    assertThat(a.orElseThrow().lastStepAt()).isEqualTo(at(11, 23, 9, 5));
  }

  @Test
  void moveTo_stepBeforeTheLastIsBadInput() {
    Complaint c = received("K-4", Priority.P3, at(11, 23, 9, 0));
    assertThatThrownBy(() -> c.moveTo(ACKNOWLEDGED, GRAPH, "a", at(11, 23, 8, 0), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("at must not be before the last step at");
  }

  @Test
  void assess_setsAssessmentAndDerivedPriority() {
    Complaint c = move(received("K-5", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 9, 5));
    Assessment a = new Assessment("service-queue", Severity.MAJOR, Level.MEDIUM, Level.HIGH);
    Outcome<Complaint> o = c.assess(a, MATRIX, GRAPH, "lead", at(11, 23, 9, 30), "queue");
    assertThat(o.orElseThrow().assessment()).isEqualTo(a);
    assertThat(o.orElseThrow().priority()).isEqualTo(Priority.P2);
    assertThat(o.events()).hasSize(2).last()
        .isEqualTo(new ComplaintEvent.PriorityChanged(ComplaintId.of("K-5"), Priority.P3, Priority.P2, "lead",
            at(11, 23, 9, 30)));
    assertThat(received("K-6", Priority.P3, at(11, 23, 9, 0)).assess(a, MATRIX, GRAPH, "lead", at(11, 23, 9, 30), ""))
        .isInstanceOf(Outcome.Rejected.class);
  }

  @Test
  void respond_keepsTheProposedSolution() {
    Complaint c = move(move(received("K-7", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 9, 5)),
        ASSESSED, at(11, 23, 9, 10));
    Complaint r = ok(c.respond("replace the pair", GRAPH, "agent", at(11, 23, 10, 0)));
    assertThat(r.solution()).isEqualTo("replace the pair");
    assertThat(r.status()).isEqualTo(RESPONDED);
    assertThat(r.respond("again", GRAPH, "agent", at(11, 23, 10, 0))).isInstanceOf(Outcome.Rejected.class);
    assertThatThrownBy(() -> c.respond(" ", GRAPH, "agent", at(11, 23, 10, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("proposedSolution");
  }

  @Test
  void changePriority_recordsAStepWithoutStatusChange() {
    Complaint c = received("K-8", Priority.P3, at(11, 23, 9, 0));
    Outcome.Applied<Complaint> a = c.changePriority(Priority.P1, "boss", at(11, 23, 9, 10), "VIP");
    assertThat(a.orElseThrow().priority()).isEqualTo(Priority.P1);
    assertThat(a.orElseThrow().status()).isEqualTo(RECEIVED);
    assertThat(a.orElseThrow().steps().get(1).changesStatus()).isFalse();
    assertThat(a.orElseThrow().steps().get(1).note()).isEqualTo("priority P3 to P1: VIP");
    assertThat(a.events()).hasSize(1);
    Outcome.Applied<Complaint> same = a.value().changePriority(Priority.P1, "boss", at(11, 23, 9, 20), "");
    assertThat(same.orElseThrow()).isSameAs(a.orElseThrow());
    assertThat(same.events()).isEmpty();
  }

  @Test
  void followUp_attachesSurveyAndSaysWhetherRecovered() {
    Complaint c = received("K-9", Priority.P3, at(11, 23, 9, 0));
    for (ComplaintStatus s : List.of(ACKNOWLEDGED, ASSESSED, RESPONDED, RESOLVED, CLOSED)) {
      c = move(c, s, at(11, 23, 10, 0));
    }
    FollowUpSurvey survey = new FollowUpSurvey(Satisfaction.SATISFIED, 8, "ok now", "call-centre", at(11, 25, 10, 0));
    Outcome<Complaint> a = c.followUp(survey, GRAPH, Satisfaction.SATISFIED);
    assertThat(a.orElseThrow().followUp()).isEqualTo(survey);
    assertThat(a.orElseThrow().status()).isEqualTo(FOLLOWED_UP);
    assertThat(a.events()).last().isEqualTo(new ComplaintEvent.FollowedUp(ComplaintId.of("K-9"),
        Satisfaction.SATISFIED, 8, true, at(11, 25, 10, 0)));
    Outcome<Complaint> strict = c.followUp(survey, GRAPH, Satisfaction.VERY_SATISFIED);
    assertThat(((ComplaintEvent.FollowedUp) strict.events().get(1)).recovered()).isFalse();
    assertThat(received("K-10", Priority.P3, at(11, 23, 9, 0)).followUp(survey, GRAPH, Satisfaction.SATISFIED))
        .isInstanceOf(Outcome.Rejected.class);
  }

  @Test
  void attachAndAssign_keepReferencesAndAssignee() {
    Complaint c = received("K-11", Priority.P3, at(11, 23, 9, 0))
        .attach(new AttachmentRef("s3://evidence/K-11/photo.jpg", "photo of the shoes"))
        .assign("wang.wei", "lead", at(11, 23, 9, 1));
    assertThat(c.attachments()).extracting(AttachmentRef::reference).containsExactly("s3://evidence/K-11/photo.jpg");
    assertThat(c.assignee()).isEqualTo("wang.wei");
    assertThat(c.steps()).hasSize(2);
    assertThat(c.withVersion(3).version()).isEqualTo(3);
    assertThat(c.withVersion(3).steps()).isEqualTo(c.steps());
  }

  @Test
  void constructor_inconsistentStepsAreRejected() {
    Complaint c = move(received("K-12", Priority.P3, at(11, 23, 9, 0)), ACKNOWLEDGED, at(11, 23, 9, 5));
    assertThatThrownBy(() -> new Complaint(c.id(), 0, c.customerId(), c.channel(), c.request(), c.description(),
        RECEIVED, c.priority(), null, null, null, 0, c.steps(), List.of(), null, Set.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status must be the last step's status ACKNOWLEDGED, but was RECEIVED");
    assertThatThrownBy(() -> new Complaint(c.id(), 0, c.customerId(), c.channel(), c.request(), c.description(),
        ACKNOWLEDGED, c.priority(), null, null, null, 0, List.of(c.steps().get(1)), List.of(), null, Set.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("steps must start with the receipt");
    assertThatThrownBy(() -> new Complaint(c.id(), 0, c.customerId(), c.channel(), c.request(), c.description(),
        ACKNOWLEDGED, c.priority(), null, null, null, 0,
        List.of(c.steps().get(0), new ComplaintStep(RECEIVED, ACKNOWLEDGED, "a", at(11, 23, 8, 0), "")),
        List.of(), null, Set.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("steps must be in time order");
    assertThatThrownBy(() -> new Complaint(c.id(), 0, c.customerId(), c.channel(), c.request(), c.description(),
        ACKNOWLEDGED, c.priority(), null, null, null, 0,
        List.of(c.steps().get(0), new ComplaintStep(ASSESSED, ACKNOWLEDGED, "a", at(11, 23, 10, 0), "")),
        List.of(), null, Set.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("steps[1].from must be RECEIVED, but was ASSESSED");
    assertThatThrownBy(() -> c.withVersion(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("version must be >= 0, but was -1");
  }

  @Test
  void toString_leavesOutTheCustomersWords() {
    Complaint c = Complaint.receive(ComplaintId.of("K-13"), CustomerId.of("C-13"), ComplaintChannel.PHONE,
        "call me on 138 0000 0000", "my neighbour Zhang San saw it", Priority.P2, "agent", at(11, 23, 9, 0))
        .value();
    assertThat(c.toString()).isEqualTo("Complaint[id=K-13, version=0, status=RECEIVED, priority=P2, level=0, steps=1]")
        .doesNotContain("138").doesNotContain("Zhang");
  }

  @Test
  void complaintId_generateAndInvalid() {
    assertThat(ComplaintId.generate().value()).hasSize(36);
    assertThat(ComplaintId.of("K-1")).hasToString("K-1");
    assertThatThrownBy(() -> ComplaintId.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("complaintId must not be blank, but was ''");
  }

  /** A complaint resolved and closed on Monday 23 November 2026 at 10:00 Shanghai time. */
  private static Complaint closedOnMonday(String id) {
    Complaint c = received(id, Priority.P3, at(11, 23, 9, 0));
    for (ComplaintStatus s : List.of(ACKNOWLEDGED, ASSESSED, RESPONDED, RESOLVED, CLOSED)) {
      c = move(c, s, at(11, 23, 10, 0));
    }
    return c;
  }

  @Test
  void moveTo_reopenedWithinTheWindow_isAccepted() {
    // preset: 30 calendar days (UTC) after the closing day; closed 23 Nov 02:00 UTC, so through 23 Dec 23:59:59 UTC
    Complaint closed = closedOnMonday("K-20");
    Instant lastMoment = Instant.parse("2026-12-23T23:59:59Z");
    Complaint reopened = closed.moveTo(REOPENED, GRAPH, "agent", lastMoment, "came back").orElseThrow();
    assertThat(reopened.status()).isEqualTo(REOPENED);
    assertThat(GRAPH.reopenWindow().endsAt(at(11, 23, 10, 0))).isEqualTo(Instant.parse("2026-12-24T00:00:00Z"));
  }

  @Test
  void moveTo_reopenedAfterTheWindow_isRejectedAndALinkedComplaintIsOpened() {
    Complaint closed = closedOnMonday("K-21");
    Instant ayearLater = at(11, 23, 10, 0).plus(java.time.Duration.ofDays(365));
    Outcome<Complaint> o = closed.moveTo(REOPENED, GRAPH, "agent", ayearLater, "came back");
    Outcome.Rejected<Complaint> r = o.rejection().orElseThrow();
    assertThat(r.code()).isEqualTo(ReasonCode.REOPEN_WINDOW_CLOSED);
    assertThat(r.message()).isEqualTo("cannot reopen: the window after closing on 2026-11-23T02:00:00Z ended at "
        + "2026-12-24T00:00:00Z; open a new complaint linked to K-21 instead");
    assertThat(r.detail(StatusRejection.class)).contains(new StatusRejection(CLOSED, REOPENED, Set.of(FOLLOWED_UP)));
    assertThat(closed.moveTo(REOPENED, GRAPH, "agent", Instant.parse("2026-12-24T00:00:00Z"), "").rejected())
        .isTrue();

    Outcome.Applied<Complaint> linked = Complaint.receiveLinked(ComplaintId.of("K-22"), closed, ComplaintChannel.WEB,
        "the shoes broke again", "", "agent", ayearLater);
    assertThat(linked.value().linkedTo()).isEqualTo(ComplaintId.of("K-21"));
    assertThat(linked.value().customerId()).isEqualTo(closed.customerId());
    assertThat(linked.value().priority()).isEqualTo(closed.priority());
    assertThat(linked.value().steps().get(0).note()).isEqualTo("received, continues K-21");
    assertThat(linked.events()).containsExactly(new ComplaintEvent.Received(ComplaintId.of("K-22"),
        closed.customerId(), ComplaintChannel.WEB, Priority.P3, ayearLater));
    assertThatThrownBy(() -> Complaint.receiveLinked(ComplaintId.of("K-21"), closed, ComplaintChannel.WEB, "x", "",
        "agent", ayearLater)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must differ from the earlier complaint's, but both were K-21");
  }

  @Test
  void moveTo_reopenWindowCountsFromTheLatestClosing() {
    // closed 23 Nov, reopened, resolved again on 20 Dec: the window starts again on 20 Dec
    Complaint c = closedOnMonday("K-23");
    c = move(c, REOPENED, at(12, 1, 10, 0));
    c = move(c, RESPONDED, at(12, 20, 10, 0));
    c = move(c, RESOLVED, at(12, 20, 11, 0));
    assertThat(c.moveTo(REOPENED, GRAPH, "agent", Instant.parse("2027-01-10T00:00:00Z"), "").applied()).isTrue();
  }

  @Test
  void moveTo_withoutAReopenWindow_reopensAnyTimeLater() {
    StatusGraph unlimited = StatusGraph.from(GRAPH).noReopenWindow().build();
    Complaint closed = closedOnMonday("K-24");
    assertThat(closed.moveTo(REOPENED, unlimited, "agent", at(11, 23, 10, 0).plus(java.time.Duration.ofDays(3650)),
        "").applied()).isTrue();
  }
}
