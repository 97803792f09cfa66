package io.crm4j.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MutableClockTest {

  private static final Instant T0 = Instant.parse("2026-03-28T23:30:00Z");

  @Test
  void of_startsAtTheInstantInTheZone() {
    MutableClock clock = MutableClock.of(T0, ZoneId.of("Europe/Berlin"));
    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.millis()).isEqualTo(T0.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(MutableClock.of(T0).getZone()).isEqualTo(ZoneOffset.UTC);
    // 23:30 UTC on 28 March 2026 is 00:30 CET on the 29th (summer time starts at 02:00 CET that day)
    assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.parse("2026-03-29T00:30:00"));
  }

  @Test
  void of_refusesNulls() {
    assertThatThrownBy(() -> MutableClock.of(null, ZoneOffset.UTC)).isInstanceOf(NullPointerException.class)
        .hasMessage("instant");
    assertThatThrownBy(() -> MutableClock.of(T0, null)).isInstanceOf(NullPointerException.class).hasMessage("zone");
  }

  @Test
  void set_movesForwardsAndBackwards() {
    MutableClock clock = MutableClock.of(T0);
    clock.set(T0.plusSeconds(60));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(60));
    clock.set(T0.minusSeconds(60));
    assertThat(clock.instant()).isEqualTo(T0.minusSeconds(60));
    assertThatThrownBy(() -> clock.set(null)).isInstanceOf(NullPointerException.class).hasMessage("newInstant");
  }

  @Test
  void advance_addsTheDurationAndReturnsTheNewInstant() {
    MutableClock clock = MutableClock.of(T0, ZoneId.of("Europe/Berlin"));
    assertThat(clock.advance(Duration.ofHours(2))).isEqualTo(T0.plus(Duration.ofHours(2)));
    // 01:30 UTC on 29 March is 03:30 CEST: the zone's offset changed while the instant moved by 2 h
    assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.parse("2026-03-29T03:30:00"));
    assertThat(clock.advance(Duration.ofHours(-3))).isEqualTo(T0.minus(Duration.ofHours(1)));
    assertThatThrownBy(() -> clock.advance(null)).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> MutableClock.of(Instant.MAX).advance(Duration.ofNanos(1)))
        .isInstanceOf(java.time.DateTimeException.class);
  }

  @Test
  void withZone_sharesTheInstant() {
    MutableClock utc = MutableClock.of(T0);
    MutableClock tokyo = utc.withZone(ZoneId.of("Asia/Tokyo"));
    assertThat(tokyo.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(utc.withZone(ZoneOffset.UTC)).isSameAs(utc);
    utc.advance(Duration.ofDays(1));
    assertThat(tokyo.instant()).isEqualTo(T0.plus(Duration.ofDays(1)));
    tokyo.set(T0);
    assertThat(utc.instant()).isEqualTo(T0);
    assertThat(tokyo).isNotEqualTo(utc).isEqualTo(utc.withZone(ZoneId.of("Asia/Tokyo")));
    assertThat(tokyo.hashCode()).isEqualTo(utc.withZone(ZoneId.of("Asia/Tokyo")).hashCode());
    assertThat(MutableClock.of(T0)).isNotEqualTo(MutableClock.of(T0));   // separate instants
    assertThat(utc.toString()).isEqualTo("MutableClock[2026-03-28T23:30:00Z, Z]");
  }

  @Test
  void advance_fromManyThreads_losesNoStep() throws Exception {
    MutableClock clock = MutableClock.of(T0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < 10_000; i++) {
            clock.advance(Duration.ofMillis(1));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(clock.instant()).isEqualTo(T0.plusMillis(40_000));
  }
}
