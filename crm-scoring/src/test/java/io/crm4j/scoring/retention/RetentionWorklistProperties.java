package io.crm4j.scoring.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Issue 19 acceptance: the worklist order equals a naive full sort. */
class RetentionWorklistProperties {

  @Property(tries = 300)
  void rank_orderEqualsNaiveSort(
      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 10) Integer> churnTenths,
      @ForAll @IntRange(min = 0, max = 250) int top, @ForAll @IntRange(min = 0, max = 1000) int seed) {
    int n = churnTenths.size();
    String[] ids = new String[n];
    double[] p = new double[n];
    double[] v = new double[n];
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    for (int i = 0; i < n; i++) {
      ids[i] = "c" + rnd.nextInt(1_000_000) + "-" + i;
      p[i] = churnTenths.get(i) / 10.0;
      v[i] = rnd.nextInt(5) * 10.0; // few distinct values, so that ties by id matter
    }
    List<Integer> naive = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      naive.add(i);
    }
    naive.sort(Comparator.<Integer>comparingDouble(i -> -(p[i] * v[i])).thenComparing(i -> ids[i]));
    List<Integer> expected = naive.subList(0, Math.min(top, n));
    List<RetentionWorklist.Entry> list = RetentionWorklist.rank(ids, p, v, top);
    assertThat(list).extracting(RetentionWorklist.Entry::index).containsExactlyElementsOf(expected);
  }
}
