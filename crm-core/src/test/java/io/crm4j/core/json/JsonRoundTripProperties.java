package io.crm4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.Consent;
import io.crm4j.core.customer.ContactPoint;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every value object survives a JSON round trip unchanged. */
class JsonRoundTripProperties {

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('!', '~').withChars('é', '中', ' ').ofMinLength(1).ofMaxLength(40)
        .filter(s -> s.strip().equals(s)); // ids refuse whitespace at either end (and so blank ones)
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(-2_000_000_000L, 4_000_000_000L)
        .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Provide
  Arbitrary<Money> money() {
    return Combinators.combine(Arbitraries.longs().between(0, 10_000_000_000L),
        Arbitraries.of("EUR", "JPY", "CNY", "KWD")).as((m, c) -> Money.ofMinor(m, Currency.getInstance(c)));
  }

  @Property
  void ids_roundTrip(@ForAll("ids") String id) {
    assertThat(Crm4jJson.read(Crm4jJson.write(CustomerId.of(id)), CustomerId.class)).isEqualTo(CustomerId.of(id));
  }

  @Property
  void purchases_roundTrip(@ForAll("ids") String id, @ForAll("ids") String customer,
      @ForAll("instants") Instant at, @ForAll("money") Money amount) {
    Activity p = new Purchase(ActivityId.of(id), CustomerId.of(customer), at, amount, id.length() % 2 == 0 ? null : id);
    assertThat(Crm4jJson.read(Crm4jJson.write(p), Activity.class)).isEqualTo(p);
  }

  @Property(tries = 200)
  void customers_roundTrip(@ForAll("ids") String id, @ForAll("ids") String name, @ForAll("instants") Instant at,
      @ForAll boolean granted) {
    Customer c = Customer.individual(CustomerId.of(id), name, name, at).withTag(name, at)
        .withAttribute(name, id, at)
        .withConsent(new Consent(name, ContactPoint.Type.MOBILE, granted, at, "test"));
    assertThat(Crm4jJson.read(Crm4jJson.write(c), Customer.class)).isEqualTo(c);
  }
}
