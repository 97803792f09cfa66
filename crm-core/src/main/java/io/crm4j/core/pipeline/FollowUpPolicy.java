package io.crm4j.core.pipeline;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The follow-up rule (每月至少一次跟进): every open lead and open opportunity needs a recorded
 * action at least every {@code intervalDays} days, and an owner with no recorded action on any of
 * their open items for {@code ownerInactivityDays} days is reported as inactive.
 *
 * <p><b>How days are counted.</b> Days are calendar days in {@link #zone()}. An item whose last
 * activity fell on date {@code D} is due by date {@code D + intervalDays} (inclusive); evaluated
 * at an instant whose date is {@code E}, it is overdue when {@code E > D + intervalDays}, by
 * {@code E - (D + intervalDays)} days. With the preset 30 days, an item last worked on 5 January
 * is due by 4 February and is 3 days overdue at any time on 7 February. An owner whose latest
 * activity on an open item fell on date {@code L} has been inactive {@code E - L} days and is
 * reported when that is at least {@code ownerInactivityDays}.
 *
 * <p>Presets ({@link #ofDefaults()}): 30 days, 14 days, UTC. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FollowUpPolicy {

  private final int intervalDays;
  private final int ownerInactivityDays;
  private final ZoneId zone;

  private FollowUpPolicy(Builder b) {
    this.intervalDays = b.intervalDays;
    this.ownerInactivityDays = b.ownerInactivityDays;
    this.zone = b.zone;
  }

  /** 30 days between follow-ups, owners inactive after 14 days, days counted in UTC. */
  public static FollowUpPolicy ofDefaults() {
    return custom().build();
  }

  /** A builder starting from the presets. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from {@code base}'s settings. */
  public static Builder from(FollowUpPolicy base) {
    Objects.requireNonNull(base, "base");
    return custom().intervalDays(base.intervalDays).ownerInactivityDays(base.ownerInactivityDays).zone(base.zone);
  }

  public int intervalDays() {
    return intervalDays;
  }

  public int ownerInactivityDays() {
    return ownerInactivityDays;
  }

  public ZoneId zone() {
    return zone;
  }

  /**
   * Finds the overdue open leads and opportunities and the inactive owners at {@code at}.
   * Closed items (disqualified or converted leads, won or lost opportunities) are ignored. An
   * item whose last activity is after {@code at} (a 00:00 job that starts late and reads a call
   * logged at 00:02) is not overdue at {@code at}, and its owner is not inactive at {@code at}.
   */
  public FollowUpReport evaluate(Collection<Lead> leads, Collection<Opportunity> opportunities, Instant at) {
    Objects.requireNonNull(leads, "leads");
    Objects.requireNonNull(opportunities, "opportunities");
    Objects.requireNonNull(at, "at");
    LocalDate today = at.atZone(zone).toLocalDate();
    List<FollowUpReport.Overdue> overdue = new ArrayList<>();
    Map<OwnerId, Instant> lastByOwner = new TreeMap<>(Comparator.comparing(OwnerId::value));
    for (Lead lead : leads) {
      if (lead.status().isOpen()) {
        check(SubjectKind.LEAD, lead.id().value(), lead.owner(), lead.lastActivityAt(), at, today, overdue);
        lastByOwner.merge(lead.owner(), lead.lastActivityAt(), FollowUpPolicy::later);
      }
    }
    for (Opportunity opportunity : opportunities) {
      if (opportunity.inProgress()) {
        check(SubjectKind.OPPORTUNITY, opportunity.id().value(), opportunity.owner(), opportunity.lastActivityAt(),
            at, today, overdue);
        lastByOwner.merge(opportunity.owner(), opportunity.lastActivityAt(), FollowUpPolicy::later);
      }
    }
    overdue.sort(Comparator.comparingLong(FollowUpReport.Overdue::daysOverdue).reversed()
        .thenComparing(FollowUpReport.Overdue::subjectId));
    List<FollowUpReport.InactiveOwner> inactive = new ArrayList<>();
    lastByOwner.forEach((owner, last) -> {
      long days = ChronoUnit.DAYS.between(last.atZone(zone).toLocalDate(), today);
      if (days >= ownerInactivityDays) {
        inactive.add(new FollowUpReport.InactiveOwner(owner, last, days));
      }
    });
    return new FollowUpReport(at, overdue, inactive);
  }

  private void check(SubjectKind kind, String id, OwnerId owner, Instant last, Instant at, LocalDate today,
      List<FollowUpReport.Overdue> out) {
    if (last.isAfter(at)) {
      return;
    }
    LocalDate due = last.atZone(zone).toLocalDate().plusDays(intervalDays);
    long days = ChronoUnit.DAYS.between(due, today);
    if (days > 0) {
      out.add(new FollowUpReport.Overdue(kind, id, owner, last, due, days));
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FollowUpPolicy p && intervalDays == p.intervalDays
        && ownerInactivityDays == p.ownerInactivityDays && zone.equals(p.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(intervalDays, ownerInactivityDays, zone);
  }

  @Override
  public String toString() {
    return "FollowUpPolicy[intervalDays=" + intervalDays + ", ownerInactivityDays=" + ownerInactivityDays
        + ", zone=" + zone + "]";
  }

  /** Sets the policy's values; each setter checks its input at once. Not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private int intervalDays = 30;
    private int ownerInactivityDays = 14;
    private ZoneId zone = ZoneOffset.UTC;

    private Builder() {}

    /** Days allowed between follow-up actions on an item, at least 1 (preset 30). */
    public Builder intervalDays(int days) {
      this.intervalDays = Checks.positive(days, "intervalDays");
      return this;
    }

    /** Days without any action after which an owner is reported, at least 1 (preset 14). */
    public Builder ownerInactivityDays(int days) {
      this.ownerInactivityDays = Checks.positive(days, "ownerInactivityDays");
      return this;
    }

    /** The zone whose calendar days are counted (preset UTC). */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    public FollowUpPolicy build() {
      return new FollowUpPolicy(this);
    }
  }
}
