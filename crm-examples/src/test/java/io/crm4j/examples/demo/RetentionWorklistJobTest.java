package io.crm4j.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.store.memory.InMemoryStore;
import io.crm4j.scoring.retention.RetentionWorklist;
import io.crm4j.scoring.retention.WinBackConfig;
import io.crm4j.scoring.retention.WinBackList;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The job over an in-memory store holding the CDNOW sample, as of 1997-09-30: the summary is then
 * the 39-week calibration summary of Fader, Hardie &amp; Lee (2005) (the one in
 * {@code clv/cdnow_customers_summary_with_transactions.csv}), so the worklist starts with the
 * customers {@code retention worklist} ranks first on that CSV (509, 1081, 1516; see
 * RetentionWorklistCommandTest for their mpmath P(churn), e.g. 0.4757692 for 509). The month-on-month
 * counts are those of CohortRetentionCdnowTest (independent Python).
 */
class RetentionWorklistJobTest {

  @Test
  void run_cdnowStore_ranksWinsBackAndCountsCohorts() {
    Clock clock = Clock.fixed(Instant.parse("1998-07-01T00:00:00Z"), ZoneOffset.UTC);
    try (InMemoryStore store = InMemoryStore.create()) {
      new StoreDemo(clock).loadAndRead(store, new PrintStream(OutputStream.nullOutputStream()));
      RetentionWorklistJob.Result r = RetentionWorklistJob.run(store, LocalDate.of(1997, 9, 30), 3,
          WinBackConfig.ofDefaults());
      assertThat(r.worklist()).extracting(RetentionWorklist.Entry::customerId)
          .containsExactly("cdnow-0509", "cdnow-1081", "cdnow-1516");
      assertThat(r.worklist().get(0).churnProbability()).isCloseTo(0.4757692, within(1e-3));
      assertThat(r.winBack()).extracting(WinBackList.Group::valueClass).containsExactly("A", "B", "C");
      int lapsed = r.winBack().stream().mapToInt(g -> g.customers().size()).sum();
      assertThat(lapsed).isPositive().isLessThan(2357);
      for (WinBackList.Group g : r.winBack()) {
        for (WinBackList.Customer c : g.customers()) {
          assertThat(c.probabilityAlive()).isLessThan(0.3);
        }
      }
      assertThat(r.cohorts().cohorts()).hasSize(3);
      assertThat(r.cohorts().periods().get(0).retained()).isEqualTo(124);
    }
  }
}
