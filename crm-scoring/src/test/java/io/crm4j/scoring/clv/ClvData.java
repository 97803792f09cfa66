package io.crm4j.scoring.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the CLV fixtures from {@code src/test/resources/clv} (see the README there). */
final class ClvData {

  private ClvData() {}

  static List<String[]> rows(String name, String separatorRegex, boolean header) {
    try (InputStream in = ClvData.class.getResourceAsStream("/clv/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      List<String[]> rows = new ArrayList<>();
      String line;
      boolean first = true;
      while ((line = reader.readLine()) != null) {
        if (first && header) {
          first = false;
          continue;
        }
        first = false;
        if (!line.isBlank()) {
          rows.add(line.trim().split(separatorRegex));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** cdnow_customers_summary.csv: ID,frequency,recency,T (weeks). */
  static ClvSummary cdnowSummary() {
    List<CustomerSummary> list = new ArrayList<>();
    for (String[] r : rows("cdnow_customers_summary.csv", ",", true)) {
      list.add(CustomerSummary.of(r[0], Integer.parseInt(r[1]), Double.parseDouble(r[2]), Double.parseDouble(r[3])));
    }
    return ClvSummary.of(list);
  }

  /** cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar. */
  static ClvSummary cdnowWithSpend() {
    List<CustomerSummary> list = new ArrayList<>();
    for (String[] r : rows("cdnow_customers_summary_with_transactions.csv", ",", true)) {
      list.add(new CustomerSummary(r[0], Integer.parseInt(r[1]), Double.parseDouble(r[2]), Double.parseDouble(r[3]),
          Double.parseDouble(r[4])));
    }
    return ClvSummary.of(list);
  }
}
