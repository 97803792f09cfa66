package io.crm4j.examples.demo;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Reads the CDNOW sample transaction log shipped with the examples as purchases. */
public final class CdnowSample {

  private static final String RESOURCE = "/io/crm4j/examples/data/CDNOW_sample.txt";
  private static final Currency USD = Currency.getInstance("USD");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private CdnowSample() {}

  /**
   * The sample's transactions as purchases at noon UTC of their day, in file order. Ids are
   * stable ({@code cdnow-<line>}), so loading twice finds the same purchases.
   */
  public static List<Purchase> purchases() {
    List<Purchase> out = new ArrayList<>(7_000);
    try (InputStream in = CdnowSample.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String[] f = line.trim().split("\\s+");
        if (f.length != 5) {
          throw new IllegalStateException(RESOURCE + " line " + number + " must have 5 fields, but had " + f.length);
        }
        LocalDate day = LocalDate.parse(f[2], DAY);
        out.add(new Purchase(ActivityId.of("cdnow-" + number), CustomerId.of("cdnow-" + f[1]),
            day.atTime(12, 0).toInstant(ZoneOffset.UTC), Money.of(new BigDecimal(f[4]), USD), null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
