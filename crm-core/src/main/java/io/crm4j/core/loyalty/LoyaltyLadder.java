package io.crm4j.core.loyalty;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.lifecycle.Condition;
import io.crm4j.core.lifecycle.Condition.AnyOf;
import io.crm4j.core.lifecycle.Condition.InteractionsAtLeast;
import io.crm4j.core.lifecycle.Condition.NpsAtLeast;
import io.crm4j.core.lifecycle.Condition.PurchasesAtLeast;
import io.crm4j.core.lifecycle.Condition.ReferralsAtLeast;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A loyalty ladder: ordered rungs, each with the condition that promotes a member onto it from the
 * rung below (a rung without one is reached only by hand), and demotion by one rung after
 * {@code inactivityDays} without a purchase, never below {@code floor}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the ladder's name
 * @param rungs the rungs, lowest first, at least two, distinct names
 * @param inactivityDays days without a purchase (and without a rung change) that demote one rung; null: never
 * @param floor the lowest rung inactivity can demote to
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LoyaltyLadder(String name, List<Rung> rungs, @Nullable Integer inactivityDays, String floor) {

  /**
   * One rung.
   *
   * @param name the rung's name
   * @param promoteWhen what lifts a member from the rung below onto this one; null: by hand only
   */
  public record Rung(String name, @Nullable Condition promoteWhen) {
    public Rung {
      Checks.notBlank(name, "name");
    }
  }

  public LoyaltyLadder {
    Checks.notBlank(name, "name");
    rungs = List.copyOf(Objects.requireNonNull(rungs, "rungs"));
    if (rungs.size() < 2) {
      throw new IllegalArgumentException("rungs must hold at least two rungs, but held " + rungs.size());
    }
    Set<String> names = new HashSet<>();
    for (Rung r : rungs) {
      if (!names.add(r.name())) {
        throw new IllegalArgumentException("rungs must have distinct names, but '" + r.name() + "' repeats");
      }
    }
    if (inactivityDays != null && inactivityDays <= 0) {
      throw new IllegalArgumentException("inactivityDays must be > 0 or null, but was " + inactivityDays);
    }
    Checks.notBlank(floor, "floor");
    if (!names.contains(floor)) {
      throw new IllegalArgumentException("floor must name a rung of " + names + ", but was '" + floor + "'");
    }
  }

  /**
   * The source's five stages: SUSPECT → PROSPECT (an interaction or a purchase: a purchase is
   * evidence of interest too, so a buyer who never logged an interaction climbs like one who did) →
   * FIRST_TIME_CUSTOMER (a purchase) → REPEAT_CUSTOMER (repeat purchases in a window) → ADVOCATE
   * (referrals in a window); inactivity demotes no lower than FIRST_TIME_CUSTOMER.
   */
  public static LoyaltyLadder fiveStage(LadderCriteria c) {
    Objects.requireNonNull(c, "c");
    return new LoyaltyLadder("five-stage", List.of(
        new Rung("SUSPECT", null),
        new Rung("PROSPECT", new AnyOf(List.of(new InteractionsAtLeast(1, null), new PurchasesAtLeast(1, null)))),
        new Rung("FIRST_TIME_CUSTOMER", new PurchasesAtLeast(1, null)),
        new Rung("REPEAT_CUSTOMER", new PurchasesAtLeast(c.repeatPurchases(), c.windowDays())),
        new Rung("ADVOCATE", new ReferralsAtLeast(c.advocateReferrals(), c.windowDays()))),
        c.inactivityDays(), "FIRST_TIME_CUSTOMER");
  }

  /**
   * Payne's ladder: PROSPECT → CUSTOMER (a purchase) → CLIENT (repeat purchases) → SUPPORTER (a
   * promoter's recommend answer) → ADVOCATE (referrals) → PARTNER (by hand only); inactivity demotes
   * no lower than CUSTOMER.
   */
  public static LoyaltyLadder payne(LadderCriteria c) {
    Objects.requireNonNull(c, "c");
    return new LoyaltyLadder("payne", List.of(
        new Rung("PROSPECT", null),
        new Rung("CUSTOMER", new PurchasesAtLeast(1, null)),
        new Rung("CLIENT", new PurchasesAtLeast(c.repeatPurchases(), c.windowDays())),
        new Rung("SUPPORTER", new NpsAtLeast(c.supporterNps())),
        new Rung("ADVOCATE", new ReferralsAtLeast(c.advocateReferrals(), c.windowDays())),
        new Rung("PARTNER", null)),
        c.inactivityDays(), "CUSTOMER");
  }

  /** The position of a rung, 0 for the lowest. */
  public int indexOf(String rung) {
    Objects.requireNonNull(rung, "rung");
    for (int i = 0; i < rungs.size(); i++) {
      if (rungs.get(i).name().equals(rung)) {
        return i;
      }
    }
    throw new IllegalArgumentException("rung must be one of the ladder '" + name + "', but was '" + rung + "'");
  }

  /** The lowest rung, where new members start. */
  public String bottom() {
    return rungs.get(0).name();
  }
}
