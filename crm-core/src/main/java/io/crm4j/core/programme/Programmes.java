package io.crm4j.core.programme;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.loyalty.TierMeasure;
import io.crm4j.core.loyalty.TierProgramme;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The programmes one store runs, as explicit configuration: at most one points programme (with
 * what it earns on), one loyalty ladder, one tier programme and one lifecycle policy, each
 * optional, plus an optional currency conversion and the zone whose days the evaluation catches up
 * on. Hand it to {@link ActivityRecorder#of}; nothing is discovered on the classpath or kept in
 * global state. Built with {@link #custom(String)}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Programmes {

  /** Which activities a points programme earns on. */
  public enum Earning {
    /** Purchases earn; refunds take back what they earned. Payments earn nothing (they pay for purchases). */
    PURCHASES,
    /**
     * Bills earn: a payment with a due date settles a monthly bill, on time (paid on or before the
     * due date in the programme's zone) it accrues like {@code PointsAccount.settleBill}, late (the
     * bill was missed) it forfeits every point. Purchases and refunds earn nothing.
     */
    BILLS
  }

  private final String name;
  private final @Nullable PointsProgramme points;
  private final Earning earning;
  private final @Nullable LoyaltyLadder ladder;
  private final @Nullable TierProgramme tiers;
  private final @Nullable TierMeasure tierMeasure;
  private final @Nullable LifecyclePolicy lifecycle;
  private final @Nullable CurrencyConversion conversion;
  private final ZoneId zone;

  private Programmes(Builder b) {
    this.name = b.name;
    this.points = b.points;
    this.earning = b.earning;
    this.ladder = b.ladder;
    this.tiers = b.tiers;
    this.tierMeasure = b.tierMeasure;
    this.lifecycle = b.lifecycle;
    this.conversion = b.conversion;
    this.zone = b.zone;
  }

  /**
   * No programmes yet; {@code name} names the scheduled evaluation's catch-up mark (stores running
   * several sets of programmes need distinct names).
   */
  public static Builder custom(String name) {
    return new Builder(Checks.identifier(name, "name"));
  }

  public String name() {
    return name;
  }

  public Optional<PointsProgramme> points() {
    return Optional.ofNullable(points);
  }

  /** What the points programme earns on ({@link Earning#PURCHASES} unless set). */
  public Earning earning() {
    return earning;
  }

  public Optional<LoyaltyLadder> ladder() {
    return Optional.ofNullable(ladder);
  }

  public Optional<TierProgramme> tiers() {
    return Optional.ofNullable(tiers);
  }

  /** The tier programme's measure; present exactly when {@link #tiers()} is. */
  public Optional<TierMeasure> tierMeasure() {
    return Optional.ofNullable(tierMeasure);
  }

  public Optional<LifecyclePolicy> lifecycle() {
    return Optional.ofNullable(lifecycle);
  }

  public Optional<CurrencyConversion> conversion() {
    return Optional.ofNullable(conversion);
  }

  /** The zone whose starts of day the scheduled evaluation catches up on (UTC unless set). */
  public ZoneId zone() {
    return zone;
  }

  /** Builds {@link Programmes}; every setter checks its value at once. */
  public static final class Builder {
    private final String name;
    private @Nullable PointsProgramme points;
    private Earning earning = Earning.PURCHASES;
    private @Nullable LoyaltyLadder ladder;
    private @Nullable TierProgramme tiers;
    private @Nullable TierMeasure tierMeasure;
    private @Nullable LifecyclePolicy lifecycle;
    private @Nullable CurrencyConversion conversion;
    private ZoneId zone = ZoneOffset.UTC;

    private Builder(String name) {
      this.name = name;
    }

    /** The points programme (one per store: points accounts are kept per customer) and what it earns on. */
    public Builder points(PointsProgramme programme, Earning earning) {
      this.points = Objects.requireNonNull(programme, "programme");
      this.earning = Objects.requireNonNull(earning, "earning");
      return this;
    }

    public Builder ladder(LoyaltyLadder ladder) {
      this.ladder = Objects.requireNonNull(ladder, "ladder");
      return this;
    }

    public Builder tiers(TierProgramme programme, TierMeasure measure) {
      this.tiers = Objects.requireNonNull(programme, "programme");
      this.tierMeasure = Objects.requireNonNull(measure, "measure");
      return this;
    }

    public Builder lifecycle(LifecyclePolicy policy) {
      this.lifecycle = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Converts spend in other currencies into the points programme's spend currency. */
    public Builder conversion(CurrencyConversion conversion) {
      this.conversion = Objects.requireNonNull(conversion, "conversion");
      return this;
    }

    /** The zone whose starts of day the scheduled evaluation catches up on. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    public Programmes build() {
      return new Programmes(this);
    }
  }
}
