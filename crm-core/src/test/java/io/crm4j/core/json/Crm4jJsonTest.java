package io.crm4j.core.json;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
import io.crm4j.core.money.Percentage;
import java.time.Duration;
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

  private static final String PURCHASE = "{\"type\":\"Purchase\",\"id\":\"A\",\"customerId\":\"C\","
      + "\"at\":%s,\"amount\":%s}";

  /** A payload of under 150 bytes used to run the reader out of memory. */
  @Test
  void read_numbersWithHugeExponents_areRefusedAtOnce() {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThatThrownBy(() -> Crm4jJson.read("\"EUR 1e999999999\"", Money.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("json must be a valid Money, but was not: Money: amount must have at most 1000 significant "
              + "digits and a scale within [-1000, 1000], but had 1 digits and scale -999999999 (line 1, column 1)");
      assertThatThrownBy(() -> Crm4jJson.read(PURCHASE.formatted("\"2026-01-05T09:00:00Z\"", "\"EUR 1E-2147483647\""),
          Activity.class)).hasMessageContaining("scale 2147483647").hasMessageContaining("at $.amount");
      assertThatThrownBy(() -> Crm4jJson.read("{\"value\":1e999999999}", Percentage.class))
          .hasMessageContaining("number must have at most 1000 significant digits").hasMessageContaining("at $.value");
      assertThatThrownBy(() -> Crm4jJson.read("{\"value\":\"1e-999999999\"}", Percentage.class))
          .hasMessageContaining("scale 999999999");
    });
    assertThat(Crm4jJson.read("{\"value\":\"12.5\"}", Percentage.class)).isEqualTo(Percentage.of("12.5"));
  }

  /** {@code "at": 1e300} used to be read as 1970-01-01T00:00:00Z. */
  @Test
  void read_instantAsNumber_isRefused() {
    assertThatThrownBy(() -> Crm4jJson.read(PURCHASE.formatted("1e300", "\"EUR 1.00\""), Activity.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Instant: an instant must be ISO-8601 text such as \"2026-01-05T09:00:00Z\", "
            + "but was a number at $.at");
    assertThatThrownBy(() -> Crm4jJson.read(PURCHASE.formatted("1767603600", "\"EUR 1.00\""), Activity.class))
        .hasMessageContaining("but was a number");
    assertThatThrownBy(() -> Crm4jJson.read(PURCHASE.formatted("\"yesterday\"", "\"EUR 1.00\""), Activity.class))
        .hasMessageContaining("ISO-8601").hasMessageNotContaining("yesterday");
  }

  @Test
  void read_nullTopLevelOrElement_isRefused() {
    assertThatThrownBy(() -> Crm4jJson.read("null", Money.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("json must be a valid Money, but was null");
    assertThatThrownBy(() -> Crm4jJson.readList("[null]", CustomerId.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("json must be a valid list of CustomerId without nulls, but element 0 was null");
    assertThatThrownBy(() -> Crm4jJson.readList("[\"C-1\", null]", CustomerId.class))
        .hasMessageEndingWith("but element 1 was null");
    assertThatThrownBy(() -> Crm4jJson.readList("null", CustomerId.class))
        .hasMessage("json must be a valid list of CustomerId, but was null");
  }

  @Test
  void read_duplicateKey_isRefused() {
    assertThatThrownBy(() -> Crm4jJson.read("{\"value\":1,\"value\":2}", Percentage.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("json must be a valid Percentage, but was not: duplicate property 'value' (line 1, column 19)");
  }

  /** Jackson's messages quoted the offending text; an e-mail address must not reach a log. */
  @Test
  void read_invalidPersonalData_isNotRepeatedInTheMessageOrItsCauses() {
    String email = "alice.liddell@example.com";
    List<String> payloads = List.of(
        "{\"type\":\"" + email + "\",\"value\":\"x\",\"primary\":true}",
        "{\"type\":\"EMAIL\",\"value\":" + email + ",\"primary\":true}",
        "{\"type\":\"EMAIL\",\"value\":\"" + email + "\",\"primary\":\"" + email + "\"}",
        "{\"type\":\"EMAIL\",\"value\":\"" + email + "\",\"primary\":true,\"" + email + "\":1}");
    for (String json : payloads) {
      Throwable thrown = catchThrowable(() -> Crm4jJson.read(json, ContactPoint.class));
      assertThat(thrown).as(json).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("json must be a valid ContactPoint, but was not: ");
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).as(json).doesNotContain("alice");
      }
    }
    assertThatThrownBy(() -> Crm4jJson.read(payloads.get(0), ContactPoint.class))
        .hasMessage("json must be a valid ContactPoint, but was not: the value cannot be read as Type at $.type "
            + "(line 1, column 9)");
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
