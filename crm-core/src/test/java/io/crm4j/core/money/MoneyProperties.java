package io.crm4j.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.json.Crm4jJson;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Algebraic laws of {@link Money}. */
class MoneyProperties {

  @Provide
  Arbitrary<Money> euros() {
    return Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .map(cents -> Money.ofMinor(cents, Currency.getInstance("EUR")));
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of("EUR", "USD", "JPY", "CNY", "GBP", "CHF").map(Currency::getInstance);
  }

  @Property
  void plus_isAssociative(@ForAll("euros") Money a, @ForAll("euros") Money b, @ForAll("euros") Money c) {
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
  }

  @Property
  void plus_isCommutativeWithZeroAsIdentity(@ForAll("euros") Money a, @ForAll("euros") Money b) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(Money.zero("EUR"))).isEqualTo(a);
    assertThat(a.minus(b).plus(b)).isEqualTo(a);
  }

  @Property
  void plus_ofDifferentCurrencies_isRefused(@ForAll("currencies") Currency x, @ForAll("currencies") Currency y,
      @ForAll long minor) {
    Money a = Money.ofMinor(minor % 1_000_000_000L, x);
    Money b = Money.ofMinor(minor % 1_000_000_000L, y);
    if (x.equals(y)) {
      assertThat(a.plus(b).currency()).isEqualTo(x);
    } else {
      assertThatThrownBy(() -> a.plus(b)).isInstanceOf(CurrencyMismatchException.class);
    }
  }

  @Property
  void json_roundTrips(@ForAll("euros") Money a, @ForAll("currencies") Currency c) {
    assertThat(Crm4jJson.read(Crm4jJson.write(a), Money.class)).isEqualTo(a);
    Money other = Money.ofMinor(a.minorUnits() / 100, c);
    assertThat(Crm4jJson.read(Crm4jJson.write(other), Money.class)).isEqualTo(other);
  }
}
