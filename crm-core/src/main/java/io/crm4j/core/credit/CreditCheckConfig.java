package io.crm4j.core.credit;

import io.crm4j.core.money.Money;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Which credit checks run and their thresholds. Presets ({@link #ofDefaults()}): every check on; a
 * dynamic-check horizon of 30 days; no maximum document value (set one per currency to enable that
 * check); the oldest open invoice may be at most 30 days overdue; dunning level at most 2; no grade
 * refused (list the grades that get no trade credit to enable the grade check).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CreditCheckConfig {

  private final Set<CreditCheckType> checks;
  private final int horizonDays;
  private final Map<Currency, Money> maxDocumentValues;
  private final int maxDaysOverdue;
  private final int maxDunningLevel;
  private final Set<CreditGrade> refusedGrades;

  private CreditCheckConfig(Builder b) {
    this.checks = Set.copyOf(b.checks);
    this.horizonDays = b.horizonDays;
    this.maxDocumentValues = Map.copyOf(b.maxDocumentValues);
    this.maxDaysOverdue = b.maxDaysOverdue;
    this.maxDunningLevel = b.maxDunningLevel;
    this.refusedGrades = Set.copyOf(b.refusedGrades);
  }

  /** The presets described in the class comment. */
  public static CreditCheckConfig ofDefaults() {
    return custom().build();
  }

  /** A builder starting from the presets. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from the values of {@code base}. */
  public static Builder from(CreditCheckConfig base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder().horizonDays(base.horizonDays).maxDaysOverdue(base.maxDaysOverdue)
        .maxDunningLevel(base.maxDunningLevel).refusedGrades(base.refusedGrades);
    b.checks.clear();
    b.checks.addAll(base.checks);
    b.maxDocumentValues.putAll(base.maxDocumentValues);
    return b;
  }

  /** Returns true if the check runs. */
  public boolean isEnabled(CreditCheckType check) {
    return checks.contains(Objects.requireNonNull(check, "check"));
  }

  /** Days from the check date within which open orders count in the dynamic part. */
  public int horizonDays() {
    return horizonDays;
  }

  /** The largest value of one document in a currency, if set. */
  public Optional<Money> maxDocumentValue(Currency currency) {
    return Optional.ofNullable(maxDocumentValues.get(Objects.requireNonNull(currency, "currency")));
  }

  /** The most days the oldest open invoice may be past due. */
  public int maxDaysOverdue() {
    return maxDaysOverdue;
  }

  /** The highest dunning level an open invoice may have. */
  public int maxDunningLevel() {
    return maxDunningLevel;
  }

  /** Grades that get no trade credit. */
  public Set<CreditGrade> refusedGrades() {
    return refusedGrades;
  }

  @Override
  public String toString() {
    return "CreditCheckConfig[checks=" + new TreeSet<>(checks) + ", horizonDays=" + horizonDays
        + ", maxDocumentValues=" + maxDocumentValues + ", maxDaysOverdue=" + maxDaysOverdue
        + ", maxDunningLevel=" + maxDunningLevel + ", refusedGrades=" + new TreeSet<>(refusedGrades) + "]";
  }

  /** Builds a {@link CreditCheckConfig}; each setter checks its value at once. */
  public static final class Builder {
    private final Set<CreditCheckType> checks = EnumSet.allOf(CreditCheckType.class);
    private int horizonDays = 30;
    private final Map<Currency, Money> maxDocumentValues = new HashMap<>();
    private int maxDaysOverdue = 30;
    private int maxDunningLevel = 2;
    private Set<CreditGrade> refusedGrades = Set.of();

    private Builder() {}

    /** Turns a check on or off. */
    public Builder check(CreditCheckType check, boolean enabled) {
      Objects.requireNonNull(check, "check");
      if (enabled) {
        checks.add(check);
      } else {
        checks.remove(check);
      }
      return this;
    }

    /** Horizon of the dynamic check, in [0, 3660] days. */
    public Builder horizonDays(int days) {
      if (days < 0 || days > 3660) {
        throw new IllegalArgumentException("horizonDays must be in [0, 3660], but was " + days);
      }
      this.horizonDays = days;
      return this;
    }

    /** Largest value of one document in the value's currency, at least 0. */
    public Builder maxDocumentValue(Money value) {
      Objects.requireNonNull(value, "value");
      if (value.isNegative()) {
        throw new IllegalArgumentException("maxDocumentValue must be >= 0, but was " + value);
      }
      maxDocumentValues.put(value.currency(), value);
      return this;
    }

    /** Most days the oldest open invoice may be overdue, in [0, 3660]. */
    public Builder maxDaysOverdue(int days) {
      if (days < 0 || days > 3660) {
        throw new IllegalArgumentException("maxDaysOverdue must be in [0, 3660], but was " + days);
      }
      this.maxDaysOverdue = days;
      return this;
    }

    /** Highest dunning level allowed, at least 0. */
    public Builder maxDunningLevel(int level) {
      if (level < 0) {
        throw new IllegalArgumentException("maxDunningLevel must be >= 0, but was " + level);
      }
      this.maxDunningLevel = level;
      return this;
    }

    /** Grades that get no trade credit, e.g. {@code EnumSet.of(CCC, CC, C, D)}. */
    public Builder refusedGrades(Set<CreditGrade> grades) {
      Objects.requireNonNull(grades, "grades");
      for (CreditGrade g : grades) {
        Objects.requireNonNull(g, "grades element");
      }
      this.refusedGrades = Set.copyOf(grades);
      return this;
    }

    public CreditCheckConfig build() {
      return new CreditCheckConfig(this);
    }
  }
}
