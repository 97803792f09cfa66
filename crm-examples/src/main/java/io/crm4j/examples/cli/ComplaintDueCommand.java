package io.crm4j.examples.cli;

import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.BusinessCalendarBuilder;
import io.crm4j.core.time.TimeWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crm4j complaint-due}: the due time of a target on a business calendar. */
@Command(name = "complaint-due", mixinStandardHelpOptions = true,
    description = "Print the due time of an SLA target measured in business time, as JSON.")
final class ComplaintDueCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--calendar", description = "Calendar JSON file (as written by Crm4jJson); overrides --zone/--hours/--holiday.")
  Path calendarFile;

  @Option(names = "--zone", defaultValue = "UTC", description = "Time zone of the calendar (default: ${DEFAULT-VALUE}).")
  String zone;

  @Option(names = "--hours", defaultValue = "9-18",
      description = "Monday-Friday working hours as START-END in whole hours, or 24x7 (default: ${DEFAULT-VALUE}).")
  String hours;

  @Option(names = "--holiday", description = "A holiday (yyyy-MM-dd); repeatable.")
  List<String> holidays = new ArrayList<>();

  @Option(names = "--start", required = true,
      description = "Start: an instant (2026-11-20T09:30:00Z) or a local date-time in the zone (2026-11-20T17:30).")
  String start;

  @Option(names = "--target", required = true, description = "Target as an ISO-8601 duration, e.g. PT8H.")
  String target;

  @Override
  public Integer call() {
    BusinessCalendar calendar = calendar();
    Instant from = parseStart(calendar.zone());
    Duration amount = parseTarget();
    Instant due;
    try {
      due = calendar.addBusinessTime(from, amount);
    } catch (IllegalArgumentException e) {
      // the library names its parameter "amount"; here it is the --target option
      String message = String.valueOf(e.getMessage());
      throw bad(message.startsWith("amount ") ? "--target" + message.substring("amount".length()) : message);
    }
    Map<String, String> out = new LinkedHashMap<>();
    out.put("start", from.toString());
    out.put("target", amount.toString());
    out.put("due", due.toString());
    out.put("dueLocal", LocalDateTime.ofInstant(due, calendar.zone()).toString());
    out.put("zone", calendar.zone().getId());
    spec.commandLine().getOut().println(Crm4jJson.write(out));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private BusinessCalendar calendar() {
    if (calendarFile != null) {
      String json = CliFiles.readString(calendarFile);
      try {
        return Crm4jJson.read(json, BusinessCalendar.class);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--calendar " + calendarFile + ": " + e.getMessage(), e);
      }
    }
    ZoneId z;
    try {
      z = ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      throw bad("--zone must be a time-zone id such as Asia/Shanghai, but was '" + zone + "'");
    }
    if (hours.equalsIgnoreCase("24x7")) {
      return BusinessCalendar.twentyFourSeven(z);
    }
    String[] parts = hours.split("-");
    int open;
    int close;
    try {
      if (parts.length != 2) {
        throw new NumberFormatException();
      }
      open = Integer.parseInt(parts[0].trim());
      close = Integer.parseInt(parts[1].trim());
    } catch (NumberFormatException e) {
      throw bad("--hours must be START-END in whole hours or 24x7, but was '" + hours + "'");
    }
    BusinessCalendarBuilder b = BusinessCalendar.custom(z).weekdays(TimeWindow.hours(open, close));
    for (String h : holidays) {
      try {
        b.holiday(LocalDate.parse(h));
      } catch (DateTimeParseException e) {
        throw bad("--holiday must be a date yyyy-MM-dd, but was '" + h + "'");
      }
    }
    return b.build();
  }

  private Instant parseStart(ZoneId z) {
    try {
      return start.endsWith("Z") ? Instant.parse(start) : LocalDateTime.parse(start).atZone(z).toInstant();
    } catch (DateTimeParseException e) {
      throw bad("--start must be an instant or a local date-time, but was '" + start + "'");
    }
  }

  private Duration parseTarget() {
    try {
      Duration d = Duration.parse(target);
      if (d.isNegative()) {
        throw bad("--target must be >= 0, but was " + target);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw bad("--target must be an ISO-8601 duration such as PT8H, but was '" + target + "'");
    }
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
