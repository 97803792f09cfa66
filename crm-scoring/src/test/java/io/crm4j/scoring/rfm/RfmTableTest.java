package io.crm4j.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.money.Money;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RfmTableTest {

  private static final RfmTable TABLE = RfmAnalysis.ofDefaults().score(RfmAnalysisTest.fiveCustomers(),
      RfmAnalysisTest.AS_OF);

  @Test
  void cellCounts_countsEachCellOnceSorted() {
    // cells from RfmAnalysisTest's hand table: 543, 314, 232, 155, 411
    assertThat(TABLE.cellCounts()).containsExactly(Map.entry(155, 1), Map.entry(232, 1), Map.entry(314, 1),
        Map.entry(411, 1), Map.entry(543, 1));
  }

  @Test
  void segmentCounts_listsEverySegmentInMapOrder() {
    Map<String, Integer> counts = TABLE.segmentCounts();
    assertThat(counts.keySet()).containsExactlyElementsOf(RfmSegmentMap.ofDefaults().segments());
    assertThat(counts.get(RfmSegmentMap.CHAMPIONS)).isEqualTo(1);
    assertThat(counts.get(RfmSegmentMap.LOST)).isZero();
  }

  @Test
  void row_accessors() {
    assertThat(TABLE.size()).isEqualTo(5);
    assertThat(TABLE.score(0)).isEqualTo(new RfmScore(5, 4, 3));
    assertThat(TABLE.segment(4)).isEqualTo(RfmSegmentMap.PROMISING);
    assertThat(TABLE.monetary(1)).isEqualTo(Money.of("100.00", "USD"));
    assertThat(TABLE.monetaryValues()).containsExactly(60.0, 100.0, 10.0, 160.0, 1.0);
    assertThat(TABLE.toString()).isEqualTo("RfmTable[customers=5, currency=USD, measure=TOTAL]");
  }

  @Test
  void row_rejectsBadIndex() {
    assertThatThrownBy(() -> TABLE.row(5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> TABLE.score(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
