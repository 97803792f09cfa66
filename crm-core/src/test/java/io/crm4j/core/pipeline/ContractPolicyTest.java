package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Percentage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ContractPolicyTest {

  static final Instant ISSUED = Instant.parse("2026-03-02T15:00:00Z");

  @Test
  void coolingOffDay_countsCalendarDaysFromTheIssueDate() {
    ContractPolicy p = ContractPolicy.ofDefaults();
    assertThat(p.coolingOffDay(ISSUED, ISSUED)).isZero();
    assertThat(p.coolingOffDay(ISSUED, Instant.parse("2026-03-02T23:59:59Z"))).isZero();
    assertThat(p.coolingOffDay(ISSUED, Instant.parse("2026-03-03T00:00:00Z"))).isEqualTo(1);
    assertThat(p.coolingOffDay(ISSUED, Instant.parse("2026-03-12T12:00:00Z"))).isEqualTo(10);
    assertThat(p.lastCoolingOffDate(ISSUED)).isEqualTo(LocalDate.of(2026, 3, 12));
  }

  @Test
  void coolingOffDay_usesTheZonesCalendar() {
    // 2026-03-02T15:00Z is 23:00 on 2 March in Shanghai; 17:00Z is already 3 March there
    ContractPolicy shanghai = ContractPolicy.custom().zone(ZoneId.of("Asia/Shanghai")).build();
    assertThat(shanghai.coolingOffDay(ISSUED, Instant.parse("2026-03-02T17:00:00Z"))).isEqualTo(1);
  }

  @Test
  void coolingOffDay_beforeIssue_throws() {
    assertThatThrownBy(() -> ContractPolicy.ofDefaults().coolingOffDay(ISSUED, ISSUED.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at must not be before issuedAt");
  }

  @Test
  void isWithinCoolingOff_isDayZeroToTenForThePreset() {
    ContractPolicy p = ContractPolicy.ofDefaults();
    assertThat(p.isWithinCoolingOff(-1)).isFalse();
    assertThat(p.isWithinCoolingOff(0)).isTrue();
    assertThat(p.isWithinCoolingOff(10)).isTrue();
    assertThat(p.isWithinCoolingOff(11)).isFalse();
  }

  @Test
  void custom_settersValidate() {
    assertThatThrownBy(() -> ContractPolicy.custom().coolingOffDays(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("coolingOffDays must be >= 0, but was -1");
    assertThatThrownBy(() -> ContractPolicy.custom().refundShareAfterCoolingOff(Percentage.of("101")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refundShareAfterCoolingOff must be in [0, 100] %, but was 101%");
    assertThatThrownBy(() -> ContractPolicy.custom().zone(null)).hasMessage("zone");
  }

  @Test
  void from_copiesTheBase() {
    ContractPolicy p = ContractPolicy.custom().coolingOffDays(15).zone(ZoneId.of("Asia/Shanghai"))
        .refundShareAfterCoolingOff(Percentage.of("50")).build();
    ContractPolicy copy = ContractPolicy.from(p).build();
    assertThat(copy).isEqualTo(p).hasSameHashCodeAs(p).isNotEqualTo(ContractPolicy.ofDefaults());
    assertThat(copy.coolingOffDays()).isEqualTo(15);
    assertThat(copy.refundShareAfterCoolingOff()).isEqualTo(Percentage.of("50"));
    assertThat(copy.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(copy.toString()).contains("coolingOffDays=15");
    assertThat(ContractPolicy.ofDefaults().coolingOffDays()).isEqualTo(10);
  }
}
