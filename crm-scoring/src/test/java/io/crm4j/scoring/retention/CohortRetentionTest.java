package io.crm4j.scoring.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortRetentionTest {

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void compute_handWorkedLog_countsCohortsAndPeriodRates() {
    // a: Jan, Feb, Apr; b: Jan (twice); c: Feb, Mar; d: Mar
    String[] ids = {"a", "b", "a", "b", "c", "c", "a", "d"};
    LocalDate[] dates = {d("2024-01-03"), d("2024-01-05"), d("2024-02-10"), d("2024-01-20"), d("2024-02-01"),
        d("2024-03-31"), d("2024-04-01"), d("2024-03-15")};
    CohortRetention.Table t = CohortRetention.of(CohortRetention.Period.MONTH).compute(ids, dates);
    assertThat(t.period()).isEqualTo(CohortRetention.Period.MONTH);
    assertThat(t.cohorts()).hasSize(3);
    CohortRetention.Cohort jan = t.cohorts().get(0);
    assertThat(jan.start()).isEqualTo(d("2024-01-01"));
    assertThat(jan.size()).isEqualTo(2);
    assertThat(jan.active()).containsExactly(2, 1, 0, 1);
    assertThat(jan.retentionRate(1)).isEqualTo(0.5);
    assertThat(t.cohorts().get(1).active()).containsExactly(1, 1, 0);
    assertThat(t.cohorts().get(2).start()).isEqualTo(d("2024-03-01"));
    assertThat(t.cohorts().get(2).active()).containsExactly(1, 0);
    // Feb: of Jan's {a, b}, a again -> 1/2; Mar: of Feb's {a, c}, c -> 1/2; Apr: of Mar's {c, d}, none
    assertThat(t.periods()).extracting(CohortRetention.PeriodRate::retained).containsExactly(1, 1, 0);
    assertThat(t.periods()).extracting(CohortRetention.PeriodRate::activeBefore).containsExactly(2, 2, 2);
    assertThat(t.periods().get(2).churnRate()).isEqualTo(1.0);
    assertThat(t.periods().get(0).retentionRate()).isEqualTo(0.5);
  }

  @Test
  void compute_years_groupsByCalendarYear() {
    CohortRetention.Table t = CohortRetention.of(CohortRetention.Period.YEAR)
        .compute(new String[] {"a", "b", "a", "c"}, new LocalDate[] {d("2022-12-31"), d("2022-01-01"), d("2023-01-01"),
            d("2024-06-01")});
    assertThat(t.cohorts()).extracting(CohortRetention.Cohort::start).containsExactly(d("2022-01-01"), d("2024-01-01"));
    assertThat(t.cohorts().get(0).active()).containsExactly(2, 1, 0);
    // 2023: 1 of 2 retained; 2024: of 2023's {a}, none
    assertThat(t.periods()).extracting(CohortRetention.PeriodRate::retained).containsExactly(1, 0);
  }

  @Test
  void compute_purchases_takesTheDayInTheZone() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    Money one = Money.of(new java.math.BigDecimal("1.00"), java.util.Currency.getInstance("USD"));
    // 2024-01-31T20:00Z is already 1 February in Tokyo
    List<Purchase> log = List.of(
        new Purchase(ActivityId.of("p1"), CustomerId.of("a"), ZonedDateTime.parse("2024-01-10T00:00Z").toInstant(), one, null),
        new Purchase(ActivityId.of("p2"), CustomerId.of("a"), ZonedDateTime.parse("2024-01-31T20:00Z").toInstant(), one, null));
    assertThat(CohortRetention.of(CohortRetention.Period.MONTH, tokyo).compute(log).periods().get(0).retained())
        .isEqualTo(1);
    assertThat(CohortRetention.of(CohortRetention.Period.MONTH).compute(log).periods()).isEmpty();
  }

  @Test
  void compute_badInput_throwsNamingTheParameter() {
    CohortRetention c = CohortRetention.of(CohortRetention.Period.MONTH);
    assertThatThrownBy(() -> c.compute(new String[] {"a"}, new LocalDate[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("equal lengths");
    assertThatThrownBy(() -> c.compute(new String[0], new LocalDate[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("customerIds must not be empty, but had length 0");
    assertThatThrownBy(() -> c.compute(new String[] {"a"}, new LocalDate[1]))
        .isInstanceOf(NullPointerException.class).hasMessage("dates[0]");
    CohortRetention.Table t = c.compute(new String[] {"a"}, new LocalDate[] {d("2024-01-01")});
    assertThatThrownBy(() -> t.cohorts().get(0).retentionRate(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be in [0, 1), but was 1");
    assertThatThrownBy(() -> CohortRetention.of(null)).isInstanceOf(NullPointerException.class).hasMessage("period");
  }
}
