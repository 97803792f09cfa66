package io.crm4j.core.loyalty;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The numbers behind the ladder presets. Preset ({@link #ofDefaults()}): two purchases in 365 days
 * make a repeat customer, two referrals in 365 days an advocate, a recommend answer of 9 or more a
 * supporter, and 365 days without a purchase demote one rung.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LadderCriteria {

  private final int repeatPurchases;
  private final int advocateReferrals;
  private final int windowDays;
  private final int supporterNps;
  private final @Nullable Integer inactivityDays;

  private LadderCriteria(Builder b) {
    this.repeatPurchases = b.repeatPurchases;
    this.advocateReferrals = b.advocateReferrals;
    this.windowDays = b.windowDays;
    this.supporterNps = b.supporterNps;
    this.inactivityDays = b.inactivityDays;
  }

  public static LadderCriteria ofDefaults() {
    return custom().build();
  }

  public static Builder custom() {
    return new Builder();
  }

  public static Builder from(LadderCriteria base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder();
    b.repeatPurchases = base.repeatPurchases;
    b.advocateReferrals = base.advocateReferrals;
    b.windowDays = base.windowDays;
    b.supporterNps = base.supporterNps;
    b.inactivityDays = base.inactivityDays;
    return b;
  }

  public int repeatPurchases() {
    return repeatPurchases;
  }

  public int advocateReferrals() {
    return advocateReferrals;
  }

  public int windowDays() {
    return windowDays;
  }

  public int supporterNps() {
    return supporterNps;
  }

  /** Days without a purchase that demote one rung; null when inactivity never demotes. */
  public @Nullable Integer inactivityDays() {
    return inactivityDays;
  }

  /** Builds {@link LadderCriteria}; every setter checks its value at once. */
  public static final class Builder {
    private int repeatPurchases = 2;
    private int advocateReferrals = 2;
    private int windowDays = 365;
    private int supporterNps = 9;
    private @Nullable Integer inactivityDays = 365;

    private Builder() {}

    public Builder repeatPurchases(int count) {
      this.repeatPurchases = positive(count, "repeatPurchases");
      return this;
    }

    public Builder advocateReferrals(int count) {
      this.advocateReferrals = positive(count, "advocateReferrals");
      return this;
    }

    /** The window, in days, for repeat purchases and referrals. */
    public Builder windowDays(int days) {
      this.windowDays = positive(days, "windowDays");
      return this;
    }

    public Builder supporterNps(int minimum) {
      if (minimum < 0 || minimum > 10) {
        throw new IllegalArgumentException("supporterNps must be in [0, 10], but was " + minimum);
      }
      this.supporterNps = minimum;
      return this;
    }

    public Builder inactivityDays(int days) {
      this.inactivityDays = positive(days, "inactivityDays");
      return this;
    }

    /** Inactivity never demotes. */
    public Builder noInactivityDemotion() {
      this.inactivityDays = null;
      return this;
    }

    public LadderCriteria build() {
      return new LadderCriteria(this);
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be > 0, but was " + value);
      }
      return value;
    }
  }
}
