package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.memory.InMemoryStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ContractServiceTest {

  static final Instant ISSUED = Instant.parse("2026-03-02T15:00:00Z");
  static final ContractId P1 = ContractId.of("P-1");

  final Store store = InMemoryStore.create();
  final TestClock clock = new TestClock(Instant.parse("2026-02-20T10:00:00Z"));
  final ContractService contracts = ContractService.of(store, clock, ContractPolicy.ofDefaults());
  final List<DomainEvent> seen = new CopyOnWriteArrayList<>();

  {
    store.events().subscribe(seen::add);
  }

  void issue() {
    contracts.submit(Contract.submit(P1, CustomerId.of("C-1"), null, "term life", Money.of("800.00", "EUR"),
        clock.instant()));
    contracts.startUnderwriting(P1).orElseThrow();
    contracts.underwrite(P1, UnderwritingDecision.PASS).orElseThrow();
    clock.set(ISSUED);
    contracts.issue(P1).orElseThrow();
  }

  @Test
  void cancel_onDayTen_storesTheFullRefund() {
    issue();
    clock.set(Instant.parse("2026-03-12T18:00:00Z"));

    Contract cancelled = contracts.cancel(P1).orElseThrow();

    assertThat(cancelled.refund()).isEqualTo(Money.of("800.00", "EUR"));
    assertThat(contracts.find(P1)).contains(cancelled);
    assertThat(seen).hasSize(5).last().isEqualTo(new PipelineEvent.ContractCancelled(P1, Money.of("800.00", "EUR"),
        true, 10, Instant.parse("2026-03-12T18:00:00Z")));
  }

  @Test
  void cancel_onDayEleven_storesNoRefund() {
    issue();
    clock.set(Instant.parse("2026-03-13T06:00:00Z"));
    assertThat(contracts.cancel(P1).orElseThrow().refund()).isEqualTo(Money.zero("EUR"));
  }

  @Test
  void confirmAndCommission_afterTheCoolingOff() {
    issue();
    clock.set(Instant.parse("2026-03-12T18:00:00Z"));
    assertThat(contracts.confirm(P1).applied()).isFalse();
    clock.set(Instant.parse("2026-03-13T09:00:00Z"));
    assertThat(contracts.confirm(P1).orElseThrow().status()).isEqualTo(ContractStatus.CONFIRMED);
    Contract due = contracts.commissionDue(P1, Money.of("96.00", "EUR")).orElseThrow();
    assertThat(due.status()).isEqualTo(ContractStatus.COMMISSION_DUE);
    assertThat(due.version()).isEqualTo(6);
    assertThat(seen).hasSize(6);
  }

  @Test
  void unknownContract_throws() {
    assertThatThrownBy(() -> contracts.issue(ContractId.of("P-9"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must name a stored contract, but was P-9");
  }

  @Test
  void of_nullArguments_throw() {
    assertThatThrownBy(() -> ContractService.of(null, clock, ContractPolicy.ofDefaults())).hasMessage("store");
    assertThatThrownBy(() -> ContractService.of(store, clock, null)).hasMessage("policy");
    assertThat(contracts.policy()).isEqualTo(ContractPolicy.ofDefaults());
  }
}
