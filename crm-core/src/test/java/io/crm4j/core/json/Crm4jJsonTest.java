package io.crm4j.core.json;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Interaction;
import io.crm4j.core.activity.Payment;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Referral;
import io.crm4j.core.customer.Consent;
import io.crm4j.core.customer.ContactPoint;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerEvent;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Crm4jJsonTest {

  private static final CustomerId C1 = CustomerId.of("C-1");

  @Test
  void write_idsAndMoneyAsReadableStrings() {
    Purchase p = new Purchase(ActivityId.of("A-1"), C1, T0, Money.of("12.50", "EUR"), "ORD-7");
    assertThat(Crm4jJson.write(p)).isEqualTo("{\"type\":\"Purchase\",\"id\":\"A-1\",\"customerId\":\"C-1\","
        + "\"at\":\"2026-01-05T09:00:00Z\",\"amount\":\"EUR 12.50\",\"orderReference\":\"ORD-7\"}");
    assertThat(Crm4jJson.write(C1)).isEqualTo("\"C-1\"");
  }

  @Test
  void read_everyActivityTypeThroughTheSealedRoot() {
    List<Activity> all = List.of(
        new Purchase(ActivityId.of("A-1"), C1, T0, Money.of("12.50", "EUR"), null),
        new Payment(ActivityId.of("A-2"), C1, T0, Money.of("1", "USD"), "INV", LocalDate.of(2026, 2, 1)),
        new Interaction(ActivityId.of("A-3"), C1, T0, Interaction.Channel.EMAIL, Interaction.Direction.OUTBOUND,
            Interaction.Outcome.NO_RESPONSE, null),
        new Referral(ActivityId.of("A-4"), C1, T0, CustomerId.of("C-2"), true));
    for (Activity a : all) {
      assertThat(Crm4jJson.read(Crm4jJson.write(a), Activity.class)).isEqualTo(a);
    }
    assertThat(Crm4jJson.readList(Crm4jJson.writeList(all, Activity.class), Activity.class)).isEqualTo(all);
  }

  @Test
  void events_carryAnExplicitTypeField() {
    DomainEvent e = new CustomerEvent.Merged(C1, CustomerId.of("C-2"), T0);
    String json = Crm4jJson.write(e);
    assertThat(json).isEqualTo("{\"type\":\"CustomerEvent.Merged\",\"customerId\":\"C-1\",\"merged\":\"C-2\","
        + "\"occurredAt\":\"2026-01-05T09:00:00Z\"}");
    assertThat(Crm4jJson.read(json, DomainEvent.class)).isEqualTo(e);
  }

  @Test
  void customer_roundTripsWithEveryField() {
    Customer c = Customer.individual(C1, "Ada", "Lovelace", T0).withVersion(4).withTag("vip", T0)
        .withAttribute("k", "v", T0).withContactPoint(ContactPoint.email("ada@example.com"), T0)
        .withConsent(new Consent("marketing", ContactPoint.Type.EMAIL, true, T0, "web"))
        .mergedWith(Customer.organisation(CustomerId.of("C-2"), "Acme", T0), T0).erased(T0.plusSeconds(1));
    assertThat(Crm4jJson.read(Crm4jJson.writePretty(c), Customer.class)).isEqualTo(c);
  }

  @Test
  void read_craftedPolymorphicPayload_isRefused() {
    assertThatThrownBy(() -> Crm4jJson.read(
        "{\"type\":\"java.lang.ProcessBuilder\",\"command\":[\"touch\",\"/tmp/pwned\"]}", DomainEvent.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("json must be a valid DomainEvent");
    assertThatThrownBy(() -> Crm4jJson.read(
        "{\"type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://x\"}", Activity.class))
        .isInstanceOf(IllegalArgumentException.class);
    Object untyped = Crm4jJson.read("[\"java.net.URL\",\"http://example.com\"]", Object.class);
    assertThat(untyped).isEqualTo(List.of("java.net.URL", "http://example.com"));
  }

  @Test
  void read_invalidValues_areRefusedWithTheReason() {
    assertThatThrownBy(() -> Crm4jJson.read("\"12 EUR\"", Money.class))
        .hasMessageContaining("json must be a valid Money").hasMessageContaining("text must look like 'EUR 12.50'");
    assertThatThrownBy(() -> Crm4jJson.read("\"\"", CustomerId.class)).hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> Crm4jJson.read("42", CustomerId.class)).hasMessageContaining("CustomerId");
    assertThatThrownBy(() -> Crm4jJson.read("{\"type\":\"Purchase\",\"id\":\"A\",\"customerId\":\"C\","
        + "\"at\":\"2026-01-05T09:00:00Z\",\"amount\":\"EUR 1.00\",\"bogus\":1}", Activity.class))
        .hasMessageContaining("bogus");
    assertThatThrownBy(() -> Crm4jJson.readList("{}", Activity.class)).hasMessageContaining("list of Activity");
    assertThatThrownBy(() -> Crm4jJson.write(new Object())).hasMessageContaining("must be writable as JSON");
    assertThatThrownBy(() -> Crm4jJson.writePretty(new Object())).hasMessageContaining("must be writable as JSON");
  }
}
