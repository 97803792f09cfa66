package io.crm4j.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.customer.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class RfmAnalysisProperties {

  private static final Instant AS_OF = Instant.parse("2025-01-01T00:00:00Z");

  private static RfmTable score(List<Integer> customerOf, List<Long> ageSeconds, List<Long> cents, int bins) {
    int n = 1 + customerOf.stream().mapToInt(Integer::intValue).max().orElse(0);
    List<CustomerId> ids = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      ids.add(CustomerId.of("c" + c));
    }
    int k = customerOf.size();
    int[] index = new int[k + n];
    long[] at = new long[k + n];
    long[] amount = new long[k + n];
    for (int i = 0; i < k; i++) {
      index[i] = customerOf.get(i);
      at[i] = AS_OF.getEpochSecond() - ageSeconds.get(i % ageSeconds.size());
      amount[i] = cents.get(i % cents.size());
    }
    for (int c = 0; c < n; c++) { // every customer buys at least once
      index[k + c] = c;
      at[k + c] = AS_OF.getEpochSecond() - 400L * 86_400;
      amount[k + c] = 100;
    }
    RfmConfig config = bins == 5 ? RfmConfig.ofDefaults()
        : RfmConfig.custom().bins(bins).segmentMap(RfmSegmentMap.of(List.of(new RfmSegmentRule("All", 1, 9, 1, 9)))).build();
    return RfmAnalysis.of(config).score(ids, index, at, amount, Currency.getInstance("EUR"), AS_OF);
  }

  @Property
  void scoresStayInRangeAndAreMonotone(@ForAll @Size(min = 1, max = 80) List<@IntRange(max = 25) Integer> customerOf,
      @ForAll @Size(min = 1, max = 10) List<@LongRange(max = 300L * 86_400) Long> ageSeconds,
      @ForAll @Size(min = 1, max = 10) List<@LongRange(max = 1_000_000) Long> cents,
      @ForAll @IntRange(min = 2, max = 9) int bins) {
    RfmTable t = score(customerOf, ageSeconds, cents, bins);
    for (int i = 0; i < t.size(); i++) {
      RfmRow a = t.row(i);
      assertThat(a.score().r()).isBetween(1, bins);
      assertThat(a.score().f()).isBetween(1, bins);
      assertThat(a.score().m()).isBetween(1, bins);
      for (int j = 0; j < t.size(); j++) {
        RfmRow b = t.row(j);
        if (a.recencyDays() < b.recencyDays()) {
          assertThat(a.score().r()).isGreaterThanOrEqualTo(b.score().r());
        }
        if (a.frequency() > b.frequency()) {
          assertThat(a.score().f()).isGreaterThanOrEqualTo(b.score().f());
        }
        if (a.monetary().isGreaterThan(b.monetary())) {
          assertThat(a.score().m()).isGreaterThanOrEqualTo(b.score().m());
        }
        if (a.monetary().equals(b.monetary())) {
          assertThat(a.score().m()).isEqualTo(b.score().m());
        }
      }
    }
  }

  @Property
  void distinctValuesFillBinsEvenly(@ForAll @IntRange(min = 1, max = 12) int perBin, @ForAll @IntRange(min = 2, max = 9) int bins) {
    // n = perBin * bins customers, customer c spends c + 1 cents once: each M bin holds perBin
    int n = perBin * bins;
    List<Integer> customerOf = new ArrayList<>();
    List<Long> cents = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      customerOf.add(c);
      cents.add((long) (c + 1) * 1000);
    }
    RfmTable t = score(customerOf, List.of(0L), cents, bins);
    int[] perM = new int[bins + 1];
    for (int i = 0; i < t.size(); i++) {
      perM[t.score(i).m()]++;
    }
    for (int m = 1; m <= bins; m++) {
      assertThat(perM[m]).isEqualTo(perBin);
    }
  }
}
