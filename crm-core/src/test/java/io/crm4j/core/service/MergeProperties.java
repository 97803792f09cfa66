package io.crm4j.core.service;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.store.memory.InMemoryStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Merging never loses or invents purchases. */
class MergeProperties {

  @Property(tries = 300)
  void merge_keepsTheSumOfBothCustomersPurchases(
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 1_000_000) Integer> firstCents,
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 1_000_000) Integer> secondCents) {
    try (InMemoryStore store = InMemoryStore.create()) {
      CustomerService service = CustomerService.of(store, CLOCK);
      service.register(customer("C-1"));
      service.register(customer("C-2"));
      List<Activity> purchases = new ArrayList<>();
      add(purchases, "C-1", firstCents);
      add(purchases, "C-2", secondCents);
      store.activities().appendAll(purchases);
      BigDecimal before = total(store, "C-1").add(total(store, "C-2"));

      MergeResult result = service.merge(CustomerId.of("C-1"), CustomerId.of("C-2"));

      assertThat(total(store, "C-1")).isEqualByComparingTo(before);
      assertThat(total(store, "C-2")).isEqualByComparingTo(BigDecimal.ZERO);
      assertThat(result.movedActivities()).isEqualTo(secondCents.size());
      assertThat(store.activities().count()).isEqualTo(firstCents.size() + secondCents.size());
    }
  }

  private static void add(List<Activity> out, String customer, List<Integer> cents) {
    for (int i = 0; i < cents.size(); i++) {
      out.add(new Purchase(ActivityId.of(customer + "-" + i), CustomerId.of(customer), T0.plusSeconds(i),
          Money.ofMinor(cents.get(i), java.util.Currency.getInstance("EUR")), null));
    }
  }

  private static BigDecimal total(InMemoryStore store, String customer) {
    return store.activities().byCustomer(CustomerId.of(customer)).stream()
        .map(a -> ((Purchase) a).amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
