package io.crm4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Interaction;
import io.crm4j.core.activity.Payment;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of lifecycles: every recorded change follows the graph, and evaluation is idempotent. */
class LifecycleProperties {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final CustomerId C = CustomerId.of("C-1");
  private static final LifecycleGraph GRAPH = LifecycleGraph.standard();

  @Property(tries = 300)
  void manualChanges_alwaysFollowTheGraph(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 9) Integer> targets) {
    CustomerLifecycle l = CustomerLifecycle.start(C, CustomerStatus.NON_CUSTOMER, START);
    Instant at = START;
    for (int t : targets) {
      at = at.plus(Duration.ofDays(1));
      CustomerLifecycle before = l;
      Outcome<CustomerLifecycle> o;
      if (t < CustomerStatus.values().length) {
        CustomerStatus to = CustomerStatus.values()[t];
        o = to == CustomerStatus.LAPSED ? l.lapse(GRAPH, ChurnReason.values()[t % 4], "manual", at)
            : l.transition(GRAPH, to, "manual", at);
      } else {
        o = l.changePhase(GRAPH, RelationshipPhase.values()[t - CustomerStatus.values().length], "manual", at);
      }
      if (o instanceof Outcome.Applied<CustomerLifecycle> a) {
        l = a.value();
      } else {
        assertThat(l).isEqualTo(before);
      }
    }
    assertFollowsGraph(l);
  }

  @Property(tries = 200)
  void evaluate_followsTheGraphAndIsIdempotent(@ForAll("activity") List<Activity> activity,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 200) Integer> gaps) {
    LifecyclePolicy policy = LifecyclePolicy.custom().lapseAfterDays(60).declineAfterDays(30).build();
    CustomerLifecycle l = CustomerLifecycle.start(C, CustomerStatus.NON_CUSTOMER, START);
    Instant at = START;
    for (int gap : gaps) {
      at = at.plus(Duration.ofDays(gap));
      CustomerFacts facts = CustomerFacts.of(C, at, activity);
      l = policy.evaluate(l, facts).lifecycle();
      LifecyclePolicy.Result again = policy.evaluate(l, facts);
      assertThat(again.changes()).isEmpty();
      assertThat(again.lifecycle()).isEqualTo(l);
    }
    assertFollowsGraph(l);
  }

  private static void assertFollowsGraph(CustomerLifecycle l) {
    CustomerStatus status = CustomerStatus.NON_CUSTOMER;
    RelationshipPhase phase = RelationshipPhase.EXPLORATION;
    for (LifecycleChange c : l.history()) {
      assertThat(c.fromStatus()).isEqualTo(status);
      assertThat(c.fromPhase()).isEqualTo(phase);
      if (c.fromStatus() != c.toStatus()) {
        assertThat(GRAPH.allows(c.fromStatus(), c.toStatus())).as("%s", c).isTrue();
        assertThat(c.churnReason() != null).isEqualTo(c.toStatus() == CustomerStatus.LAPSED);
      }
      if (c.fromPhase() != c.toPhase()) {
        assertThat(GRAPH.allows(c.fromPhase(), c.toPhase())).as("%s", c).isTrue();
      }
      status = c.toStatus();
      phase = c.toPhase();
    }
    assertThat(l.status()).isEqualTo(status);
    assertThat(l.phase()).isEqualTo(phase);
  }

  @Provide
  Arbitrary<List<Activity>> activity() {
    Arbitrary<Activity> one = Arbitraries.integers().between(0, 800).flatMap(day -> Arbitraries.integers()
        .between(0, 9).map(kind -> {
          Instant at = START.plus(Duration.ofDays(day));
          String id = "A-" + day + "-" + kind;
          if (kind < 7) {
            return new Purchase(ActivityId.of(id), C, at, Money.of("10", "EUR"), null);
          }
          if (kind < 9) {
            LocalDate due = at.atZone(ZoneOffset.UTC).toLocalDate().minusDays(kind == 8 ? 5 : -5);
            return new Payment(ActivityId.of(id), C, at, Money.of("10", "EUR"), null, due);
          }
          return new Interaction(ActivityId.of(id), C, at, Interaction.Channel.PHONE, Interaction.Direction.INBOUND,
              Interaction.Outcome.SUCCESSFUL, null);
        }));
    return one.list().ofMaxSize(30).map(ArrayList::new);
  }
}
