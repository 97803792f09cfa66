package io.crm4j.examples.bench;

import io.crm4j.core.complaint.Complaint;
import io.crm4j.core.complaint.ComplaintChannel;
import io.crm4j.core.complaint.ComplaintId;
import io.crm4j.core.complaint.ComplaintStatus;
import io.crm4j.core.complaint.Priority;
import io.crm4j.core.complaint.SlaClock;
import io.crm4j.core.complaint.SlaMetric;
import io.crm4j.core.complaint.SlaPolicy;
import io.crm4j.core.complaint.SlaStatus;
import io.crm4j.core.complaint.StatusGraph;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.time.BusinessCalendar;
import io.crm4j.core.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Due-time computation on a business calendar (issue 6 target: at least one million per second).
 * The calendar is Monday to Friday 09:00-18:00 in Asia/Shanghai with the 2026 public holidays;
 * starts are 1024 random instants in 2026 (seed 6), targets 1 to 40 business hours.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BusinessCalendarBench {

  private static final int N = 1024;

  private BusinessCalendar calendar;
  private final Instant[] starts = new Instant[N];
  private final Duration[] targets = new Duration[N];
  private final Instant[] ends = new Instant[N];
  private SlaPolicy policy;
  private Complaint complaint;
  private Instant evaluationAt;
  private int i;

  @Setup
  public void setUp() {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    // China's 2026 public holidays (New Year, Spring Festival, Qingming, Labour Day, Dragon Boat,
    // Mid-Autumn, National Day), as a representative holiday load.
    var b = BusinessCalendar.custom(zone).weekdays(TimeWindow.hours(9, 18));
    for (String d : new String[] {"2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18",
        "2026-02-19", "2026-02-20", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19",
        "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"}) {
      b.holiday(LocalDate.parse(d));
    }
    calendar = b.build();
    SplittableRandom random = new SplittableRandom(6);
    long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2026-12-01T00:00:00Z").getEpochSecond();
    for (int k = 0; k < N; k++) {
      starts[k] = Instant.ofEpochSecond(random.nextLong(from, to));
      targets[k] = Duration.ofMinutes(random.nextLong(60, 40 * 60 + 1));
      ends[k] = starts[k].plus(Duration.ofHours(random.nextLong(1, 24 * 7)));
    }
    policy = SlaPolicy.ofDefaults(calendar);
    StatusGraph graph = StatusGraph.ofDefaults();
    Instant t0 = Instant.parse("2026-11-20T08:30:00Z");
    Complaint c = Complaint.receive(ComplaintId.of("BENCH-1"), CustomerId.of("C-1"), ComplaintChannel.PHONE,
        "refund", "", Priority.P3, "agent", t0).value();
    c = c.moveTo(ComplaintStatus.ACKNOWLEDGED, graph, "a", t0.plusSeconds(600), "").orElseThrow();
    c = c.moveTo(ComplaintStatus.WAITING_ON_CUSTOMER, graph, "a", t0.plusSeconds(3600), "").orElseThrow();
    c = c.moveTo(ComplaintStatus.ASSESSED, graph, "a", t0.plusSeconds(3 * 86_400), "").orElseThrow();
    complaint = c;
    evaluationAt = t0.plusSeconds(4 * 86_400);
  }

  /** One due time: start plus 8 business hours. */
  @Benchmark
  public Instant dueTimeEightHours() {
    return calendar.addBusinessTime(starts[i++ & (N - 1)], Duration.ofHours(8));
  }

  /** One due time with a target between 1 and 40 business hours (up to about five working days). */
  @Benchmark
  public Instant dueTimeVariedTarget() {
    int k = i++ & (N - 1);
    return calendar.addBusinessTime(starts[k], targets[k]);
  }

  /** Business time between two instants up to a week apart. */
  @Benchmark
  public Duration businessTimeBetween() {
    int k = i++ & (N - 1);
    return calendar.businessTimeBetween(starts[k], ends[k]);
  }

  /** A full SLA evaluation: derive the resolution clock from a complaint's steps, then due and state. */
  @Benchmark
  public SlaStatus slaEvaluation() {
    return SlaClock.evaluate(complaint, SlaMetric.RESOLUTION, policy, evaluationAt);
  }
}
