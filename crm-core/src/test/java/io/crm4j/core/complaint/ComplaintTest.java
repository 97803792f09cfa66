package io.crm4j.core.complaint;

import static io.crm4j.core.complaint.ComplaintStatus.*;
import static io.crm4j.core.complaint.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintTest {

  @Test
  void receive_recordsTheReceiptStepAndEvent() {
    Outcome.Accepted a = Complaint.receive(ComplaintId.of("K-1"), CustomerId.of("C-1"), ComplaintChannel.IN_PERSON,
        "refund the fee", "waited 90 minutes", Priority.P3, "teller", at(11, 20, 16, 30));
    Complaint c = a.complaint();
    assertThat(c.status()).isEqualTo(RECEIVED);
    assertThat(c.version()).isZero();
    assertThat(c.receivedAt()).isEqualTo(at(11, 20, 16, 30));
    assertThat(c.steps()).containsExactly(new ComplaintStep(null, RECEIVED, "teller", at(11, 20, 16, 30), "received"));
    assertThat(a.events()).containsExactly(new ComplaintEvent.Received(ComplaintId.of("K-1"), CustomerId.of("C-1"),
        ComplaintChannel.IN_PERSON, Priority.P3, at(11, 20, 16, 30)));
    assertThat(a.events().get(0).aggregateId()).isEqualTo("K-1");
    assertThat(a.events().get(0).type()).isEqualTo("ComplaintEvent.Received");
    assertThat(a.accepted()).isTrue();
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
    Outcome o = c.moveTo(RESOLVED, GRAPH, "agent", at(11, 23, 9, 5), "");
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    Outcome.Rejected r = (Outcome.Rejected) o;
    assertThat(r.accepted()).isFalse();
    assertThat(r.current()).isEqualTo(RECEIVED);
    assertThat(r.requested()).isEqualTo(RESOLVED);
    assertThat(r.allowed()).containsExactlyInAnyOrder(ACKNOWLEDGED, ESCALATED, REJECTED, WITHDRAWN);
    assertThat(r.reason()).isEqualTo(
        "cannot move from RECEIVED to RESOLVED; allowed next: [ACKNOWLEDGED, ESCALATED, REJECTED, WITHDRAWN]");
  }

  @Test
  void moveTo_recordsWhoWhenAndNote() {
    Complaint c = received("K-3", Priority.P3, at(11, 23, 9, 0));
    Outcome.Accepted a = (Outcome.Accepted) c.moveTo(ACKNOWLEDGED, GRAPH, "li.na", at(11, 23, 9, 5), "apologised");
    assertThat(a.complaint().status()).isEqualTo(ACKNOWLEDGED);
    assertThat(a.complaint().steps().get(1)).isEqualTo(
        new ComplaintStep(RECEIVED, ACKNOWLEDGED, "li.na", at(11, 23, 9, 5), "apologised"));
    assertThat(a.events()).containsExactly(
        new ComplaintEvent.StatusChanged(ComplaintId.of("K-3"), RECEIVED, ACKNOWLEDGED, "li.na", at(11, 23, 9, 5)));
    assertThat(a.complaint().everReached(ACKNOWLEDGED)).isTrue();
    assertThat(a.complaint().everReached(RESOLVED)).isFalse();
    assertThat(a.complaint().lastStepAt()).isEqualTo(at(11, 23, 9, 5));
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
    Outcome.Accepted o = (Outcome.Accepted) c.assess(a, MATRIX, GRAPH, "lead", at(11, 23, 9, 30), "queue");
    assertThat(o.complaint().assessment()).isEqualTo(a);
    assertThat(o.complaint().priority()).isEqualTo(Priority.P2);
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
    Outcome.Accepted a = c.changePriority(Priority.P1, "boss", at(11, 23, 9, 10), "VIP");
    assertThat(a.complaint().priority()).isEqualTo(Priority.P1);
    assertThat(a.complaint().status()).isEqualTo(RECEIVED);
    assertThat(a.complaint().steps().get(1).changesStatus()).isFalse();
    assertThat(a.complaint().steps().get(1).note()).isEqualTo("priority P3 to P1: VIP");
    assertThat(a.events()).hasSize(1);
    Outcome.Accepted same = a.complaint().changePriority(Priority.P1, "boss", at(11, 23, 9, 20), "");
    assertThat(same.complaint()).isSameAs(a.complaint());
    assertThat(same.events()).isEmpty();
  }

  @Test
  void followUp_attachesSurveyAndSaysWhetherRecovered() {
    Complaint c = received("K-9", Priority.P3, at(11, 23, 9, 0));
    for (ComplaintStatus s : List.of(ACKNOWLEDGED, ASSESSED, RESPONDED, RESOLVED, CLOSED)) {
      c = move(c, s, at(11, 23, 10, 0));
    }
    FollowUpSurvey survey = new FollowUpSurvey(Satisfaction.SATISFIED, 8, "ok now", "call-centre", at(11, 25, 10, 0));
    Outcome.Accepted a = (Outcome.Accepted) c.followUp(survey, GRAPH, Satisfaction.SATISFIED);
    assertThat(a.complaint().followUp()).isEqualTo(survey);
    assertThat(a.complaint().status()).isEqualTo(FOLLOWED_UP);
    assertThat(a.events()).last().isEqualTo(new ComplaintEvent.FollowedUp(ComplaintId.of("K-9"),
        Satisfaction.SATISFIED, 8, true, at(11, 25, 10, 0)));
    Outcome.Accepted strict = (Outcome.Accepted) c.followUp(survey, GRAPH, Satisfaction.VERY_SATISFIED);
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
        RECEIVED, c.priority(), null, null, null, 0, c.steps(), List.of(), null, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status must be the last step's status ACKNOWLEDGED, but was RECEIVED");
    assertThatThrownBy(() -> new Complaint(c.id(), 0, c.customerId(), c.channel(), c.request(), c.description(),
        ACKNOWLEDGED, c.priority(), null, null, null, 0, List.of(c.steps().get(1)), List.of(), null, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("steps must start with the receipt");
    assertThatThrownBy(() -> new Complaint(c.id(), 0, c.customerId(), c.channel(), c.request(), c.description(),
        ACKNOWLEDGED, c.priority(), null, null, null, 0,
        List.of(c.steps().get(0), new ComplaintStep(RECEIVED, ACKNOWLEDGED, "a", at(11, 23, 8, 0), "")),
        List.of(), null, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("steps must be in time order");
    assertThatThrownBy(() -> new Complaint(c.id(), 0, c.customerId(), c.channel(), c.request(), c.description(),
        ACKNOWLEDGED, c.priority(), null, null, null, 0,
        List.of(c.steps().get(0), new ComplaintStep(ASSESSED, ACKNOWLEDGED, "a", at(11, 23, 10, 0), "")),
        List.of(), null, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("steps[1].from must be RECEIVED, but was ASSESSED");
    assertThatThrownBy(() -> c.withVersion(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("version must be >= 0, but was -1");
  }

  @Test
  void toString_leavesOutTheCustomersWords() {
    Complaint c = Complaint.receive(ComplaintId.of("K-13"), CustomerId.of("C-13"), ComplaintChannel.PHONE,
        "call me on 138 0000 0000", "my neighbour Zhang San saw it", Priority.P2, "agent", at(11, 23, 9, 0))
        .complaint();
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
}
