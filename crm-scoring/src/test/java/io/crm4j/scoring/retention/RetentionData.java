package io.crm4j.scoring.retention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the retention fixtures from {@code src/test/resources/retention} (see the README there). */
final class RetentionData {

  private RetentionData() {}

  /** The data rows of a CSV resource, header dropped, split on commas. */
  static List<String[]> rows(String name) {
    try (InputStream in = RetentionData.class.getResourceAsStream("/retention/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      List<String[]> rows = new ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n");
      for (int i = 1; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          rows.add(lines[i].trim().split(","));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Fader &amp; Hardie (2007) cohort in column 1 (high end) or 2 (regular). */
  private static CohortSurvival cohort(int column) {
    List<String[]> rows = rows("fader-hardie-2007-cohorts.csv");
    double[] alive = new double[rows.size()];
    for (int t = 0; t < alive.length; t++) {
      alive[t] = Double.parseDouble(rows.get(t)[column]);
    }
    return CohortSurvival.of(alive);
  }

  static CohortSurvival highEnd() {
    return cohort(1);
  }

  static CohortSurvival regular() {
    return cohort(2);
  }

  /** The cohort as individual durations: churners by period, survivors censored at the last period. */
  static ContractDurations durations(CohortSurvival cohort) {
    int n = (int) cohort.cohortSize();
    int[] d = new int[n];
    boolean[] censored = new boolean[n];
    int i = 0;
    for (int t = 1; t <= cohort.periods(); t++) {
      for (int k = 0; k < cohort.alive(t - 1) - cohort.alive(t); k++) {
        d[i++] = t;
      }
    }
    while (i < n) {
      d[i] = cohort.periods();
      censored[i++] = true;
    }
    return ContractDurations.of(d, censored);
  }
}
