package io.crm4j.core.pipeline;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class OpportunityProperties {

  static final SalesStages STAGES = SalesStages.ofDefaults();
  static final List<String> OPEN = List.of("New", "Qualified", "Proposition");

  /**
   * Runs a random walk of stage moves (some rejected: same stage), each after a random pause,
   * then maybe wins or loses it, and checks the time in stages at a later instant.
   */
  @Property
  void timeInStages_sumToTheAge(@ForAll @Size(max = 12) List<@IntRange(min = 0, max = 2) Integer> moves,
      @ForAll @Size(min = 13, max = 13) List<@LongRange(min = 0, max = 90L * 86_400_000) Long> pausesMillis,
      @ForAll @IntRange(min = 0, max = 2) int ending, @ForAll @LongRange(min = 0, max = 86_400_000_000L) long tail) {
    Opportunity o = Opportunity.open(OpportunityId.of("O-1"), "deal", null, OwnerId.of("anna"),
        Money.of("100.00", "EUR"), LocalDate.of(2026, 6, 30), STAGES, null, T0);
    Instant at = T0;
    for (int i = 0; i < moves.size(); i++) {
      at = at.plusMillis(pausesMillis.get(i));
      Outcome<Opportunity> t = o.moveTo(OPEN.get(moves.get(i)), STAGES, at);
      o = t.toOptional().orElse(o);
    }
    at = at.plusMillis(pausesMillis.get(12));
    if (ending == 1) {
      o = o.win("signed", STAGES, at).orElseThrow();
    } else if (ending == 2) {
      o = o.lose("no budget", STAGES, at).orElseThrow();
    }
    Instant asOf = at.plusMillis(tail);

    Duration sum = o.timeInStages(asOf).values().stream().reduce(Duration.ZERO, Duration::plus);
    Duration spans = o.stageHistory().stream().map(s -> s.duration(asOf)).reduce(Duration.ZERO, Duration::plus);

    assertThat(sum).isEqualTo(o.age(asOf)).isEqualTo(Duration.between(T0, asOf));
    assertThat(spans).isEqualTo(sum);
  }
}
