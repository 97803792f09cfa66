package io.crm4j.core.pipeline;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Percentage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The settings of the contract flow: the cooling-off period (犹豫期) and what a cancellation
 * refunds.
 *
 * <p><b>How days are counted.</b> Days are calendar days in {@link #zone()}, counted from the
 * date the policy was issued (delivered to the policyholder): that date is day 0, the next
 * calendar day is day 1, and so on, whatever the time of day. A cancellation on day 0 to day
 * {@code coolingOffDays} inclusive falls inside the cooling-off period and refunds the premium
 * in full; from day {@code coolingOffDays + 1} on, it refunds
 * {@code premium × refundShareAfterCoolingOff} (the cash value or surrender terms are product
 * specific, so the share is the caller's to set). With the preset 10 days, a policy issued on
 * 2 March is refunded in full when cancelled at any time up to and including 12 March (day 10),
 * and not from 13 March (day 11). The confirmation call that ends the flow is accepted from day
 * {@code coolingOffDays + 1}.
 *
 * <p>Presets ({@link #ofDefaults()}): 10 days, UTC, 0 % after the period. Immutable and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ContractPolicy {

  private final int coolingOffDays;
  private final ZoneId zone;
  private final Percentage refundShareAfterCoolingOff;

  private ContractPolicy(Builder b) {
    this.coolingOffDays = b.coolingOffDays;
    this.zone = b.zone;
    this.refundShareAfterCoolingOff = b.refundShareAfterCoolingOff;
  }

  /** 10 days of cooling-off counted in UTC, nothing refunded after them. */
  public static ContractPolicy ofDefaults() {
    return custom().build();
  }

  /** A builder starting from the presets. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from {@code base}'s settings. */
  public static Builder from(ContractPolicy base) {
    Objects.requireNonNull(base, "base");
    return custom().coolingOffDays(base.coolingOffDays).zone(base.zone)
        .refundShareAfterCoolingOff(base.refundShareAfterCoolingOff);
  }

  public int coolingOffDays() {
    return coolingOffDays;
  }

  public ZoneId zone() {
    return zone;
  }

  public Percentage refundShareAfterCoolingOff() {
    return refundShareAfterCoolingOff;
  }

  /**
   * The day of the cooling-off count on which {@code at} falls for a policy issued at
   * {@code issuedAt}: 0 on the issue date, 1 on the next calendar day (in {@link #zone()}).
   *
   * @throws IllegalArgumentException if {@code at} is before {@code issuedAt}
   */
  public long coolingOffDay(Instant issuedAt, Instant at) {
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(at, "at");
    if (at.isBefore(issuedAt)) {
      throw new IllegalArgumentException("at must not be before issuedAt " + issuedAt + ", but was " + at);
    }
    return ChronoUnit.DAYS.between(issuedAt.atZone(zone).toLocalDate(), at.atZone(zone).toLocalDate());
  }

  /** True when day {@code day} of the count lies in the cooling-off period: {@code 0 <= day <= coolingOffDays}. */
  public boolean isWithinCoolingOff(long day) {
    return day >= 0 && day <= coolingOffDays;
  }

  /** The last calendar date of the cooling-off period for a policy issued at {@code issuedAt}. */
  public LocalDate lastCoolingOffDate(Instant issuedAt) {
    Objects.requireNonNull(issuedAt, "issuedAt");
    return issuedAt.atZone(zone).toLocalDate().plusDays(coolingOffDays);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContractPolicy p && coolingOffDays == p.coolingOffDays && zone.equals(p.zone)
        && refundShareAfterCoolingOff.equals(p.refundShareAfterCoolingOff);
  }

  @Override
  public int hashCode() {
    return Objects.hash(coolingOffDays, zone, refundShareAfterCoolingOff);
  }

  @Override
  public String toString() {
    return "ContractPolicy[coolingOffDays=" + coolingOffDays + ", zone=" + zone + ", refundShareAfterCoolingOff="
        + refundShareAfterCoolingOff + "]";
  }

  /** Sets the policy's values; each setter checks its input at once. Not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private int coolingOffDays = 10;
    private ZoneId zone = ZoneOffset.UTC;
    private Percentage refundShareAfterCoolingOff = Percentage.ZERO;

    private Builder() {}

    /** Days of the cooling-off period after the issue date, at least 0 (preset 10). */
    public Builder coolingOffDays(int days) {
      Checks.nonNegative(days, "coolingOffDays");
      this.coolingOffDays = days;
      return this;
    }

    /** The zone whose calendar days are counted (preset UTC). */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** The share of the premium refunded on a cancellation after the period, in [0, 100] % (preset 0 %). */
    public Builder refundShareAfterCoolingOff(Percentage share) {
      Objects.requireNonNull(share, "share");
      if (!share.isShare()) {
        throw new IllegalArgumentException("refundShareAfterCoolingOff must be in [0, 100] %, but was " + share);
      }
      this.refundShareAfterCoolingOff = share;
      return this;
    }

    public ContractPolicy build() {
      return new ContractPolicy(this);
    }
  }
}
