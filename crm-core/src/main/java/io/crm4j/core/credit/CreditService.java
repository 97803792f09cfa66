package io.crm4j.core.credit;

import static io.crm4j.core.credit.CreditStorage.ACCOUNTS;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.store.UnitOfWork;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.spi.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apiguardian.api.API;

/**
 * Keeps credit accounts in a {@link Store} and checks documents against them with one
 * {@link CreditCheck}. Every change reads the account, applies it at the clock's instant and
 * stores it with its events in one unit of work, returning the stored account with its new
 * version; a credit check reads only and returns an {@link Outcome} (rejected with
 * {@link io.crm4j.core.outcome.ReasonCode#CREDIT_CHECK_FAILED} when a check fails).
 *
 * <p>Thread-safe when the store is; a concurrent write to the same account between a change's
 * read and its write surfaces as {@link StaleVersionException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CreditService {

  private final Store store;
  private final Clock clock;
  private final CreditCheck check;

  private CreditService(Store store, Clock clock, CreditCheck check) {
    this.store = store;
    this.clock = clock;
    this.check = check;
  }

  public static CreditService of(Store store, Clock clock, CreditCheck check) {
    return new CreditService(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(check, "check"));
  }

  public CreditCheck creditCheck() {
    return check;
  }

  public Optional<CreditAccount> find(CreditAccountId id) {
    return store.repository(ACCOUNTS).find(Objects.requireNonNull(id, "id"));
  }

  /**
   * Opens and stores a new account now, without limits.
   *
   * @throws io.crm4j.core.spi.DuplicateIdException if the id is taken
   */
  public CreditAccount open(CreditAccountId id, CustomerId customerId) {
    CreditAccount opened = CreditAccount.open(id, customerId, clock.instant());
    return store.inTransaction(tx -> tx.repository(ACCOUNTS).insert(opened));
  }

  /** Sets (or replaces) the limit of a segment in the amount's currency, now. */
  public CreditAccount setLimit(CreditAccountId id, CreditSegment segment, Money amount) {
    return change(id, (a, at) -> a.setLimit(segment, amount, at));
  }

  /** Blocks the account now (see {@link CreditAccount#block}). */
  public CreditAccount block(CreditAccountId id, String reason) {
    return change(id, (a, at) -> a.block(reason, at));
  }

  /** Unblocks the account now. */
  public CreditAccount unblock(CreditAccountId id) {
    return change(id, (a, at) -> a.unblock(at));
  }

  /** Records the exposure of a segment now and publishes the utilisation levels it crossed. */
  public CreditAccount recordExposure(CreditAccountId id, Exposure exposure, UtilisationLevels levels) {
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(levels, "levels");
    return change(id, (a, at) -> a.recordExposure(exposure, levels, at));
  }

  /**
   * Checks a document against the stored account on the clock's date (in the clock's zone); writes
   * nothing.
   *
   * @param openItems the customer's open orders, deliveries and invoices (excluding the document)
   */
  public Outcome<CreditCheckReport> check(CreditAccountId id, CreditDocument document,
      List<? extends OpenItem> openItems) {
    CreditAccount account = find(id).orElseThrow(() -> UnitOfWork.unknown(ACCOUNTS, id));
    return check.check(account, document, openItems, LocalDate.ofInstant(clock.instant(), clock.getZone()));
  }

  private CreditAccount change(CreditAccountId id,
      BiFunction<CreditAccount, Instant, Outcome.Applied<CreditAccount>> change) {
    return UnitOfWork.apply(store, ACCOUNTS, Objects.requireNonNull(id, "id"),
        a -> change.apply(a, clock.instant())).orElseThrow();
  }
}
