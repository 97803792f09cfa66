package io.crm4j.core.internal.json;

import java.time.Instant;

/**
 * Writes an instant as {@link Instant#toString()} does (ISO-8601 in UTC, the fraction in groups of
 * three digits, {@code Z} at the end) straight into a char array, for the years 0 to 9999.
 * {@code Instant.toString()} goes through {@code DateTimeFormatter} and a {@code LocalDateTime}
 * per call, which was a third of the time Jackson took to write an outbox row of activity events.
 */
final class InstantText {

  /** Characters the longest text takes: {@code 9999-12-31T23:59:59.999999999Z}. */
  static final int MAX_LENGTH = 30;

  private static final int SECONDS_PER_DAY = 86_400;
  /** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
  private static final long DAYS_0000_03_01_TO_EPOCH = 719_468;
  private static final long DAYS_PER_400_YEARS = 146_097;

  private InstantText() {}

  /**
   * Writes {@code t} to {@code out} from index 0 and returns the number of characters, or -1 when
   * the year lies outside 0 to 9999 (where {@code Instant.toString()} adds a sign or more digits).
   */
  static int write(Instant t, char[] out) {
    long seconds = t.getEpochSecond();
    long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    // civil date from a day count, with years starting on 1 March so that leap days come last
    long shifted = days + DAYS_0000_03_01_TO_EPOCH;
    long era = Math.floorDiv(shifted, DAYS_PER_400_YEARS);
    int dayOfEra = (int) (shifted - era * DAYS_PER_400_YEARS);
    int yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int marchMonth = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * marchMonth + 2) / 5 + 1;
    int month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
    long year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9_999) {
      return -1;
    }
    int i = digits(out, 0, (int) year, 4);
    out[i++] = '-';
    i = digits(out, i, month, 2);
    out[i++] = '-';
    i = digits(out, i, day, 2);
    out[i++] = 'T';
    i = digits(out, i, secondOfDay / 3_600, 2);
    out[i++] = ':';
    i = digits(out, i, secondOfDay / 60 % 60, 2);
    out[i++] = ':';
    i = digits(out, i, secondOfDay % 60, 2);
    int nano = t.getNano();
    if (nano != 0) {
      out[i++] = '.';
      if (nano % 1_000_000 == 0) {
        i = digits(out, i, nano / 1_000_000, 3);
      } else if (nano % 1_000 == 0) {
        i = digits(out, i, nano / 1_000, 6);
      } else {
        i = digits(out, i, nano, 9);
      }
    }
    out[i++] = 'Z';
    return i;
  }

  /** Writes {@code value} as exactly {@code width} decimal digits, zero-padded on the left. */
  private static int digits(char[] out, int at, int value, int width) {
    int v = value;
    for (int k = at + width - 1; k >= at; k--) {
      out[k] = (char) ('0' + v % 10);
      v /= 10;
    }
    return at + width;
  }
}
