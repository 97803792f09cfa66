package io.crm4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The source's case of an active customer who lapses and is won back, under the preset policy
 * (lapse after 180 days without a purchase). Day counts are computed by hand in the comments.
 */
class LifecycleScenarioTest {

  private static final CustomerId C = CustomerId.of("C-7");
  private static final LifecyclePolicy POLICY = LifecyclePolicy.ofDefaults();

  private final List<Activity> log = new ArrayList<>();
  private CustomerLifecycle lifecycle = CustomerLifecycle.start(C, CustomerStatus.NON_CUSTOMER,
      Instant.parse("2026-01-05T09:00:00Z"));

  @Test
  void evaluate_activeCustomerLapsesAndIsWonBack() {
    buy("2026-01-10T10:00:00Z");
    buy("2026-02-01T10:00:00Z");
    List<EvaluationChange> first = evaluate("2026-02-02T10:00:00Z");
    // any purchase makes a non-customer ACTIVE; two purchases after exploration began make it FORMATION
    assertThat(first).extracting(EvaluationChange::kind)
        .containsExactly("status NON_CUSTOMER -> ACTIVE", "phase EXPLORATION -> FORMATION");
    assertState(CustomerStatus.ACTIVE, RelationshipPhase.FORMATION);

    // 2026-02-01T10:00 to 2026-07-31T09:00 is 179 days 23 hours: 28 (Feb) + 31 + 30 + 31 + 30 + 29 = 179 whole days
    assertThat(evaluate("2026-07-31T09:00:00Z")).isEmpty();
    // one hour later it is 180 whole days: the customer lapses, naturally
    assertThat(evaluate("2026-07-31T10:00:00Z")).extracting(EvaluationChange::kind)
        .containsExactly("status ACTIVE -> LAPSED");
    assertState(CustomerStatus.LAPSED, RelationshipPhase.FORMATION);
    assertThat(lifecycle.churnReason()).isEqualTo(ChurnReason.NATURAL);
    assertThat(LifecyclePattern.of(lifecycle)).contains(LifecyclePattern.MIDWAY);

    buy("2026-09-15T10:00:00Z");
    assertThat(evaluate("2026-09-16T10:00:00Z")).extracting(EvaluationChange::kind)
        .containsExactly("status LAPSED -> WON_BACK", "phase FORMATION -> EXPLORATION");
    assertState(CustomerStatus.WON_BACK, RelationshipPhase.EXPLORATION);
    assertThat(lifecycle.churnReason()).isNull();
    assertThat(LifecyclePattern.of(lifecycle)).isEmpty();
    // the same instant again changes nothing
    assertThat(evaluate("2026-09-16T10:00:00Z")).isEmpty();

    buy("2026-10-01T10:00:00Z");
    buy("2026-11-01T10:00:00Z");
    // 2026-09-16 to 2027-03-15: 30 + 31 + 30 + 31 + 31 + 28 - 1 = 180 days in WON_BACK; last purchase 134 days ago
    assertThat(evaluate("2027-03-15T10:00:00Z")).extracting(EvaluationChange::kind)
        .containsExactly("status WON_BACK -> ACTIVE", "phase EXPLORATION -> FORMATION");
    assertState(CustomerStatus.ACTIVE, RelationshipPhase.FORMATION);
    assertThat(lifecycle.history()).hasSize(7);
    assertThat(lifecycle.history().get(2).churnReason()).isEqualTo(ChurnReason.NATURAL);
    assertThat(lifecycle.history().get(2).reason()).isEqualTo("no purchase for 180 days");
  }

  @Test
  void evaluate_quietCustomerOwingABalance_lapsesAsMalicious() {
    buy("2026-01-10T10:00:00Z");
    evaluate("2026-01-11T10:00:00Z");
    CustomerSignals owes = new CustomerSignals() {
      @Override
      public boolean owesBalance(CustomerId customerId, Instant asOf) {
        return true;
      }
    };
    LifecyclePolicy.Result r = POLICY.evaluate(lifecycle,
        CustomerFacts.of(C, Instant.parse("2026-07-10T10:00:00Z"), log, owes));
    assertThat(r.lifecycle().status()).isEqualTo(CustomerStatus.LAPSED);
    assertThat(r.lifecycle().churnReason()).isEqualTo(ChurnReason.MALICIOUS);
    // EXPLORATION: one purchase never formed the relationship
    assertThat(LifecyclePattern.of(r.lifecycle())).contains(LifecyclePattern.EARLY_ABORT);
  }

  @Test
  void evaluate_quietCustomerWithOpenComplaint_lapsesAsCompanyFault() {
    buy("2026-01-10T10:00:00Z");
    evaluate("2026-01-11T10:00:00Z");
    CustomerSignals complaining = new CustomerSignals() {
      @Override
      public int openComplaints(CustomerId customerId, Instant asOf) {
        return 1;
      }

      @Override
      public OptionalDouble satisfaction(CustomerId customerId, Instant asOf) {
        return OptionalDouble.of(2.0);
      }
    };
    LifecyclePolicy.Result r = POLICY.evaluate(lifecycle,
        CustomerFacts.of(C, Instant.parse("2026-07-10T10:00:00Z"), log, complaining));
    assertThat(r.lifecycle().churnReason()).isEqualTo(ChurnReason.COMPANY_FAULT);
    assertThat(r.events()).singleElement().isInstanceOfSatisfying(LifecycleEvent.StatusChanged.class,
        e -> assertThat(e.churnReason()).isEqualTo(ChurnReason.COMPANY_FAULT));
  }

  private void buy(String at) {
    log.add(new Purchase(ActivityId.of("P-" + log.size()), C, Instant.parse(at), Money.of("50.00", "EUR"), null));
  }

  private List<EvaluationChange> evaluate(String at) {
    LifecyclePolicy.Result r = POLICY.evaluate(lifecycle, CustomerFacts.of(C, Instant.parse(at), log));
    lifecycle = r.lifecycle();
    return r.changes();
  }

  private void assertState(CustomerStatus status, RelationshipPhase phase) {
    assertThat(lifecycle.status()).isEqualTo(status);
    assertThat(lifecycle.phase()).isEqualTo(phase);
  }
}
