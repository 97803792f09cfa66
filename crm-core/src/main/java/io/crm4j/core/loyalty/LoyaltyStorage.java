package io.crm4j.core.loyalty;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.spi.AggregateType;
import org.apiguardian.api.API;

/**
 * How the stores know the loyalty aggregates, each keyed by the member's {@link CustomerId}. Kept
 * out of the aggregates so that the model does not depend on the storage SPI; used by the loyalty
 * services and by adapter tests.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LoyaltyStorage {

  /**
   * Points accounts: each account's document holds its balance, lots and last ledger line, and every
   * ledger line is a row of its own, appended with the change that booked it (see
   * {@link io.crm4j.core.spi.AggregateLines}).
   */
  public static final AggregateType<CustomerId, PointsAccount> POINTS_ACCOUNTS = AggregateType.of("points-account",
      PointsAccount.class, PointsAccount::customerId, CustomerId::value, CustomerId::of, PointsAccount::version,
      PointsAccount::withVersion).withLines(new PointsLedgerStorage());

  /** Loyalty ladder memberships. */
  public static final AggregateType<CustomerId, LadderMembership> LADDER_MEMBERSHIPS = AggregateType.of(
      "ladder-membership", LadderMembership.class, LadderMembership::customerId, CustomerId::value, CustomerId::of,
      LadderMembership::version, LadderMembership::withVersion);

  /** Tier memberships. */
  public static final AggregateType<CustomerId, TierMembership> TIER_MEMBERSHIPS = AggregateType.of(
      "tier-membership", TierMembership.class, TierMembership::customerId, CustomerId::value, CustomerId::of,
      TierMembership::version, TierMembership::withVersion);

  private LoyaltyStorage() {}
}
