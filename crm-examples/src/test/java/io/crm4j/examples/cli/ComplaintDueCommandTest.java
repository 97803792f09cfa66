package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.TimeWindow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplaintDueCommandTest {

  /** Runs the CLI capturing stdout and stderr; returns {exitCode, out, err}. */
  static Object[] run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Crm4jCli.run(args);
      return new Object[] {code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void call_fridayEveningPlusEightHoursIsMondayAfternoon() {
    Object[] r = run("complaint-due", "--zone", "Asia/Shanghai", "--hours", "9-18", "--start", "2026-11-20T17:30",
        "--target", "PT8H");
    assertThat(r[0]).isEqualTo(0);
    assertThat((String) r[1]).contains("\"dueLocal\":\"2026-11-23T16:30\"").contains("\"due\":\"2026-11-23T08:30:00Z\"");
  }

  @Test
  void call_holidayAndCalendarFile(@TempDir Path dir) throws Exception {
    Object[] r = run("complaint-due", "--zone", "Asia/Shanghai", "--holiday", "2026-11-23", "--start",
        "2026-11-20T09:30:00Z", "--target", "PT8H");
    assertThat((String) r[1]).contains("\"dueLocal\":\"2026-11-24T16:30\"");
    Path file = dir.resolve("cal.json");
    Files.writeString(file, Crm4jJson.write(BusinessCalendar.weekdays(ZoneId.of("Europe/Berlin"), TimeWindow.hours(8, 16))));
    r = run("complaint-due", "--calendar", file.toString(), "--start", "2026-11-23T15:00", "--target", "PT2H");
    assertThat((String) r[1]).contains("\"dueLocal\":\"2026-11-24T09:00\"").contains("\"zone\":\"Europe/Berlin\"");
    r = run("complaint-due", "--hours", "24x7", "--start", "2026-11-20T17:30:00Z", "--target", "PT8H");
    assertThat((String) r[1]).contains("\"due\":\"2026-11-21T01:30:00Z\"");
  }

  @Test
  void call_badInputGoesToStderrWithNonZeroExit() {
    Object[] r = run("complaint-due", "--hours", "nine-six", "--start", "2026-11-20T17:30", "--target", "PT8H");
    assertThat((int) r[0]).isNotZero();
    assertThat((String) r[2]).contains("--hours must be START-END in whole hours or 24x7, but was 'nine-six'");
    assertThat((String) r[1]).isEmpty();
    r = run("complaint-due", "--start", "yesterday", "--target", "PT8H");
    assertThat((int) r[0]).isNotZero();
    assertThat((String) r[2]).contains("--start must be an instant or a local date-time");
    r = run("complaint-due", "--start", "2026-11-20T17:30", "--target", "-PT1H");
    assertThat((String) r[2]).contains("--target must be >= 0, but was -PT1H");
    r = run("complaint-due", "--zone", "Mars/Olympus", "--start", "2026-11-20T17:30", "--target", "PT1H");
    assertThat((String) r[2]).contains("--zone must be a time-zone id");
  }

  @Test
  void call_targetLongerThanTenYearsOfWorkingDays() {
    // 100,000 h at 9 h a weekday: half an hour on Friday, then 11,111 weekdays; counted day by day
    // in Python (datetime), the due time is Wednesday 2069-06-25 09:30 UTC
    Object[] r = run("complaint-due", "--start", "2026-11-20T17:30:00Z", "--target", "PT100000H");
    assertThat(r[2]).isEqualTo("");
    assertThat(r[0]).isEqualTo(0);
    assertThat((String) r[1]).contains("\"due\":\"2069-06-25T09:30:00Z\"");
  }

  @Test
  void call_targetPastTheLastInstantIsOneLine() {
    Object[] r = run("complaint-due", "--hours", "24x7", "--start", "2026-11-20T17:30:00Z", "--target",
        "PT2562047788015215H");
    assertThat(r[0]).isEqualTo(2);
    assertThat(r[1]).isEqualTo("");
    assertThat(r[2]).isEqualTo("error: --target must leave a due time no later than +1000000000-12-31T23:59:59.999999999Z,"
        + " but was PT2562047788015215H after 2026-11-20T17:30:00Z (see 'crm4j complaint-due --help')"
        + System.lineSeparator());
  }

  @Test
  void help_isAvailable() {
    Object[] r = run("complaint-due", "--help");
    assertThat(r[0]).isEqualTo(0);
    assertThat((String) r[1]).contains("--target");
  }
}
