package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.money.Percentage;
import io.crm4j.core.outcome.Outcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContractTest {

  static final Instant SUBMITTED = Instant.parse("2026-02-20T10:00:00Z");
  /** Issued (delivered) on 2 March 2026 at 15:00 UTC: day 0 of the cooling-off count. */
  static final Instant ISSUED = Instant.parse("2026-03-02T15:00:00Z");
  static final ContractPolicy PRESET = ContractPolicy.ofDefaults();

  static Contract submitted() {
    return Contract.submit(ContractId.of("P-1"), CustomerId.of("C-1"), OpportunityId.of("O-1"), "term life",
        Money.of("800.00", "EUR"), SUBMITTED);
  }

  static Contract issued() {
    return submitted().startUnderwriting(SUBMITTED.plusSeconds(60)).orElseThrow()
        .underwrite(UnderwritingDecision.PASS, SUBMITTED.plusSeconds(3600)).orElseThrow()
        .issue(ISSUED).orElseThrow();
  }

  /** Day 10 is 12 March (2 March + 10 days); the last second of it still refunds in full. */
  @Test
  void cancel_onDayTenOfCoolingOff_refundsInFull() {
    Instant day10 = Instant.parse("2026-03-12T23:59:59Z");

    Outcome<Contract> outcome = issued().cancel(PRESET, day10);

    Contract cancelled = outcome.orElseThrow();
    assertThat(cancelled.status()).isEqualTo(ContractStatus.CANCELLED);
    assertThat(cancelled.refund()).isEqualTo(Money.of("800.00", "EUR"));
    assertThat(outcome.events().get(0))
        .isEqualTo(new PipelineEvent.ContractCancelled(ContractId.of("P-1"), Money.of("800.00", "EUR"), true, 10,
            day10));
  }

  /** Day 11 is 13 March: from its first second, no full refund (preset share after the period: 0 %). */
  @Test
  void cancel_onDayElevenOfCoolingOff_doesNotRefundInFull() {
    Instant day11 = Instant.parse("2026-03-13T00:00:00Z");

    Outcome<Contract> outcome = issued().cancel(PRESET, day11);

    assertThat(outcome.orElseThrow().refund()).isEqualTo(Money.zero("EUR"));
    assertThat(outcome.events().get(0))
        .isEqualTo(new PipelineEvent.ContractCancelled(ContractId.of("P-1"), Money.zero("EUR"), false, 11, day11));
  }

  @Test
  void cancel_afterCoolingOff_refundsTheConfiguredShare() {
    // 62.5 % of 800.00 = 500.00 (by hand)
    ContractPolicy policy = ContractPolicy.custom().refundShareAfterCoolingOff(Percentage.of("62.5")).build();
    Contract confirmed = issued().confirm(policy, Instant.parse("2026-03-20T09:00:00Z")).orElseThrow();
    assertThat(confirmed.cancel(policy, Instant.parse("2026-06-01T09:00:00Z")).orElseThrow().refund())
        .isEqualTo(Money.of("500.00", "EUR"));
  }

  @Test
  void cancel_onTheIssueDay_isDayZeroAndRefundsInFull() {
    Outcome<Contract> outcome = issued().cancel(PRESET, ISSUED.plusSeconds(60));
    assertThat(outcome.events().get(0)).satisfies(e ->
        assertThat(((PipelineEvent.ContractCancelled) e).coolingOffDay()).isZero());
    assertThat(outcome.orElseThrow().refund()).isEqualTo(Money.of("800.00", "EUR"));
  }

  @Test
  void cancel_beforeIssue_isRejected() {
    assertThat(submitted().cancel(PRESET, SUBMITTED).rejection().map(Outcome.Rejected::message))
        .hasValue("contract P-1 is SUBMITTED: it can cancel only when ISSUED or CONFIRMED");
  }

  @Test
  void confirm_duringCoolingOff_isRejected_fromDayElevenApplied() {
    Contract issued = issued();
    assertThat(issued.confirm(PRESET, Instant.parse("2026-03-12T23:59:59Z")).rejection().map(Outcome.Rejected::message))
        .hasValue("contract P-1 is in its cooling-off period through 2026-03-12: it can be confirmed from the day after");
    Contract confirmed = issued.confirm(PRESET, Instant.parse("2026-03-13T00:00:00Z")).orElseThrow();
    assertThat(confirmed.status()).isEqualTo(ContractStatus.CONFIRMED);
    assertThat(confirmed.issuedAt()).isEqualTo(ISSUED);
  }

  @Test
  void fullFlow_recordsEveryStepWithItsTime() {
    Instant day12 = Instant.parse("2026-03-14T09:00:00Z");
    Instant paid = Instant.parse("2026-03-31T09:00:00Z");
    Outcome<Contract> due = issued().confirm(PRESET, day12).orElseThrow()
        .commissionDue(Money.of("120.00", "EUR"), paid);

    Contract done = due.orElseThrow();
    assertThat(done.status()).isEqualTo(ContractStatus.COMMISSION_DUE);
    assertThat(done.commission()).isEqualTo(Money.of("120.00", "EUR"));
    assertThat(done.lastChangeAt()).isEqualTo(paid);
    assertThat(done.history()).extracting(h -> h.at()).containsExactly(SUBMITTED, SUBMITTED.plusSeconds(60),
        SUBMITTED.plusSeconds(3600), ISSUED, day12, paid);
    assertThat(due.events().get(0))
        .isEqualTo(new PipelineEvent.CommissionDue(ContractId.of("P-1"), Money.of("120.00", "EUR"), paid));
  }

  @Test
  void underwrite_referThenPass_reachesApproved() {
    Contract referred = submitted().startUnderwriting(SUBMITTED).orElseThrow()
        .underwrite(UnderwritingDecision.REFER, SUBMITTED.plusSeconds(10)).orElseThrow();
    assertThat(referred.status()).isEqualTo(ContractStatus.REFERRED);
    assertThat(referred.underwrite(UnderwritingDecision.REFER, SUBMITTED.plusSeconds(20)).applied()).isFalse();
    assertThat(referred.underwrite(UnderwritingDecision.PASS, SUBMITTED.plusSeconds(20)).orElseThrow().status())
        .isEqualTo(ContractStatus.APPROVED);
  }

  @Test
  void underwrite_decline_isFinal() {
    Contract declined = submitted().startUnderwriting(SUBMITTED).orElseThrow()
        .underwrite(UnderwritingDecision.DECLINE, SUBMITTED).orElseThrow();
    assertThat(declined.status()).isEqualTo(ContractStatus.DECLINED);
    assertThat(declined.issue(SUBMITTED).applied()).isFalse();
    assertThat(declined.underwrite(UnderwritingDecision.PASS, SUBMITTED).applied()).isFalse();
  }

  @Test
  void stepsOutOfOrder_areRejected() {
    Contract submitted = submitted();
    assertThat(submitted.underwrite(UnderwritingDecision.PASS, SUBMITTED).applied()).isFalse();
    assertThat(submitted.issue(SUBMITTED).applied()).isFalse();
    assertThat(submitted.confirm(PRESET, SUBMITTED).applied()).isFalse();
    assertThat(submitted.commissionDue(Money.of("1.00", "EUR"), SUBMITTED).applied()).isFalse();
    Contract underwriting = submitted.startUnderwriting(SUBMITTED).orElseThrow();
    assertThat(underwriting.startUnderwriting(SUBMITTED).applied()).isFalse();
    Contract cancelled = issued().cancel(PRESET, ISSUED).orElseThrow();
    assertThat(cancelled.cancel(PRESET, ISSUED).applied()).isFalse();
  }

  @Test
  void submit_invalidInput_throws() {
    assertThatThrownBy(() -> Contract.submit(ContractId.of("P-1"), CustomerId.of("C-1"), null, "x",
        Money.zero("EUR"), SUBMITTED)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("premium must be positive, but was EUR 0.00");
    assertThatThrownBy(() -> Contract.submit(ContractId.of("P-1"), CustomerId.of("C-1"), null, " ",
        Money.of("1.00", "EUR"), SUBMITTED)).hasMessageContaining("product must not be blank");
    assertThatThrownBy(() -> Contract.submit(null, CustomerId.of("C-1"), null, "x", Money.of("1.00", "EUR"),
        SUBMITTED)).hasMessage("id");
  }

  @Test
  void transitions_invalidInput_throw() {
    Contract issued = issued();
    assertThatThrownBy(() -> issued.cancel(PRESET, ISSUED.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at must not be before");
    assertThatThrownBy(() -> issued.commissionDue(Money.of("1.00", "USD"), ISSUED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount must be a non-negative amount in EUR");
    assertThatThrownBy(() -> issued.commissionDue(Money.of("-1.00", "EUR"), ISSUED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> issued.underwrite(null, ISSUED)).hasMessage("decision");
  }

  @Test
  void withVersion_keepsEverythingElse() {
    Contract c = issued();
    assertThat(c.withVersion(4).version()).isEqualTo(4);
    assertThat(c.withVersion(4).withVersion(0)).isEqualTo(c);
    assertThat(c.submittedEvent()).isEqualTo(new PipelineEvent.ContractSubmitted(ContractId.of("P-1"),
        CustomerId.of("C-1"), Money.of("800.00", "EUR"), SUBMITTED));
  }
}
