package io.crm4j.core.spi;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.Consent;
import io.crm4j.core.customer.ContactPoint;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerEvent;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.customer.PartyName;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.service.CustomerExport;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.service.MergeResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The customer service's merge, export and erasure, on every adapter. */
public interface CustomerServiceContract extends StoreFixture {

  @Test
  default void merge_keepsEverythingOfBothAndMovesActivity() {
    try (Store store = newStore()) {
      CustomerService service = CustomerService.of(store, CLOCK);
      service.register(customer("C-1").withConsent(new Consent("marketing", ContactPoint.Type.EMAIL, true,
          T0.minusSeconds(60), "web")));
      service.register(customer("C-2").withContactPoint(ContactPoint.email("two@example.com"), T0)
          .withConsent(new Consent("marketing", ContactPoint.Type.PHONE, true, T0.minusSeconds(30), "shop")));
      store.activities().append(purchase("A-1", "C-1", T0, "10.00"));
      store.activities().append(purchase("A-2", "C-2", T0.plusSeconds(1), "15.50"));
      store.activities().append(purchase("A-3", "C-2", T0.plusSeconds(2), "4.50"));
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);

      MergeResult result = service.merge(CustomerId.of("C-1"), CustomerId.of("C-2"));

      Customer merged = result.survivor();
      assertThat(result.movedActivities()).isEqualTo(2);
      assertThat(merged.mergedIds()).containsExactly(CustomerId.of("C-2"));
      assertThat(merged.consents()).hasSize(2);
      assertThat(merged.contactPoints()).extracting(ContactPoint::value).containsExactly("two@example.com");
      assertThat(merged.history()).extracting(h -> h.change()).contains("merged C-2");
      assertThat(service.find(CustomerId.of("C-2"))).isEmpty();
      assertThat(sum(store.activities().byCustomer(CustomerId.of("C-1")))).isEqualByComparingTo("30.00");
      assertThat(seen).contains(new CustomerEvent.Merged(CustomerId.of("C-1"), CustomerId.of("C-2"), T0));
    }
  }

  /**
   * Two merges of the same duplicate into different survivors race from a barrier, 30 rounds:
   * exactly one commits, the other is refused and leaves nothing behind. Before the merge checked
   * its delete, both committed on H2 in about half the rounds.
   */
  @Test
  default void merge_sameDuplicateIntoTwoSurvivorsConcurrently_exactlyOneWins() throws Exception {
    int rounds = 30;
    try (Store store = newStore()) {
      CustomerService service = CustomerService.of(store, CLOCK);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        for (int round = 0; round < rounds; round++) {
          CustomerId a = CustomerId.of("A-" + round);
          CustomerId b = CustomerId.of("B-" + round);
          CustomerId d = CustomerId.of("D-" + round);
          service.registerAll(List.of(customer(a.value()), customer(b.value()),
              customer(d.value()).withContactPoint(ContactPoint.email("d" + round + "@example.com"), T0)));
          store.activities().append(purchase("P-" + round, d.value(), T0, "7.00"));
          CyclicBarrier start = new CyclicBarrier(2);
          Future<MergeResult> intoA = pool.submit(() -> {
            start.await(5, TimeUnit.SECONDS);
            return service.merge(a, d);
          });
          Future<MergeResult> intoB = pool.submit(() -> {
            start.await(5, TimeUnit.SECONDS);
            return service.merge(b, d);
          });
          List<CustomerId> winners = new ArrayList<>();
          List<Throwable> refusals = new ArrayList<>();
          collect(intoA, a, winners, refusals);
          collect(intoB, b, winners, refusals);

          assertThat(winners).as("round %d: survivors whose merge committed", round).hasSize(1);
          assertThat(refusals).as("round %d", round).singleElement()
              .isInstanceOfAny(StaleVersionException.class, IllegalArgumentException.class);
          CustomerId winner = winners.get(0);
          CustomerId loser = winner.equals(a) ? b : a;
          assertThat(service.find(d)).isEmpty();
          Customer won = service.find(winner).orElseThrow();
          Customer lost = service.find(loser).orElseThrow();
          assertThat(won.mergedIds()).containsExactly(d);
          assertThat(won.contactPoints()).hasSize(1);
          assertThat(lost.mergedIds()).isEmpty();
          assertThat(lost.contactPoints()).isEmpty();
          assertThat(lost.version()).isEqualTo(1);
          assertThat(store.activities().byCustomer(winner)).extracting(x -> x.id().value())
              .containsExactly("P-" + round);
          assertThat(store.activities().byCustomer(loser)).isEmpty();
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static void collect(Future<MergeResult> merge, CustomerId survivor, List<CustomerId> winners,
      List<Throwable> refusals) throws InterruptedException {
    try {
      assertThat(merge.get(30, TimeUnit.SECONDS).survivor().id()).isEqualTo(survivor);
      winners.add(survivor);
    } catch (ExecutionException e) {
      refusals.add(e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("merge into " + survivor + " did not finish within 30 s", e);
    }
  }

  @Test
  default void merge_unknownOrSameCustomer_isRefused() {
    try (Store store = newStore()) {
      CustomerService service = CustomerService.of(store, CLOCK);
      service.register(customer("C-1"));
      assertThatThrownBy(() -> service.merge(CustomerId.of("C-1"), CustomerId.of("C-1")))
          .hasMessageContaining("duplicate must differ from survivor");
      assertThatThrownBy(() -> service.merge(CustomerId.of("C-1"), CustomerId.of("C-7")))
          .hasMessageContaining("C-7");
    }
  }

  @Test
  default void erase_removesPersonalDataButKeepsActivity() {
    try (Store store = newStore()) {
      CustomerService service = CustomerService.of(store, CLOCK);
      service.register(customer("C-1").withContactPoint(ContactPoint.phone("+44 20 7946 0000"), T0)
          .withAttribute("birthday", "1980-02-29", T0).withTag("vip", T0));
      store.activities().append(purchase("A-1", "C-1", T0, "10.00"));

      Customer erased = service.erase(CustomerId.of("C-1"));

      Customer stored = service.find(CustomerId.of("C-1")).orElseThrow();
      assertThat(stored).isEqualTo(erased);
      assertThat(stored.name()).isEqualTo(PartyName.ERASED);
      assertThat(stored.contactPoints()).isEmpty();
      assertThat(stored.attributes()).isEmpty();
      assertThat(stored.tags()).containsExactly("vip");
      assertThat(stored.erasedAt()).contains(T0);
      assertThat(sum(store.activities().byCustomer(CustomerId.of("C-1")))).isEqualByComparingTo("10.00");
      assertThat(Crm4jJson.write(stored)).doesNotContain("Given").doesNotContain("7946").doesNotContain("1980");
    }
  }

  @Test
  default void export_holdsTheRecordAndEveryActivityAsJson() {
    try (Store store = newStore()) {
      CustomerService service = CustomerService.of(store, CLOCK);
      service.register(customer("C-1"));
      store.activities().append(purchase("A-1", "C-1", T0, "10.00"));
      store.activities().append(purchase("A-2", "C-1", T0.plusSeconds(5), "2.00"));

      String json = service.exportJson(CustomerId.of("C-1"));

      CustomerExport back = Crm4jJson.read(json, CustomerExport.class);
      assertThat(back).isEqualTo(service.export(CustomerId.of("C-1")));
      assertThat(back.activities()).hasSize(2);
      assertThat(json).contains("\"GivenC-1\"").contains("\"EUR 10.00\"").contains("\"type\" : \"Purchase\"");
    }
  }

  @Test
  default void update_appliesTheChangeAndPublishes() {
    try (Store store = newStore()) {
      CustomerService service = CustomerService.of(store, CLOCK);
      Customer v1 = service.register(customer("C-1"));
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      Customer v2 = service.update(v1.id(), c -> c.withTag("gold", T0));
      Customer v3 = service.save(v2.withTag("silver", T0));
      assertThat(v3.version()).isEqualTo(3);
      assertThat(seen).containsExactly(new CustomerEvent.Updated(v1.id(), 2, T0),
          new CustomerEvent.Updated(v1.id(), 3, T0));
      assertThatThrownBy(() -> service.save(v2)).isInstanceOf(StaleVersionException.class);
      assertThatThrownBy(() -> service.update(CustomerId.of("nobody"), c -> c))
          .hasMessageContaining("customerId must name a stored customer, but was nobody");
    }
  }

  private static BigDecimal sum(List<Activity> activities) {
    return activities.stream().filter(a -> a instanceof Purchase).map(a -> ((Purchase) a).amount().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
