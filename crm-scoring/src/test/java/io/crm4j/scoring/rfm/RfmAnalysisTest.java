package io.crm4j.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmAnalysisTest {

  static final Instant AS_OF = Instant.parse("2024-01-31T00:00:00Z");
  static final Currency USD = Currency.getInstance("USD");

  /**
   * Five customers, worked out by hand. With n = 5 and 5 bins a score is {@code 1 + w}, w = number
   * of customers strictly worse.
   * <pre>
   * id  purchases (date, USD)                         recency freq total   R  F  M  cell  fm  segment
   * A   01-30 10, 01-20 20, 01-10 30                     1     3    60    5  4  3  543   4  Champions
   * B   01-25 100                                        6     1   100    3  1  4  314   3  Need attention
   * C   2024-01-01 5, 2023-12-01 5                      30     2    10    2  3  2  232   3  At risk
   * D   2023-11-01..04, 40 each                          88     4   160    1  5  5  155   5  Can't lose them
   * E   01-29 1                                          2     1     1    4  1  1  411   1  Promising
   * </pre>
   * B and E tie on frequency 1: both have no customer with fewer purchases, so both score F = 1.
   */
  static List<Purchase> fiveCustomers() {
    List<Purchase> p = new ArrayList<>();
    p.add(buy("A", "2024-01-30", "10.00"));
    p.add(buy("B", "2024-01-25", "100.00"));
    p.add(buy("A", "2024-01-20", "20.00"));
    p.add(buy("C", "2024-01-01", "5.00"));
    p.add(buy("A", "2024-01-10", "30.00"));
    p.add(buy("C", "2023-12-01", "5.00"));
    for (int day = 1; day <= 4; day++) {
      p.add(buy("D", "2023-11-0" + day, "40.00"));
    }
    p.add(buy("E", "2024-01-29", "1.00"));
    return p;
  }

  static Purchase buy(String customer, String date, String amount) {
    return Purchase.of(CustomerId.of(customer), Instant.parse(date + "T00:00:00Z"), Money.of(amount, "USD"));
  }

  @Test
  void score_fiveCustomersByHand() {
    RfmTable table = RfmAnalysis.ofDefaults().score(fiveCustomers(), AS_OF);
    assertThat(table.customers()).extracting(CustomerId::value).containsExactly("A", "B", "C", "D", "E");
    assertThat(table.rows()).extracting(RfmRow::recencyDays).containsExactly(1L, 6L, 30L, 88L, 2L);
    assertThat(table.rows()).extracting(RfmRow::frequency).containsExactly(3, 1, 2, 4, 1);
    assertThat(table.rows()).extracting(r -> r.score().cell()).containsExactly(543, 314, 232, 155, 411);
    assertThat(table.rows()).extracting(RfmRow::segment).containsExactly(
        RfmSegmentMap.CHAMPIONS, RfmSegmentMap.NEED_ATTENTION, RfmSegmentMap.AT_RISK,
        RfmSegmentMap.CANT_LOSE_THEM, RfmSegmentMap.PROMISING);
    assertThat(table.monetary(3)).isEqualTo(Money.of("160.00", "USD"));
  }

  @Test
  void score_averageMonetary() {
    // mean spend: A 20, B 100, C 5, D 40, E 1 -> M: A 3, B 5, C 2, D 4, E 1 (by hand)
    RfmAnalysis rfm = RfmAnalysis.of(RfmConfig.custom().monetaryMeasure(MonetaryMeasure.AVERAGE).build());
    RfmTable table = rfm.score(fiveCustomers(), AS_OF);
    assertThat(table.rows()).extracting(r -> r.score().m()).containsExactly(3, 5, 2, 4, 1);
    assertThat(table.monetary(0)).isEqualTo(Money.of("20.00", "USD"));
    assertThat(table.monetaryValues()).containsExactly(20.0, 100.0, 5.0, 40.0, 1.0);
  }

  @Test
  void score_columnarInputGivesTheSameTable() {
    List<Purchase> purchases = fiveCustomers();
    List<CustomerId> ids = List.of(CustomerId.of("A"), CustomerId.of("B"), CustomerId.of("C"),
        CustomerId.of("D"), CustomerId.of("E"));
    int[] index = new int[purchases.size()];
    long[] at = new long[purchases.size()];
    long[] cents = new long[purchases.size()];
    for (int k = 0; k < purchases.size(); k++) {
      index[k] = ids.indexOf(purchases.get(k).customerId());
      at[k] = purchases.get(k).at().getEpochSecond();
      cents[k] = purchases.get(k).amount().minorUnits();
    }
    RfmTable columnar = RfmAnalysis.ofDefaults().score(ids, index, at, cents, USD, AS_OF);
    assertThat(columnar.rows()).isEqualTo(RfmAnalysis.ofDefaults().score(purchases, AS_OF).rows());
    assertThat(columnar.currency()).isEqualTo(USD);
  }

  @Test
  void score_threeBins() {
    // 1 + floor(3 * w / 5): w = 0,1 -> 1; w = 2,3 -> 2; w = 4 -> 3. Recency w: A 4, E 3, B 2, C 1, D 0
    RfmSegmentMap oneSegment = RfmSegmentMap.of(List.of(new RfmSegmentRule("All", 1, 3, 1, 3)));
    RfmAnalysis rfm = RfmAnalysis.of(RfmConfig.custom().bins(3).segmentMap(oneSegment).build());
    RfmTable table = rfm.score(fiveCustomers(), AS_OF);
    assertThat(table.rows()).extracting(r -> r.score().r()).containsExactly(3, 2, 1, 1, 2);
    assertThat(table.segmentCounts()).containsExactly(java.util.Map.entry("All", 5));
  }

  @Test
  void score_rejectsBadPurchases() {
    RfmAnalysis rfm = RfmAnalysis.ofDefaults();
    assertThatThrownBy(() -> rfm.score(List.of(), AS_OF)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purchases must not be empty, but had none");
    assertThatThrownBy(() -> rfm.score(List.of(buy("A", "2024-02-01", "1.00")), AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purchase time must not be after asOf 2024-01-31T00:00:00Z, but was 2024-02-01T00:00:00Z for customer A");
    List<Purchase> mixed = List.of(buy("A", "2024-01-01", "1.00"),
        Purchase.of(CustomerId.of("B"), Instant.parse("2024-01-02T00:00:00Z"), Money.of("1.00", "EUR")));
    assertThatThrownBy(() -> rfm.score(mixed, AS_OF)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> RfmAnalysis.of(null)).isInstanceOf(NullPointerException.class);
    List<Purchase> ancient = List.of(Purchase.of(CustomerId.of("A"), Instant.MIN, Money.of("1.00", "USD")));
    assertThatThrownBy(() -> rfm.score(ancient, AS_OF)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("recency must be at most 2147483647 days");
  }

  @Test
  void score_recencyCountsWholeDays() {
    // bought at 12:00, scored at 00:00 the next day: 12 hours is 0 whole days; 36 hours is 1
    List<Purchase> p = List.of(
        Purchase.of(CustomerId.of("A"), Instant.parse("2024-01-30T12:00:00Z"), Money.of("1.00", "USD")),
        Purchase.of(CustomerId.of("B"), Instant.parse("2024-01-29T12:00:00Z"), Money.of("1.00", "USD")));
    assertThat(RfmAnalysis.ofDefaults().score(p, AS_OF).rows()).extracting(RfmRow::recencyDays).containsExactly(0L, 1L);
  }

  @Test
  void score_rejectsBadColumns() {
    RfmAnalysis rfm = RfmAnalysis.ofDefaults();
    List<CustomerId> ids = List.of(CustomerId.of("A"), CustomerId.of("B"));
    long t = AS_OF.getEpochSecond() - 10;
    assertThatThrownBy(() -> rfm.score(ids, new int[0], new long[0], new long[0], USD, AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("customerIndex must not be empty, but had length 0");
    assertThatThrownBy(() -> rfm.score(ids, new int[] {0}, new long[] {t, t}, new long[] {1}, USD, AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("epochSecond and amountMinor must have the length");
    assertThatThrownBy(() -> rfm.score(ids, new int[] {2}, new long[] {t}, new long[] {1}, USD, AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("customerIndex[0] must be in [0, 2), but was 2");
    assertThatThrownBy(() -> rfm.score(ids, new int[] {0}, new long[] {t + 20}, new long[] {1}, USD, AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("epochSecond[0] must not be after asOf");
    assertThatThrownBy(() -> rfm.score(ids, new int[] {0}, new long[] {t}, new long[] {-1}, USD, AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amountMinor[0] must be >= 0, but was -1");
    assertThatThrownBy(() -> rfm.score(ids, new int[] {0}, new long[] {t}, new long[] {1}, USD, AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("customers must each have a purchase, but B (index 1) had none");
  }

  @Test
  void config_returnsGivenConfig() {
    assertThat(RfmAnalysis.ofDefaults().config()).isSameAs(RfmConfig.ofDefaults());
  }
}
