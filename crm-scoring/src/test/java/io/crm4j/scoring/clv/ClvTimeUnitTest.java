package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClvTimeUnitTest {

  @Test
  void fromDays_convertsByUnitLength() {
    assertThat(ClvTimeUnit.WEEKS.fromDays(14)).isEqualTo(2.0);
    assertThat(ClvTimeUnit.DAYS.fromDays(3)).isEqualTo(3.0);
    // 365.25 days = 12 mean months
    assertThat(ClvTimeUnit.MONTHS.fromDays(365.25)).isCloseTo(12.0, within(1e-12));
    assertThat(ClvTimeUnit.MONTHS.days()).isEqualTo(30.4375);
    // 30.4375 / 7 = 4.348214...
    assertThat(ClvTimeUnit.WEEKS.perMonth()).isCloseTo(30.4375 / 7, within(1e-15));
    assertThat(ClvTimeUnit.MONTHS.perMonth()).isEqualTo(1.0);
  }

  @Test
  void convert_scalesByTheDaysOfBothUnits() {
    assertThat(ClvTimeUnit.WEEKS.convert(2, ClvTimeUnit.DAYS)).isEqualTo(14.0);
    // days to weeks gives the same double as the summarizer's fromDays
    assertThat(ClvTimeUnit.DAYS.convert(213.01, ClvTimeUnit.WEEKS)).isEqualTo(ClvTimeUnit.WEEKS.fromDays(213.01));
    assertThat(ClvTimeUnit.MONTHS.convert(12, ClvTimeUnit.DAYS)).isCloseTo(365.25, within(1e-12));
    assertThat(ClvTimeUnit.DAYS.convert(3.5, ClvTimeUnit.DAYS)).isEqualTo(3.5);
    assertThat(ClvTimeUnit.MONTHS.label()).isEqualTo("months");
  }

  @Test
  void parse_acceptsNamesAndRejectsOthers() {
    assertThat(ClvTimeUnit.parse("Weeks")).isEqualTo(ClvTimeUnit.WEEKS);
    assertThat(ClvTimeUnit.parse(" days ")).isEqualTo(ClvTimeUnit.DAYS);
    assertThatThrownBy(() -> ClvTimeUnit.parse("hours")).hasMessage("unit must be one of days, weeks, months, but was 'hours'");
  }
}
