package io.crm4j.scoring.credit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the German credit test sample (see {@code src/test/resources/credit/README.md}). */
final class GermanCredit {

  static final String TARGET = "creditability";
  static final String GOOD = "good";

  private static Sample sample;

  private GermanCredit() {}

  static synchronized Sample sample() {
    if (sample == null) {
      try (InputStream in = GermanCredit.class.getResourceAsStream("/credit/germancredit.csv")) {
        sample = Sample.readCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sample;
  }

  /** The sample with one cell replaced, e.g. a blank {@code credit_amount} in the first row. */
  static Sample withValue(String column, int row, String value) {
    Sample s = sample();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      List<String> r = new ArrayList<>();
      for (String c : s.columns()) {
        r.add(i == row && c.equals(column) ? value : s.value(i, c));
      }
      rows.add(r);
    }
    return Sample.of(s.columns(), rows);
  }
}
