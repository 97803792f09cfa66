package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PipelineForecastProperties {

  static final Currency EUR = Currency.getInstance("EUR");
  static final List<String> STAGE_NAMES = List.of("New", "Qualified", "Proposition", "Won", "Lost");

  @Provide
  Arbitrary<List<Opportunity>> books() {
    Arbitrary<Opportunity> one = Combinators.combine(
        Arbitraries.longs().between(0, 100_000_000L),
        Arbitraries.of(STAGE_NAMES),
        Arbitraries.of("anna", "bo", "chen", "dana"),
        Arbitraries.integers().between(0, 800)).as((cents, stage, owner, day) -> PipelineForecastTest.opportunity(
            "O-" + cents + "-" + day, OwnerId.of(owner), Money.ofMinor(cents, EUR).amount().toPlainString(),
            LocalDate.of(2026, 1, 1).plusDays(day), stage));
    return one.list().ofMaxSize(40);
  }

  @Property
  void weightedTotal_equalsTheSumOfItsGroups_underAnyGrouping(@ForAll("books") List<Opportunity> book,
      @ForAll @IntRange(min = 0, max = 6) int grouping) {
    List<Function<PipelineForecast.Line, Object>> keys = List.of(
        l -> l.opportunity().owner(),
        l -> l.stage().name(),
        l -> l.stage().category(),
        PipelineForecast.Line::quarter,
        PipelineForecast.Line::month,
        l -> l.opportunity().owner().value() + "/" + l.quarter(),
        l -> l.opportunity().amount().minorUnits() % 3);
    PipelineForecast forecast = PipelineForecast.of(book, SalesStages.ofDefaults(), EUR);

    Money sumOfGroups = forecast.weightedBy(keys.get(grouping)).values().stream()
        .reduce(Money.zero(EUR), Money::plus);

    assertThat(sumOfGroups).isEqualTo(forecast.weightedTotal());
  }

  @Property
  void weightedTotal_equalsTheSumOfItsGroups_underARandomPartition(@ForAll("books") List<Opportunity> book,
      @ForAll @IntRange(min = 1, max = 9) int groups, @ForAll long seed) {
    PipelineForecast forecast = PipelineForecast.of(book, SalesStages.ofDefaults(), EUR);
    Map<PipelineForecast.Line, Integer> assignment = new IdentityHashMap<>();
    Random random = new Random(seed);
    forecast.lines().forEach(l -> assignment.put(l, random.nextInt(groups)));

    Money sumOfGroups = forecast.weightedBy(assignment::get).values().stream().reduce(Money.zero(EUR), Money::plus);

    assertThat(sumOfGroups).isEqualTo(forecast.weightedTotal());
  }

  @Property
  void weightedTotal_ofDisjointParts_addsUp(@ForAll("books") List<Opportunity> book,
      @ForAll @IntRange(min = 0, max = 40) int cut) {
    int at = Math.min(cut, book.size());
    List<Opportunity> first = new ArrayList<>(book.subList(0, at));
    List<Opportunity> rest = new ArrayList<>(book.subList(at, book.size()));
    SalesStages stages = SalesStages.ofDefaults();

    Money whole = PipelineForecast.of(book, stages, EUR).weightedTotal();
    Money parts = PipelineForecast.of(first, stages, EUR).weightedTotal()
        .plus(PipelineForecast.of(rest, stages, EUR).weightedTotal());

    assertThat(parts).isEqualTo(whole);
    assertThat(whole.isLessThan(PipelineForecast.of(book, stages, EUR).amountTotal().plus(Money.ofMinor(1, EUR))))
        .isTrue();
  }
}
