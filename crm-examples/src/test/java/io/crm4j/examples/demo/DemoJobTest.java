package io.crm4j.examples.demo;

import io.crm4j.examples.analysis.AnalysisResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoJobTest {

  private static final DemoFixture DEMO = DemoFixture.get();

  private static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  @Test
  void run_loadsOnceAndIsIdempotent() {
    assertThat(DEMO.first.load().customers()).isEqualTo(2_357);
    assertThat(DEMO.first.load().purchases()).isEqualTo(6_919);
    assertThat(DEMO.secondOut).contains("customers registered now: 0, already stored: 2357")
        .contains("purchases appended now: 0, already stored: 6919");
    // the second evaluation at the same instant changes nothing and finds the same states
    assertThat(DEMO.first.lifecycle().changesThisRun()).isPositive();
    assertThat(DEMO.second.lifecycle().changesThisRun()).isZero();
    assertThat(DEMO.second.lifecycle().statuses()).isEqualTo(DEMO.first.lifecycle().statuses());
    assertThat(DEMO.second.lifecycle().rungs()).isEqualTo(DEMO.first.lifecycle().rungs());
    assertThat(DEMO.second.analysis().customers().clv()).isEqualTo(DEMO.first.analysis().customers().clv());
    assertThat(DEMO.second.complaints().resolutionStates()).isEqualTo(DEMO.first.complaints().resolutionStates());
  }

  @Test
  void run_printsProgressForEveryStepAndACompactSummary() {
    assertThat(DEMO.progress).contains("[1/5]", "[2/5]", "[3/5]", "[4/5]", "[5/5]", "[done]");
    assertThat(DEMO.firstOut).contains("lifecycle:", "loyalty:", "BG/NBD", "CLV 12 months", "ABC:", "pyramid:",
        "RFM:", "credit:", "complaints:");
    assertThat(DEMO.firstOut.lines().count()).isLessThan(40);
  }

  @Test
  void run_lifecycleAndLoyaltyCoverEveryCustomer() {
    assertThat(sum(DEMO.first.lifecycle().statuses())).isEqualTo(2_357);
    assertThat(sum(DEMO.first.lifecycle().rungs())).isEqualTo(2_357);
    // every CDNOW customer bought at least once, so none stays below Payne's CUSTOMER rung
    assertThat(DEMO.first.lifecycle().rungs().get("PROSPECT")).isZero();
    // 1,152 customers bought more than once (StoreDemoTest's figure), an upper bound for CLIENT
    assertThat(DEMO.first.lifecycle().rungs().get("CLIENT")).isPositive().isLessThanOrEqualTo(1_152);
  }

  /**
   * Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way", p. 279: on the CDNOW
   * sample's 39-week calibration period BG/NBD gives r = 0.243, alpha = 4.414, a = 0.793,
   * b = 2.426. The actual counts by repeat purchases (0..6, 7+) are those of the shared
   * cdnow_customers_summary.csv (awk over its frequency column: 1411 439 214 100 62 38 29 64).
   */
  @Test
  void run_bgNbdCalibrationMatchesThePaper() {
    AnalysisResult a = DEMO.first.analysis();
    assertThat(a.bgnbd().parameters().get("r")).isCloseTo(0.243, within(0.001));
    assertThat(a.bgnbd().parameters().get("alpha")).isCloseTo(4.414, within(0.002));
    assertThat(a.bgnbd().parameters().get("a")).isCloseTo(0.793, within(0.001));
    assertThat(a.bgnbd().parameters().get("b")).isCloseTo(2.426, within(0.002));
    assertThat(a.frequencies().actual()).containsExactly(1411, 439, 214, 100, 62, 38, 29, 64);
    assertThat(Arrays.stream(a.frequencies().expected()).sum()).isCloseTo(2_357, within(1e-6));
    // the paper's Figure 2: the model tracks the zero class closely (within 2 %)
    assertThat(a.frequencies().expected()[0]).isCloseTo(1411, within(0.02 * 1411));
  }

  @Test
  void run_clvIsFiniteAndNonNegativeForEveryCustomer() {
    AnalysisResult a = DEMO.first.analysis();
    assertThat(a.customers().clv()).hasSize(2_357);
    assertThat(Arrays.stream(a.customers().clv()).allMatch(v -> Double.isFinite(v) && v >= 0)).isTrue();
    assertThat(a.settings().clvMonths()).isEqualTo(12);
    assertThat(Arrays.stream(a.customers().clv()).sum()).isPositive();
  }

  @Test
  void run_tiersPartitionTheCustomers() {
    AnalysisResult t = DEMO.first.analysis();
    assertThat(sum(t.abcClasses())).isEqualTo(2_357);
    assertThat(sum(t.pyramid())).isEqualTo(2_357);
    assertThat(sum(t.rfmSegments())).isEqualTo(2_357);
    // preset pyramid cut points 5 % / 20 % / 80 %: 5 % of 2,357 is 117.85, so 118 platinum
    assertThat(t.pyramid().get("PLATINUM")).isEqualTo(118);
    double[] y = t.lorenz()[1];
    assertThat(y[0]).isZero();
    assertThat(y[y.length - 1]).isCloseTo(1.0, within(1e-9));
    for (int i = 1; i < y.length; i++) {
      assertThat(y[i]).isGreaterThanOrEqualTo(y[i - 1]);
    }
    assertThat(t.paretoShare()).isBetween(0.2, 1.0);
  }

  @Test
  void run_creditGradesThePortfolio() {
    DemoResult.Credit c = DEMO.first.credit();
    assertThat(sum(c.grades())).isEqualTo(300);
    assertThat(c.variables()).isNotEmpty();
    // a better-than-chance scorecard; UCI German credit models usually reach AUC 0.75-0.80
    assertThat(c.holdoutAuc()).isBetween(0.7, 0.95);
    assertThat(c.offeredCredit()).isBetween(1L, 300L);
  }

  @Test
  void run_complaintClocksAccountForEveryComplaint() {
    DemoResult.Complaints k = DEMO.first.complaints();
    // 30 days of 1..12 complaints each
    assertThat(k.received()).isBetween(30L, 360L);
    assertThat(sum(k.resolutionStates())).isEqualTo(k.received());
    assertThat(k.resolved()).isLessThanOrEqualTo(k.received());
    k.resolutionCompliance().values().forEach(r -> assertThat(r[0]).isLessThanOrEqualTo(r[1]));
  }

  @Test
  void new_rejectsNulls() {
    assertThatThrownBy(() -> new DemoJob(null, new PrintStream(OutputStream.nullOutputStream())))
        .isInstanceOf(NullPointerException.class).hasMessage("clock");
  }
}
