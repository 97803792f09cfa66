package io.crm4j.scoring.credit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
}
