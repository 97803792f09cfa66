package io.crm4j.examples;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.Consent;
import io.crm4j.core.customer.ContactPoint;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/** The README's code taste, kept compiling; run by {@code ReadmeExampleTest}. */
public final class ReadmeExample {

  private ReadmeExample() {}

  public static void main(String[] args) {
    run(Path.of(args.length > 0 ? args[0] : "target/crm"), Clock.systemUTC());
  }

  /** The snippet, with the folder and the clock as parameters. */
  public static String run(Path folder, Clock clock) {
    try (Store store = JdbcStore.h2File(folder)) {      // or InMemoryStore.create()
      CustomerService customers = CustomerService.of(store, clock);
      store.events().subscribe(event -> System.out.println("event: " + event.type()));

      Instant now = clock.instant();
      Customer ada = customers.register(Customer.individual(CustomerId.of("C-1"), "Ada", "Lovelace", now)
          .withConsent(new Consent("marketing", ContactPoint.Type.EMAIL, true, now, "web form")));
      store.activities().append(Purchase.of(ada.id(), now, Money.of("129.90", "EUR")));

      // optimistic versioning: a concurrent writer's change is never silently lost
      Customer vip = customers.update(ada.id(), c -> c.withTag("vip", clock.instant()));
      System.out.println(vip);                        // personal data masked: Customer[id=C-1, name=A***, ...]
      String json = customers.exportJson(ada.id());   // everything held about C-1, as JSON
      System.out.println(json);
      return json;
    }
  }
}
