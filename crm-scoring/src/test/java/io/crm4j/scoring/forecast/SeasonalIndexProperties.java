package io.crm4j.scoring.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.money.Money;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class SeasonalIndexProperties {

  @Property
  void targetsSumToTheAnnualTargetToTheCent(
      @ForAll @Size(min = 24, max = 60) List<@DoubleRange(min = 0, max = 1e7) Double> sales,
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long targetCents,
      @ForAll @IntRange(min = 1, max = 12) int firstMonth, @ForAll boolean quarterly) {
    double[] s = sales.stream().mapToDouble(Double::doubleValue).toArray();
    s[0] += 1; // not all zero
    Currency eur = Currency.getInstance("EUR");
    SeasonalIndex index;
    if (quarterly) {
      double[] whole = java.util.Arrays.copyOf(s, s.length - s.length % 3);
      index = SeasonalIndex.quarterly(YearMonth.of(2020, 1), whole);
    } else {
      index = SeasonalIndex.monthly(YearMonth.of(2020, firstMonth), s);
    }
    List<Money> targets = index.targets(Money.ofMinor(targetCents, eur));
    assertThat(targets).hasSize(index.seasons());
    assertThat(targets.stream().mapToLong(Money::minorUnits).sum()).isEqualTo(targetCents);
    assertThat(targets).allMatch(m -> !m.isNegative());
    assertThat(index.indexPercents().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(100.0 * index.seasons(), within(1e-9));
    // no season is more than one cent away from its exact share
    for (int k = 0; k < targets.size(); k++) {
      double exact = targetCents * index.indexPercent(k + 1) / (100.0 * index.seasons());
      assertThat((double) targets.get(k).minorUnits()).isCloseTo(exact, within(1.0 + exact * 1e-12));
    }
  }
}
