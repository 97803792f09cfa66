package io.crm4j.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance test on the CDNOW sample (2,357 customers, 6,919 purchases, 1997-01-01 to
 * 1998-06-30; provenance in {@code src/test/resources/io/crm4j/scoring/rfm/README.md}), scored as
 * of 1998-07-01. The expected cell counts come from an independent, deliberately naive
 * computation: per-customer aggregates in maps with LocalDate and BigDecimal, and each score from
 * an O(n²) count of the customers that are strictly worse.
 */
class RfmCdnowTest {

  private static final LocalDate AS_OF = LocalDate.of(1998, 7, 1);

  private static List<String[]> lines;

  @BeforeAll
  static void read() throws IOException {
    lines = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(RfmCdnowTest.class.getResourceAsStream("CDNOW_sample.txt"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          lines.add(line.trim().split("\\s+"));
        }
      }
    }
  }

  @Test
  void score_cdnowCellCountsMatchNaiveComputation() {
    DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
    List<Purchase> purchases = new ArrayList<>();
    Map<String, LocalDate> last = new LinkedHashMap<>();
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, BigDecimal> total = new LinkedHashMap<>();
    for (String[] f : lines) {
      String id = f[1];
      LocalDate date = LocalDate.parse(f[2], yyyymmdd);
      BigDecimal spent = new BigDecimal(f[4]);
      purchases.add(Purchase.of(CustomerId.of(id), date.atStartOfDay(ZoneOffset.UTC).toInstant(),
          Money.of(spent, java.util.Currency.getInstance("USD"))));
      last.merge(id, date, (a, b) -> a.isAfter(b) ? a : b);
      count.merge(id, 1, Integer::sum);
      total.merge(id, spent, BigDecimal::add);
    }
    RfmTable table = RfmAnalysis.ofDefaults().score(purchases, AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant());

    // figures of the data set itself (datasets README): 6,919 transactions, 2,357 customers
    assertThat(purchases).hasSize(6919);
    assertThat(table.size()).isEqualTo(2357);

    List<String> ids = new ArrayList<>(last.keySet());
    int n = ids.size();
    Map<Integer, Integer> expected = new TreeMap<>();
    for (String a : ids) {
      long recencyA = ChronoUnit.DAYS.between(last.get(a), AS_OF);
      int lessRecent = 0;
      int fewer = 0;
      int less = 0;
      for (String b : ids) {
        if (ChronoUnit.DAYS.between(last.get(b), AS_OF) > recencyA) {
          lessRecent++;
        }
        if (count.get(b) < count.get(a)) {
          fewer++;
        }
        if (total.get(b).compareTo(total.get(a)) < 0) {
          less++;
        }
      }
      int r = 1 + 5 * lessRecent / n;
      int f = 1 + 5 * fewer / n;
      int m = 1 + 5 * less / n;
      expected.merge(100 * r + 10 * f + m, 1, Integer::sum);
    }
    assertThat(table.cellCounts()).isEqualTo(expected);
    assertThat(table.segmentCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2357);
    assertThat(table.rows().stream().mapToInt(RfmRow::frequency).sum()).isEqualTo(6919);
  }
}
