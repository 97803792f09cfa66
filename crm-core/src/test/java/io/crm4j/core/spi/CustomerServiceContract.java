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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
