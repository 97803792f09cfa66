package io.crm4j.core.pipeline;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import io.crm4j.core.money.Percentage;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The weighted pipeline: each opportunity's amount times its stage's win probability, grouped by
 * period, owner, stage, forecast category or any key.
 *
 * <p>Each opportunity's weighted amount is rounded half-even to the currency's minor unit once;
 * every total is an exact sum of those amounts, so the total equals the sum of the groups under
 * any grouping, to the cent. Won opportunities count at 100 %, lost ones at 0 %, like their
 * stages say; filter with {@link #where} to leave them out.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PipelineForecast {

  /**
   * One opportunity's contribution. Immutable and thread-safe.
   *
   * @param opportunity the opportunity
   * @param stage its stage
   * @param weighted {@code amount × probability}, rounded half-even to the minor unit
   */
  public record Line(Opportunity opportunity, StageDefinition stage, Money weighted) {
    public Line {
      Objects.requireNonNull(opportunity, "opportunity");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(weighted, "weighted");
    }

    /** The calendar quarter of the expected close date. */
    public ForecastPeriod quarter() {
      return ForecastPeriod.quarterOf(opportunity.expectedClose());
    }

    /** The calendar month of the expected close date. */
    public ForecastPeriod month() {
      return ForecastPeriod.monthOf(opportunity.expectedClose());
    }
  }

  private final Currency currency;
  private final List<Line> lines;

  private PipelineForecast(Currency currency, List<Line> lines) {
    this.currency = currency;
    this.lines = List.copyOf(lines);
  }

  /**
   * Weighs every opportunity by the default probability of its stage in {@code stages}.
   *
   * @throws CurrencyMismatchException if an amount is not in {@code currency}
   * @throws IllegalArgumentException if an opportunity's stage is not in {@code stages}
   */
  public static PipelineForecast of(Collection<Opportunity> opportunities, SalesStages stages, Currency currency) {
    Objects.requireNonNull(opportunities, "opportunities");
    Objects.requireNonNull(stages, "stages");
    Objects.requireNonNull(currency, "currency");
    List<Line> lines = new ArrayList<>(opportunities.size());
    for (Opportunity o : opportunities) {
      StageDefinition stage = stages.stage(o.stage());
      if (!o.amount().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, o.amount().currency());
      }
      Percentage p = stage.probability();
      lines.add(new Line(o, stage, o.amount().multipliedBy(p.fraction(), RoundingMode.HALF_EVEN)));
    }
    return new PipelineForecast(currency, lines);
  }

  public Currency currency() {
    return currency;
  }

  /** Every opportunity's contribution, in the order given. */
  public List<Line> lines() {
    return lines;
  }

  /** The forecast of the opportunities that satisfy {@code filter}. */
  public PipelineForecast where(Predicate<? super Line> filter) {
    Objects.requireNonNull(filter, "filter");
    return new PipelineForecast(currency, lines.stream().filter(filter).toList());
  }

  /** The forecast of the opportunities expected to close within {@code period}. */
  public PipelineForecast within(ForecastPeriod period) {
    Objects.requireNonNull(period, "period");
    return where(l -> period.contains(l.opportunity().expectedClose()));
  }

  /** The forecast of the open opportunities only. */
  public PipelineForecast openOnly() {
    return where(l -> l.opportunity().inProgress());
  }

  /** The weighted total. */
  public Money weightedTotal() {
    return lines.stream().map(Line::weighted).reduce(Money.zero(currency), Money::plus);
  }

  /** The unweighted total of the amounts. */
  public Money amountTotal() {
    return lines.stream().map(l -> l.opportunity().amount()).reduce(Money.zero(currency), Money::plus);
  }

  /** Weighted totals per key, keys in order of first appearance. */
  public <K> Map<K, Money> weightedBy(Function<? super Line, ? extends K> key) {
    Objects.requireNonNull(key, "key");
    Map<K, Money> out = new LinkedHashMap<>();
    for (Line line : lines) {
      out.merge(Objects.requireNonNull(key.apply(line), "key"), line.weighted(), Money::plus);
    }
    return out;
  }

  /** Weighted totals per calendar quarter of the expected close date. */
  public Map<ForecastPeriod, Money> weightedByQuarter() {
    return weightedBy(Line::quarter);
  }

  /** Weighted totals per owner. */
  public Map<OwnerId, Money> weightedByOwner() {
    return weightedBy(l -> l.opportunity().owner());
  }

  /** Weighted totals per stage name. */
  public Map<String, Money> weightedByStage() {
    return weightedBy(l -> l.stage().name());
  }

  /** Weighted totals per forecast category. */
  public Map<ForecastCategory, Money> weightedByCategory() {
    return weightedBy(l -> l.stage().category());
  }
}
