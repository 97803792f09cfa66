package io.crm4j.core.spi;

import static io.crm4j.core.testing.NightlyShop.CUSTOMERS;
import static io.crm4j.core.testing.NightlyShop.PAGE;
import static io.crm4j.core.testing.NightlyShop.PAGES;
import static io.crm4j.core.testing.NightlyShop.RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.event.EventPublisher;
import io.crm4j.core.lifecycle.EvaluationCheckpoint;
import io.crm4j.core.lifecycle.EvaluationProgress;
import io.crm4j.core.lifecycle.EvaluationReport;
import io.crm4j.core.lifecycle.LifecycleStorage;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.testing.NightlyShop;
import io.crm4j.core.testing.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 §1: a nightly run (every programme, catching up day by day) stopped after any page and
 * started again ends in exactly the state of one uninterrupted run, on every store: every
 * aggregate with its version, every activity, and the same events in the same order.
 */
public interface EvaluationResumeContract extends StoreFixture {

  /** What a store ends with: its snapshot and the events heard, in order. */
  record Outcome(List<String> state, List<String> events) {}

  private static List<String> listen(EventPublisher events) {
    List<String> heard = new ArrayList<>();
    events.subscribe(e -> heard.add(e.toString()));
    return heard;
  }

  /** One uninterrupted run at {@code RUN}, then the runs at {@code later}. */
  private Outcome uninterrupted(Instant... later) {
    try (Store store = newStore()) {
      ScheduledEvaluation evaluation = NightlyShop.prepare(store);
      List<String> events = listen(store.events());
      EvaluationReport report = evaluation.evaluateAll(RUN);
      assertThat(report.changeCount()).as("the run under test changes customers").isGreaterThan(CUSTOMERS);
      for (Instant at : later) {
        evaluation.evaluateAll(at);
      }
      return new Outcome(StoreSnapshot.of(store), events);
    }
  }

  /** Stops the run at {@code RUN} after {@code pages} pages, then runs at {@code restart}. */
  private Outcome interrupted(int pages, Instant... restart) {
    try (Store store = newStore()) {
      ScheduledEvaluation evaluation = NightlyShop.prepare(store);
      List<String> events = listen(store.events());
      Consumer<EvaluationProgress> kill = p -> {
        if (p.pages() == pages) {
          throw new IllegalStateException("killed after page " + pages);
        }
      };
      assertThatThrownBy(() -> evaluation.withProgress(kill).evaluateAll(RUN))
          .hasMessage("killed after page " + pages);
      EvaluationCheckpoint checkpoint = store.repository(LifecycleStorage.EVALUATION_CHECKPOINTS).find("shop")
          .orElseThrow();
      assertThat(checkpoint.customersDone()).isEqualTo((long) pages * PAGE);
      assertThat(checkpoint.asOf()).isEqualTo(NightlyShop.DAY0.plus(Duration.ofDays(20)));
      for (Instant at : restart) {
        evaluation.evaluateAll(at);
      }
      return new Outcome(StoreSnapshot.of(store), events);
    }
  }

  @Test
  default void evaluateAll_stoppedAfterAnyPageAndRestarted_endsAsOneUninterruptedRun() {
    Outcome expected = uninterrupted();
    assertThat(expected.state()).noneMatch(line -> line.startsWith("evaluation-checkpoint"));
    for (int pages = 1; pages < PAGES; pages++) {
      assertThat(interrupted(pages, RUN)).as("stopped after page %d", pages).isEqualTo(expected);
    }
  }

  @Test
  default void evaluateAll_restartedOnALaterDay_firstFinishesTheInterruptedRun() {
    Instant nextNight = RUN.plus(Duration.ofDays(3));
    Outcome expected = uninterrupted(nextNight);
    assertThat(interrupted(2, nextNight)).isEqualTo(expected);
  }

  @Test
  default void evaluateAll_restartedAfterTheResume_walksOnlyTheRestAndCountsTheResumed() {
    try (Store store = newStore()) {
      ScheduledEvaluation evaluation = NightlyShop.prepare(store);
      Consumer<EvaluationProgress> kill = p -> {
        if (p.pages() == 2) {
          throw new IllegalStateException("killed");
        }
      };
      assertThatThrownBy(() -> evaluation.withProgress(kill).evaluateAll(RUN)).hasMessage("killed");
      List<EvaluationProgress> heard = new ArrayList<>();
      EvaluationReport rest = evaluation.withProgress(heard::add).evaluateAll(RUN);
      assertThat(rest.customersEvaluated()).isEqualTo(CUSTOMERS - 2 * PAGE);
      assertThat(heard).extracting(EvaluationProgress::customersResumed).containsOnly(2L * PAGE);
      assertThat(heard).extracting(EvaluationProgress::customersDone).containsExactly(9L, 12L, 14L);
      assertThat(store.repository(LifecycleStorage.EVALUATION_CHECKPOINTS).count()).isZero();
    }
  }
}
