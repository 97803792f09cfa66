package io.crm4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.json.Crm4jJson;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantTextTest {

  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years written without a formatter. */
  private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  private static String text(Instant t) {
    char[] out = new char[InstantText.MAX_LENGTH];
    int length = InstantText.write(t, out);
    return length < 0 ? null : new String(out, 0, length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
      "1969-12-31T23:59:59.999Z", "2024-02-29T12:00:00.000001Z", "2000-02-29T00:00:00.100Z",
      "1900-03-01T00:00:00.000000010Z", "2026-12-02T06:30:15.120Z", "0400-02-29T23:59:59Z"})
  void write_isInstantToString(String iso) {
    Instant t = Instant.parse(iso);
    assertThat(text(t)).isEqualTo(iso).isEqualTo(t.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0001-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z"})
  void write_yearOutside0To9999_declines(String iso) {
    assertThat(text(Instant.parse(iso))).isNull();
  }

  @Test
  void write_extremeInstants_decline() {
    assertThat(text(Instant.MIN)).isNull();
    assertThat(text(Instant.MAX)).isNull();
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds = Arbitraries.oneOf(Arbitraries.longs().between(FIRST - 86_400, LAST + 86_400),
        Arbitraries.longs().between(-100_000L * 86_400, 100_000L * 86_400),
        Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()));
    Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.integers().between(0, 999_999_999),
        Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
        Arbitraries.integers().between(0, 999_999).map(n -> n * 1_000), Arbitraries.just(0));
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
  }

  @Property(tries = 5_000)
  void write_equalsInstantToString_orDeclinesOutsideItsYears(@ForAll("instants") Instant t) {
    String text = text(t);
    if (t.getEpochSecond() >= FIRST && t.getEpochSecond() <= LAST) {
      assertThat(text).isEqualTo(t.toString());
    } else {
      assertThat(text).isNull();
    }
  }

  @Property(tries = 500)
  void json_isQuotedToString_andRoundTrips(@ForAll("instants") Instant t) {
    String json = Crm4jJson.write(t);
    assertThat(json).isEqualTo("\"" + t + "\"");
    assertThat(Crm4jJson.read(json, Instant.class)).isEqualTo(t);
  }
}
