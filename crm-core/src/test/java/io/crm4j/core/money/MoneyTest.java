package io.crm4j.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void of_scalesToTheCurrencysMinorUnit() {
    assertThat(Money.of("12.5", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
    assertThat(Money.of("100", "JPY").amount()).isEqualTo(new BigDecimal("100"));
    assertThat(Money.of(new BigDecimal("3"), EUR).minorUnits()).isEqualTo(300);
  }

  @Test
  void minorUnits_beyondALong_saysWhichAmount() {
    // 1e17 EUR is 1e19 cents, more than Long.MAX_VALUE (about 9.22e18); it threw a bare "Overflow"
    assertThatThrownBy(() -> Money.of("100000000000000000", "EUR").minorUnits())
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("minorUnits must fit a long (at most 9223372036854775807 in magnitude), but EUR"
            + " 100000000000000000.00 has 10000000000000000000");
    assertThat(Money.of("92233720368547758.07", "EUR").minorUnits()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void of_tooManyDecimals_isRefused() {
    assertThatThrownBy(() -> Money.of("1.005", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must have at most 2 decimals for EUR, but was 1.005");
    assertThatThrownBy(() -> Money.of("1.5", "JPY")).hasMessageContaining("at most 0 decimals for JPY");
  }

  @Test
  void of_bigDecimalWithTooManyDecimals_throwsIllegalArgumentAsDocumented() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.005"), EUR))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must have at most 2 decimals for EUR, but was 1.005");
  }

  /** Each of these ran out of memory, or threw NegativeArraySizeException, before amounts were bounded. */
  @Test
  void of_tinyTextWithAHugeExponent_isRefusedAtOnceWithoutPrintingTheNumber() {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThatThrownBy(() -> Money.of("1e999999999", "EUR")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("amount must have at most 1000 significant digits and a scale within [-1000, 1000], "
              + "but had 1 digits and scale -999999999");
      assertThatThrownBy(() -> Money.of("1E-2147483647", "EUR")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("but had 1 digits and scale 2147483647");
      assertThatThrownBy(() -> Money.ofRounded(new BigDecimal("1e-999999999"), EUR))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale 999999999");
      assertThatThrownBy(() -> Money.of(new BigDecimal("-1e999999999"), JPY))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale -999999999");
      assertThatThrownBy(() -> Money.parse("EUR 1e999999999")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Money.of("2.00", "EUR").multipliedBy(new BigDecimal("1e-999999999"),
          RoundingMode.HALF_EVEN)).hasMessageStartingWith("factor must have at most 1000 significant digits");
      assertThatThrownBy(() -> Money.of("9".repeat(2_000), "EUR"))
          .hasMessage("amount must be a decimal number of at most 1016 characters, but had 2000");
    });
  }

  @Test
  void of_atTheBoundOfDigitsAndScale() {
    // 1e997 scaled to cents has 1 + 997 + 2 = 1000 digits: the most an amount may have
    assertThat(Money.of("1e997", "EUR").amount().precision()).isEqualTo(1_000);
    assertThatThrownBy(() -> Money.of("1e998", "EUR")).hasMessageEndingWith("but had 1001 digits and scale 2");
    assertThat(Money.ofRounded(new BigDecimal("1e-1000"), EUR)).isEqualTo(Money.zero(EUR));
    assertThatThrownBy(() -> Money.ofRounded(new BigDecimal("1e-1001"), EUR))
        .hasMessageEndingWith("but had 1 digits and scale 1001");
  }

  @Test
  void of_tooManyDecimals_shortensALongNumberInTheMessage() {
    assertThatThrownBy(() -> Money.of("0." + "1".repeat(60), "EUR"))
        .hasMessage("amount must have at most 2 decimals for EUR, but was 111111111111... (60 digits, scale 60)");
  }

  @Test
  void of_badTextOrCurrency_isRefused() {
    assertThatThrownBy(() -> Money.of("ten", "EUR")).hasMessage("amount must be a decimal number, but was 'ten'");
    assertThatThrownBy(() -> Money.of("1", "XYZW")).hasMessage("currencyCode must be an ISO 4217 code, but was 'XYZW'");
  }

  @Test
  void ofRounded_roundsHalfEven() {
    assertThat(Money.ofRounded(new BigDecimal("1.005"), EUR)).isEqualTo(Money.of("1.00", "EUR"));
    assertThat(Money.ofRounded(new BigDecimal("1.015"), EUR)).isEqualTo(Money.of("1.02", "EUR"));
  }

  @Test
  void plusAndMinus_sameCurrency() {
    Money a = Money.of("10.25", "EUR");
    Money b = Money.of("0.75", "EUR");
    assertThat(a.plus(b)).isEqualTo(Money.of("11.00", "EUR"));
    assertThat(b.minus(a)).isEqualTo(Money.of("-9.50", "EUR"));
    assertThat(b.minus(a).isNegative()).isTrue();
    assertThat(b.minus(a).abs()).isEqualTo(Money.of("9.50", "EUR"));
    assertThat(a.negated().negated()).isEqualTo(a);
  }

  @Test
  void plus_otherCurrency_throwsCurrencyMismatch() {
    assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
        .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
          assertThat(e.first()).isEqualTo(EUR);
          assertThat(e.second()).isEqualTo(Currency.getInstance("USD"));
        })
        .hasMessage("currencies must match, but were EUR and USD");
    assertThatThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "JPY")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void multipliedBy_wholeAndDecimal() {
    assertThat(Money.of("2.50", "EUR").multipliedBy(3)).isEqualTo(Money.of("7.50", "EUR"));
    assertThat(Money.of("10.00", "EUR").multipliedBy(new BigDecimal("0.333"), RoundingMode.HALF_UP))
        .isEqualTo(Money.of("3.33", "EUR"));
  }

  @Test
  void zeroAndSigns() {
    assertThat(Money.zero("EUR").isZero()).isTrue();
    assertThat(Money.zero(JPY).isPositive()).isFalse();
    assertThat(Money.ofMinor(-5, EUR)).isEqualTo(Money.of("-0.05", "EUR"));
    assertThat(Money.of("2", "EUR").isGreaterThan(Money.of("1", "EUR"))).isTrue();
    assertThat(Money.of("1", "EUR").isLessThan(Money.of("2", "EUR"))).isTrue();
  }

  @Test
  void toStringAndParse_roundTrip() {
    Money m = Money.of("1234.50", "EUR");
    assertThat(m.toString()).isEqualTo("EUR 1234.50");
    assertThat(Money.parse(" EUR 1234.50 ")).isEqualTo(m);
    assertThat(Money.parse("EUR 1234.5").hashCode()).isEqualTo(m.hashCode());
    assertThatThrownBy(() -> Money.parse("12 EUR")).hasMessage("text must look like 'EUR 12.50', but was '12 EUR'");
  }

  @Test
  void equals_sameValueAndCurrency() {
    assertThat(Money.of("1", "EUR")).isEqualTo(Money.of("1.00", "EUR")).isNotEqualTo(Money.of("1", "USD"))
        .isNotEqualTo("EUR 1.00");
  }
}
