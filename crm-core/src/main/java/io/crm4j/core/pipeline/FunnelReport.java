package io.crm4j.core.pipeline;

import io.crm4j.core.money.Percentage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The sales funnel (销售漏斗) at a glance: how many opportunities reached each stage, the
 * conversion rate from each stage to the next, the lead conversion rate, the win rate and the
 * average sales cycle. Rates whose denominator is zero are empty, never NaN.
 *
 * <p>An opportunity <em>reached</em> a stage when its stage history holds that stage or any
 * later one (by {@link SalesStages#rank}); skipping a stage still counts as passing it. The won
 * stage is the funnel's last step. Immutable and thread-safe.
 *
 * @param steps the open stages in order, then the won stage
 * @param leads how many leads were given
 * @param convertedLeads how many of them were converted
 * @param leadConversionRate {@code convertedLeads / leads}
 * @param won how many opportunities were won
 * @param lost how many were lost
 * @param winRate {@code won / (won + lost)}
 * @param averageSalesCycle mean time from opening to winning over the won opportunities
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FunnelReport(List<Step> steps, long leads, long convertedLeads, Optional<Percentage> leadConversionRate,
    long won, long lost, Optional<Percentage> winRate, Optional<Duration> averageSalesCycle) {

  public FunnelReport {
    steps = List.copyOf(steps);
    Objects.requireNonNull(leadConversionRate, "leadConversionRate");
    Objects.requireNonNull(winRate, "winRate");
    Objects.requireNonNull(averageSalesCycle, "averageSalesCycle");
  }

  /**
   * One step of the funnel.
   *
   * @param stage the stage's name
   * @param reached how many opportunities reached it
   * @param current how many are in it now
   * @param conversionToNext {@code reached(next) / reached(this)}; empty for the last step or when none reached it
   */
  public record Step(String stage, long reached, long current, Optional<Percentage> conversionToNext) {
    public Step {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(conversionToNext, "conversionToNext");
    }
  }

  /** Builds the report from leads and opportunities whose stages come from {@code stages}. */
  public static FunnelReport of(Collection<Lead> leads, Collection<Opportunity> opportunities, SalesStages stages) {
    Objects.requireNonNull(leads, "leads");
    Objects.requireNonNull(opportunities, "opportunities");
    Objects.requireNonNull(stages, "stages");
    List<StageDefinition> funnel = new ArrayList<>(stages.openStages());
    funnel.add(stages.won());
    long[] reached = new long[funnel.size()];
    long[] current = new long[funnel.size()];
    long won = 0;
    long lost = 0;
    Duration cycles = Duration.ZERO;
    for (Opportunity o : opportunities) {
      int highest = o.stageHistory().stream().mapToInt(s -> stages.rank(s.stage())).max().orElse(-1);
      for (int i = 0; i <= highest; i++) {
        reached[i]++;
      }
      int now = stages.rank(o.stage());
      if (now >= 0) {
        current[now]++;
      }
      StageKind kind = stages.stage(o.stage()).kind();
      if (kind == StageKind.WON) {
        won++;
        cycles = cycles.plus(o.cycleLength());
      } else if (kind == StageKind.LOST) {
        lost++;
      }
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < funnel.size(); i++) {
      Optional<Percentage> next = i + 1 < funnel.size() ? rate(reached[i + 1], reached[i]) : Optional.empty();
      steps.add(new Step(funnel.get(i).name(), reached[i], current[i], next));
    }
    long converted = leads.stream().filter(l -> l.status() == LeadStatus.CONVERTED).count();
    Optional<Duration> cycle = won == 0 ? Optional.empty() : Optional.of(cycles.dividedBy(won));
    return new FunnelReport(steps, leads.size(), converted, rate(converted, leads.size()), won, lost,
        rate(won, won + lost), cycle);
  }

  /** {@code part / whole} as a percentage (34 significant digits), empty when {@code whole} is 0. */
  static Optional<Percentage> rate(long part, long whole) {
    if (whole == 0) {
      return Optional.empty();
    }
    BigDecimal fraction = BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128);
    return Optional.of(Percentage.ofFraction(fraction));
  }
}
