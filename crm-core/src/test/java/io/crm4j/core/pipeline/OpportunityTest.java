package io.crm4j.core.pipeline;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpportunityTest {

  static final SalesStages STAGES = SalesStages.ofDefaults();
  static final OwnerId ANNA = OwnerId.of("anna");

  @Test
  void toString_masksTheNameAndLeavesOutFreeText() {
    Opportunity o = Opportunity.open(OpportunityId.of("O-1"), "Bob Example fleet", CustomerId.of("C-1"), ANNA,
        Money.of("12000.00", "EUR"), LocalDate.of(2026, 3, 31), STAGES, null, T0)
        .recordFollowUp("met Bob at home", T0).orElseThrow();
    assertThat(o.toString()).startsWith("Opportunity[id=O-1, version=0, name=B***, customerId=C-1, owner=anna, "
        + "amount=EUR 12000.00, expectedClose=2026-03-31").doesNotContain("Bob").doesNotContain("home");
  }

  static Opportunity fresh() {
    return Opportunity.open(OpportunityId.of("O-1"), "fleet cover", CustomerId.of("C-1"), ANNA,
        Money.of("12000.00", "EUR"), LocalDate.of(2026, 3, 31), STAGES, LeadId.of("L-1"), T0);
  }

  @Test
  void open_startsInTheFirstStage() {
    Opportunity o = fresh();
    assertThat(o.stage()).isEqualTo("New");
    assertThat(o.stageHistory()).containsExactly(new StageSpan("New", T0, null));
    assertThat(o.inProgress()).isTrue();
    assertThat(o.openedEvent()).isEqualTo(new PipelineEvent.OpportunityOpened(OpportunityId.of("O-1"), ANNA, "New",
        Money.of("12000.00", "EUR"), T0));
  }

  @Test
  void open_invalidInput_throws() {
    assertThatThrownBy(() -> Opportunity.open(OpportunityId.of("O-1"), "x", null, ANNA, Money.of("-1.00", "EUR"),
        LocalDate.of(2026, 1, 1), STAGES, null, T0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must not be negative, but was EUR -1.00");
    assertThatThrownBy(() -> Opportunity.open(OpportunityId.of("O-1"), "", null, ANNA, Money.of("1.00", "EUR"),
        LocalDate.of(2026, 1, 1), STAGES, null, T0)).hasMessageContaining("name must not be blank");
    assertThatThrownBy(() -> Opportunity.open(OpportunityId.of("O-1"), "x", null, ANNA, Money.of("1.00", "EUR"),
        null, STAGES, null, T0)).hasMessage("expectedClose");
  }

  @Test
  void constructor_gappyStageHistory_throws() {
    Instant t1 = T0.plusSeconds(10);
    assertThatThrownBy(() -> new Opportunity(OpportunityId.of("O-1"), 0, "x", null, ANNA, Money.of("1.00", "EUR"),
        LocalDate.of(2026, 1, 1), "Qualified", List.of(new StageSpan("New", T0, t1),
        new StageSpan("Qualified", t1.plusSeconds(1), null)), T0, t1, null, null, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stageHistory must be gapless");
    assertThatThrownBy(() -> new Opportunity(OpportunityId.of("O-1"), 0, "x", null, ANNA, Money.of("1.00", "EUR"),
        LocalDate.of(2026, 1, 1), "New", List.of(new StageSpan("New", t1, null)), T0, t1, null, null, null,
        List.of())).hasMessageContaining("stageHistory must start at openedAt");
    assertThatThrownBy(() -> new Opportunity(OpportunityId.of("O-1"), 0, "x", null, ANNA, Money.of("1.00", "EUR"),
        LocalDate.of(2026, 1, 1), "Won", List.of(new StageSpan("New", T0, null)), T0, t1, null, null, null,
        List.of())).hasMessageContaining("stageHistory must end in the open span of stage 'Won'");
  }

  /** New for 2 days, Qualified 3, back to New 1, Proposition 4, then won; asked 5 days after winning. */
  @Test
  void timeInStages_addsRepeatedStagesAndSumsToAge() {
    Instant d2 = T0.plus(Duration.ofDays(2));
    Instant d5 = T0.plus(Duration.ofDays(5));
    Instant d6 = T0.plus(Duration.ofDays(6));
    Instant d10 = T0.plus(Duration.ofDays(10));
    Opportunity o = fresh().moveTo("Qualified", STAGES, d2).orElseThrow()
        .moveTo("New", STAGES, d5).orElseThrow()
        .moveTo("Proposition", STAGES, d6).orElseThrow()
        .win("signed", STAGES, d10).orElseThrow();
    Instant asOf = T0.plus(Duration.ofDays(15));

    Map<String, Duration> times = o.timeInStages(asOf);

    assertThat(times).containsExactly(Map.entry("New", Duration.ofDays(3)), Map.entry("Qualified", Duration.ofDays(3)),
        Map.entry("Proposition", Duration.ofDays(4)), Map.entry("Won", Duration.ofDays(5)));
    assertThat(o.age(asOf)).isEqualTo(Duration.ofDays(15));
    assertThat(o.cycleLength()).isEqualTo(Duration.ofDays(10));
    assertThat(o.closedAt()).isEqualTo(d10);
    assertThat(o.closeReason()).isEqualTo("signed");
    assertThat(o.history()).hasSize(5);
  }

  @Test
  void moveTo_forbiddenMoves_areRejected() {
    Opportunity o = fresh();
    assertThat(o.moveTo("New", STAGES, T0).rejection().map(Outcome.Rejected::message)).hasValue("opportunity O-1 is already in New");
    assertThat(o.moveTo("Won", STAGES, T0).rejection().map(Outcome.Rejected::message))
        .hasValue("opportunity O-1 reaches Won through win or lose, not a move");
    Opportunity lost = o.lose("price", STAGES, T0).orElseThrow();
    assertThat(lost.moveTo("Qualified", STAGES, T0).rejection().map(Outcome.Rejected::message))
        .hasValue("opportunity O-1 is closed in Lost: it cannot move to Qualified");
    assertThat(lost.win("late", STAGES, T0).applied()).isFalse();
    assertThat(lost.lose("again", STAGES, T0).applied()).isFalse();
    assertThat(lost.recordFollowUp("call", T0).applied()).isFalse();
  }

  @Test
  void moveTo_event_namesBothStages() {
    Outcome<Opportunity> t = fresh().moveTo("Proposition", STAGES, T0.plusSeconds(5));
    assertThat(t.events().get(0)).isEqualTo(
        new PipelineEvent.StageChanged(OpportunityId.of("O-1"), "New", "Proposition", T0.plusSeconds(5)));
  }

  @Test
  void winAndLose_events() {
    Outcome<Opportunity> won = fresh().win("signed", STAGES, T0);
    Outcome<Opportunity> lost = fresh().lose("price", STAGES, T0);
    assertThat(won.events().get(0)).isEqualTo(
        new PipelineEvent.OpportunityWon(OpportunityId.of("O-1"), "signed", Money.of("12000.00", "EUR"), T0));
    assertThat(lost.events().get(0)).isEqualTo(
        new PipelineEvent.OpportunityLost(OpportunityId.of("O-1"), "price", T0));
  }

  @Test
  void recordFollowUp_movesLastActivityOnly() {
    Outcome<Opportunity> t = fresh().recordFollowUp("demo", T0.plusSeconds(60));
    assertThat(t.orElseThrow().lastActivityAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(t.orElseThrow().stageHistory()).hasSize(1);
    assertThat(t.events().get(0)).isEqualTo(new PipelineEvent.FollowUpRecorded(
        SubjectKind.OPPORTUNITY, "O-1", ANNA, "demo", T0.plusSeconds(60)));
  }

  @Test
  void reassign_passesItOn_closedOrSameOwnerIsRejected() {
    Outcome<Opportunity> t = fresh().reassign(OwnerId.of("bo"), T0.plusSeconds(5));
    assertThat(t.orElseThrow().owner()).isEqualTo(OwnerId.of("bo"));
    assertThat(t.events().get(0)).isEqualTo(new PipelineEvent.OwnerChanged(
        SubjectKind.OPPORTUNITY, "O-1", ANNA, OwnerId.of("bo"), T0.plusSeconds(5)));
    assertThat(fresh().reassign(ANNA, T0).rejection().map(Outcome.Rejected::message)).hasValue("opportunity O-1 is already owned by anna");
    assertThat(fresh().win("x", STAGES, T0).orElseThrow().reassign(OwnerId.of("bo"), T0).applied()).isFalse();
  }

  @Test
  void revise_changesAmountAndDate_closedIsRejected() {
    Outcome<Opportunity> t = fresh().revise(Money.of("15000.00", "EUR"), LocalDate.of(2026, 4, 30), T0);
    Opportunity revised = t.orElseThrow();
    assertThat(revised.amount()).isEqualTo(Money.of("15000.00", "EUR"));
    assertThat(revised.expectedClose()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(t.events().get(0)).isEqualTo(new PipelineEvent.OpportunityRevised(
        OpportunityId.of("O-1"), Money.of("15000.00", "EUR"), LocalDate.of(2026, 4, 30), T0));
    assertThat(fresh().lose("x", STAGES, T0).orElseThrow().revise(Money.of("1.00", "EUR"), LocalDate.of(2026, 4, 30),
        T0).rejection().map(Outcome.Rejected::message)).hasValue("opportunity O-1 is closed: its amount and date are final");
    assertThatThrownBy(() -> fresh().revise(Money.of("1.00", "USD"), LocalDate.of(2026, 4, 30), T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("newAmount must be a non-negative amount in EUR, but was USD 1.00");
    assertThatThrownBy(() -> fresh().revise(Money.of("1.00", "EUR"), null, T0)).hasMessage("newExpectedClose");
  }

  @Test
  void transitions_invalidInput_throw() {
    Opportunity o = fresh().recordFollowUp("x", T0.plusSeconds(60)).orElseThrow();
    assertThatThrownBy(() -> o.moveTo("Nowhere", STAGES, T0.plusSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage must be one of [New, Qualified, Proposition, Won, Lost], but was 'Nowhere'");
    assertThatThrownBy(() -> o.moveTo("Qualified", STAGES, T0)).hasMessageContaining("at must not be before");
    assertThatThrownBy(() -> o.win(" ", STAGES, T0)).hasMessageContaining("reason must not be blank");
    assertThatThrownBy(() -> o.age(T0)).hasMessageContaining("asOf must not be before the last activity");
    assertThatThrownBy(() -> o.timeInStages(T0)).hasMessageContaining("asOf must not be before the last activity");
    assertThatThrownBy(o::cycleLength).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must be closed");
  }

  @Test
  void withVersion_changesOnlyTheVersion() {
    Opportunity o = fresh();
    assertThat(o.withVersion(3).version()).isEqualTo(3);
    assertThat(o.withVersion(3).withVersion(0)).isEqualTo(o);
  }
}
