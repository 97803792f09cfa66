package io.crm4j.core.loyalty;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Retries;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.DuplicateIdException;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.spi.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apiguardian.api.API;

/**
 * Keeps points accounts of one {@link PointsProgramme} in a {@link Store}. Each operation reads the
 * account (opening it on first use), applies the change and writes it with optimistic versioning
 * in one unit of work that also publishes its events; when a concurrent writer wins, the operation
 * is retried from a fresh read and a fresh clock reading, so concurrent accruals on one member are
 * never lost.
 *
 * <p>Thread-safe when the store is.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PointsService {

  private static final int DEFAULT_ATTEMPTS = 100;

  private final Store store;
  private final Clock clock;
  private final PointsProgramme programme;
  private final int attempts;

  private PointsService(Store store, Clock clock, PointsProgramme programme, int attempts) {
    this.store = store;
    this.clock = clock;
    this.programme = programme;
    this.attempts = attempts;
  }

  /** A service that retries a change up to 100 times when concurrent writers win. */
  public static PointsService of(Store store, Clock clock, PointsProgramme programme) {
    return new PointsService(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(programme, "programme"), DEFAULT_ATTEMPTS);
  }

  /** The same service retrying at most {@code attempts} times. */
  public PointsService withAttempts(int attempts) {
    if (attempts <= 0) {
      throw new IllegalArgumentException("attempts must be > 0, but was " + attempts);
    }
    return new PointsService(store, clock, programme, attempts);
  }

  public PointsProgramme programme() {
    return programme;
  }

  public Optional<PointsAccount> find(CustomerId customerId) {
    return store.repository(LoyaltyStorage.POINTS_ACCOUNTS).find(Objects.requireNonNull(customerId, "customerId"));
  }

  public Outcome<PointsAccount> accrue(CustomerId customerId, long points, String reference) {
    return change(customerId, (a, at) -> a.accrue(programme, points, reference, at));
  }

  /** Accrues what a purchase or bill earns under the programme (see {@link PointsAccount#accrue(PointsProgramme, AccrualBasis)}). */
  public Outcome<PointsAccount> accrue(CustomerId customerId, AccrualBasis basis) {
    Objects.requireNonNull(basis, "basis");
    return change(customerId, (a, at) -> a.accrue(programme, basis));
  }

  public Outcome<PointsAccount> redeem(CustomerId customerId, long points, String reference) {
    return change(customerId, (a, at) -> a.redeem(programme, points, reference, at));
  }

  public Outcome<PointsAccount> reverse(CustomerId customerId, long accrualSeq, long points, String reference) {
    return change(customerId, (a, at) -> a.reverse(programme, accrualSeq, points, reference, at));
  }

  public Outcome<PointsAccount> expire(CustomerId customerId) {
    return change(customerId, (a, at) -> a.expire(programme, at));
  }

  public Outcome<PointsAccount> forfeitAll(CustomerId customerId, String reason) {
    return change(customerId, (a, at) -> a.forfeitAll(programme, reason, at));
  }

  /** Settles a monthly bill now (see {@link PointsAccount#settleBill}). */
  public Outcome<PointsAccount> settleBill(CustomerId customerId, Money amount, boolean paidOnTime,
      String reference) {
    return change(customerId, (a, at) -> a.settleBill(programme, amount, paidOnTime, reference, at));
  }

  /**
   * Settles a monthly bill now, counting tenure from the subscriber's activation date (see
   * {@link PointsAccount#settleBill(PointsProgramme, Money, boolean, LocalDate, String, Instant)}).
   */
  public Outcome<PointsAccount> settleBill(CustomerId customerId, Money amount, boolean paidOnTime,
      LocalDate activatedOn, String reference) {
    return change(customerId, (a, at) -> a.settleBill(programme, amount, paidOnTime, activatedOn, reference, at));
  }

  /** The clock's reading for this attempt, never before the ledger's last line (clocks of several writers may differ). */
  private Instant now(PointsAccount account) {
    Instant at = clock.instant();
    if (!account.entries().isEmpty()) {
      Instant last = account.entries().get(account.entries().size() - 1).at();
      if (at.isBefore(last)) {
        return last;
      }
    }
    return at;
  }

  private Outcome<PointsAccount> change(CustomerId customerId,
      BiFunction<PointsAccount, Instant, Outcome<PointsAccount>> change) {
    Objects.requireNonNull(customerId, "customerId");
    RuntimeException last = null;
    for (int attempt = 0; attempt < attempts; attempt++) {
      try {
        return store.inTransaction(tx -> {
          Repository<CustomerId, PointsAccount> repo = tx.repository(LoyaltyStorage.POINTS_ACCOUNTS);
          PointsAccount current = repo.find(customerId).orElseGet(() -> PointsAccount.open(customerId, programme));
          Outcome<PointsAccount> o = change.apply(current, now(current));
          if (o instanceof Outcome.Applied<PointsAccount> a) {
            PointsAccount stored = repo.save(a.value());
            a.events().forEach(tx::publish);
            return Outcome.applied(stored, a.events());
          }
          return o;
        });
      } catch (StaleVersionException | DuplicateIdException e) {
        last = e;
        Retries.backOff(attempt);
      }
    }
    throw new IllegalStateException("the points account of " + customerId + " must be writable, but " + attempts
        + " attempts lost to concurrent writers", last);
  }
}
