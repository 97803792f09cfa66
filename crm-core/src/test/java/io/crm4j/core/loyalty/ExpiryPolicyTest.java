package io.crm4j.core.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {

  private static final Instant AT = Instant.parse("2026-02-10T15:00:00Z");

  @Test
  void expiryOf_eachModel() {
    assertThat(new ExpiryPolicy.Never().expiryOf(AT, ZoneOffset.UTC)).isNull();
    assertThat(new ExpiryPolicy.AfterInactivity(5).expiryOf(AT, ZoneOffset.UTC)).isNull();
    assertThat(new ExpiryPolicy.AfterDays(30).expiryOf(AT, ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2026-03-12T15:00:00Z"));
    assertThat(new ExpiryPolicy.EndOfMonth(0).expiryOf(AT, ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(new ExpiryPolicy.EndOfMonth(11).expiryOf(AT, ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2027-02-01T00:00:00Z"));
    assertThat(new ExpiryPolicy.EndOfYear(0).expiryOf(AT, ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    // midnight in Shanghai (UTC+8) is 16:00 UTC the day before
    assertThat(new ExpiryPolicy.EndOfYear(1).expiryOf(AT, ZoneId.of("Asia/Shanghai")))
        .isEqualTo(Instant.parse("2027-12-31T16:00:00Z"));
  }

  @Test
  void constructors_invalid_areRefused() {
    assertThatThrownBy(() -> new ExpiryPolicy.AfterDays(0)).hasMessage("days must be > 0, but was 0");
    assertThatThrownBy(() -> new ExpiryPolicy.AfterInactivity(-1)).hasMessage("days must be > 0, but was -1");
    assertThatThrownBy(() -> new ExpiryPolicy.EndOfMonth(-1)).hasMessage("monthsAfter must be >= 0, but was -1");
    assertThatThrownBy(() -> new ExpiryPolicy.EndOfYear(-2)).hasMessage("yearsAfter must be >= 0, but was -2");
  }
}
