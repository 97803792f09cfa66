package io.crm4j.core.loyalty;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.money.Money;
import io.crm4j.core.money.Percentage;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a points programme: accrual rules and campaigns, expiry, how long new points stay
 * pending, whether a balance may go below zero, an optional club threshold on cumulative spend and
 * an optional discount schedule. Built with {@link #custom(String)}; {@link #telecom(Money)} is the
 * source's telecom preset.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PointsProgramme {

  private final String name;
  private final List<AccrualRule> rules;
  private final List<Campaign> campaigns;
  private final ExpiryPolicy expiry;
  private final int pendingDays;
  private final boolean allowNegative;
  private final ZoneId zone;
  private final @Nullable Money clubThreshold;
  private final @Nullable DiscountSchedule discounts;

  private PointsProgramme(Builder b) {
    this.name = b.name;
    this.rules = List.copyOf(b.rules);
    this.campaigns = List.copyOf(b.campaigns);
    this.expiry = b.expiry;
    this.pendingDays = b.pendingDays;
    this.allowNegative = b.allowNegative;
    this.zone = b.zone;
    this.clubThreshold = b.clubThreshold;
    this.discounts = b.discounts;
  }

  /** A programme named {@code name} with no accrual rules, no expiry, no pending period and no negative balance. */
  public static Builder custom(String name) {
    return new Builder(Checks.notBlank(name, "name"));
  }

  public static Builder from(PointsProgramme base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder(base.name);
    b.rules.addAll(base.rules);
    b.campaigns.addAll(base.campaigns);
    b.expiry = base.expiry;
    b.pendingDays = base.pendingDays;
    b.allowNegative = base.allowNegative;
    b.zone = base.zone;
    b.clubThreshold = base.clubThreshold;
    b.discounts = base.discounts;
    return b;
  }

  /**
   * The telecom preset (网龄 1 分/月, 话费每 10 元 1 分, 上不封顶, 欠费清零): one point per month in
   * the network, counted from the activation date, plus one point per {@code billUnit} (CNY 10 in
   * the source) of the monthly bill, no cap, no expiry; a bill not paid on time forfeits every point
   * (see {@link PointsAccount#settleBill(PointsProgramme, Money, boolean, java.time.LocalDate, String,
   * Instant)}). Add a {@link DiscountSchedule} and {@link #nextMonthDiscount} turns a month's balance
   * into the next month's discount.
   */
  public static PointsProgramme telecom(Money billUnit) {
    return custom("telecom")
        .rule(new AccrualRule.PerMonthOfTenure(1))
        .rule(new AccrualRule.PerCurrencyUnit(billUnit, 1))
        .build();
  }

  public String name() {
    return name;
  }

  public List<AccrualRule> rules() {
    return rules;
  }

  public List<Campaign> campaigns() {
    return campaigns;
  }

  public ExpiryPolicy expiry() {
    return expiry;
  }

  public int pendingDays() {
    return pendingDays;
  }

  public boolean allowNegative() {
    return allowNegative;
  }

  public ZoneId zone() {
    return zone;
  }

  public Optional<Money> clubThreshold() {
    return Optional.ofNullable(clubThreshold);
  }

  public Optional<DiscountSchedule> discounts() {
    return Optional.ofNullable(discounts);
  }

  /**
   * The discount for the month after {@code month} (积分定下月折扣: this month's balance sets next
   * month's discount): the {@link DiscountSchedule} step reached by the account's balance at the
   * end of {@code month} in the programme's zone, i.e. the sum of every ledger line booked before
   * the first instant of the next month; zero when the programme has no discount schedule. Expiries
   * count once booked (every account operation books those due by its time).
   *
   * @throws IllegalArgumentException if the account belongs to another programme
   */
  public Percentage nextMonthDiscount(PointsAccount account, YearMonth month) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(month, "month");
    if (!account.programme().equals(name)) {
      throw new IllegalArgumentException("account must belong to programme '" + name + "', but belongs to '"
          + account.programme() + "'");
    }
    if (discounts == null) {
      return Percentage.ZERO;
    }
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    long balance = 0;
    for (LedgerEntry e : account.entries()) {
      if (e.at().isBefore(end)) {
        balance += e.points();
      }
    }
    return discounts.discountFor(balance);
  }

  /**
   * The currency cumulative spend is kept in: the club threshold's, else the first
   * {@link AccrualRule.PerCurrencyUnit} rule's; empty when neither is set (then the first spend
   * accrued fixes it). Spend in another currency earns nothing and leaves cumulative spend alone.
   */
  public Optional<Currency> spendCurrency() {
    if (clubThreshold != null) {
      return Optional.of(clubThreshold.currency());
    }
    for (AccrualRule r : rules) {
      if (r instanceof AccrualRule.PerCurrencyUnit u) {
        return Optional.of(u.unit().currency());
      }
    }
    return Optional.empty();
  }

  /** The points {@code basis} earns: the sum of the rules, then each covering campaign in order. */
  public long pointsFor(AccrualBasis basis) {
    Objects.requireNonNull(basis, "basis");
    long points = 0;
    try {
      for (AccrualRule r : rules) {
        points = Math.addExact(points, r.pointsFor(basis));
      }
      for (Campaign c : campaigns) {
        points = c.apply(points, basis.at());
      }
    } catch (ArithmeticException e) {
      throw new ArithmeticException("points for a basis must fit a long, but the rules and campaigns of programme '"
          + name + "' give more than " + Long.MAX_VALUE + " for the basis at " + basis.at());
    }
    return points;
  }

  /** Builds a {@link PointsProgramme}; every setter checks its value at once. */
  public static final class Builder {
    private final String name;
    private final List<AccrualRule> rules = new ArrayList<>();
    private final List<Campaign> campaigns = new ArrayList<>();
    private ExpiryPolicy expiry = new ExpiryPolicy.Never();
    private int pendingDays;
    private boolean allowNegative;
    private ZoneId zone = ZoneOffset.UTC;
    private @Nullable Money clubThreshold;
    private @Nullable DiscountSchedule discounts;

    private Builder(String name) {
      this.name = name;
    }

    public Builder rule(AccrualRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    public Builder campaign(Campaign campaign) {
      campaigns.add(Objects.requireNonNull(campaign, "campaign"));
      return this;
    }

    public Builder expiry(ExpiryPolicy expiry) {
      this.expiry = Objects.requireNonNull(expiry, "expiry");
      return this;
    }

    /** Days new points stay locked before they can be redeemed (0: at once). */
    public Builder pendingDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("pendingDays must be >= 0, but was " + days);
      }
      this.pendingDays = days;
      return this;
    }

    /** Whether redemptions and reversals may take the balance below zero. */
    public Builder allowNegative(boolean allow) {
      this.allowNegative = allow;
      return this;
    }

    /** The zone for end-of-month and end-of-year expiry. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** The club rule: membership once cumulative spend reaches {@code threshold}. */
    public Builder clubThreshold(Money threshold) {
      Objects.requireNonNull(threshold, "threshold");
      if (!threshold.isPositive()) {
        throw new IllegalArgumentException("clubThreshold must be > 0, but was " + threshold);
      }
      this.clubThreshold = threshold;
      return this;
    }

    public Builder discounts(DiscountSchedule discounts) {
      this.discounts = Objects.requireNonNull(discounts, "discounts");
      return this;
    }

    public PointsProgramme build() {
      return new PointsProgramme(this);
    }
  }
}
