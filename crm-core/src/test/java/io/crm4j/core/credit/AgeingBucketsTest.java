package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AgeingBucketsTest {

  @Test
  void buckets_defaults_areCurrentAnd30DayBandsAnd90Plus() {
    assertThat(AgeingBuckets.ofDefaults().buckets()).containsExactly(
        new AgeingBuckets.Bucket("current", null, 0), new AgeingBuckets.Bucket("1-30", 1, 30),
        new AgeingBuckets.Bucket("31-60", 31, 60), new AgeingBuckets.Bucket("61-90", 61, 90),
        new AgeingBuckets.Bucket("90+", 91, null));
  }

  @Test
  void indexOf_defaults_atEveryBoundary() {
    AgeingBuckets b = AgeingBuckets.ofDefaults();
    List<String> labels = b.buckets().stream().map(AgeingBuckets.Bucket::label).toList();
    // "90+" reads "past 90 days": 90 is still 61-90, 91 is the first day of 90+
    long[] days = {-5, 0, 1, 30, 31, 60, 61, 90, 91, 10_000};
    String[] expected = {"current", "current", "1-30", "1-30", "31-60", "31-60", "61-90", "61-90", "90+", "90+"};
    for (int i = 0; i < days.length; i++) {
      assertThat(labels.get(b.indexOf(days[i]))).as(days[i] + " days").isEqualTo(expected[i]);
    }
  }

  @Test
  void buckets_noBoundaries_areCurrentAndOverdue() {
    AgeingBuckets b = new AgeingBuckets(List.of());
    assertThat(b.buckets()).extracting(AgeingBuckets.Bucket::label).containsExactly("current", "overdue");
    assertThat(b.indexOf(1)).isEqualTo(1);
  }

  @Test
  void new_invalidBoundaries_throw() {
    assertThatThrownBy(() -> new AgeingBuckets(List.of(30, 30))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("boundaries must be ascending, distinct and >= 1, but were [30, 30]");
    assertThatThrownBy(() -> new AgeingBuckets(List.of(0))).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void indexOf_anyDays_isTheOnlyBucketContainingThem(@ForAll long days) {
    AgeingBuckets b = AgeingBuckets.ofDefaults();
    List<AgeingBuckets.Bucket> buckets = b.buckets();
    int index = b.indexOf(days);
    for (int i = 0; i < buckets.size(); i++) {
      assertThat(buckets.get(i).contains(days)).isEqualTo(i == index);
    }
  }
}
