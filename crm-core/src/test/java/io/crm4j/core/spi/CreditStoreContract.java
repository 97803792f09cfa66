package io.crm4j.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.credit.CreditAccount;
import io.crm4j.core.credit.CreditAccountId;
import io.crm4j.core.credit.CreditAccounts;
import io.crm4j.core.credit.CreditEvent;
import io.crm4j.core.credit.CreditSegment;
import io.crm4j.core.credit.Exposure;
import io.crm4j.core.credit.UtilisationLevels;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The storage contract for credit accounts, run by every adapter. */
public interface CreditStoreContract extends StoreFixture {

  Instant CREDIT_T0 = Instant.parse("2026-11-23T10:00:00Z");
  CreditSegment CREDIT_SALES = CreditSegment.of("sales");

  private static CreditAccount.Change openWithLimit(String id) {
    CreditAccount opened = CreditAccount.open(CreditAccountId.of(id), CustomerId.of("C-" + id), CREDIT_T0);
    return opened.setLimit(CREDIT_SALES, Money.of("1000", "EUR"), CREDIT_T0);
  }

  @Test
  default void saveCredit_newAccount_isStoredWithItsEvents() {
    try (Store store = newStore()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      CreditAccount.Change change = openWithLimit("CA-1");
      CreditAccount stored = CreditAccounts.save(store, change);
      assertThat(stored.version()).isEqualTo(1);
      assertThat(store.repository(CreditAccounts.TYPE).find(CreditAccountId.of("CA-1"))).contains(stored);
      assertThat(seen).containsExactlyElementsOf(change.events());
    }
  }

  @Test
  default void saveCredit_blockedAccountWithUtilisation_roundTripsEveryField() {
    try (Store store = newStore()) {
      CreditAccount v1 = CreditAccounts.save(store, openWithLimit("CA-2"));
      Exposure exposure = new Exposure(CREDIT_SALES, Money.of("0", "EUR"), Money.of("0", "EUR"), Money.of("100", "EUR"),
          Money.of("750.50", "EUR"));
      CreditAccount.Change used = v1.recordExposure(exposure, UtilisationLevels.ofDefaults(), CREDIT_T0.plusSeconds(5));
      assertThat(used.events()).hasSize(1);
      CreditAccount v2 = CreditAccounts.save(store, used);
      CreditAccount v3 = CreditAccounts.save(store, v2.block("cheque returned", CREDIT_T0.plusSeconds(9)));
      assertThat(v3.version()).isEqualTo(3);
      CreditAccount read = store.repository(CreditAccounts.TYPE).find(CreditAccountId.of("CA-2")).orElseThrow();
      assertThat(read).isEqualTo(v3);
      assertThat(read.blocked()).isTrue();
      assertThat(read.limits().get(0).lastExposure()).isEqualTo(Money.of("850.50", "EUR"));
      assertThat(read.history()).hasSize(4);
    }
  }

  @Test
  default void saveCredit_staleAccount_isRejectedAndPublishesNothing() {
    try (Store store = newStore()) {
      CreditAccount v1 = CreditAccounts.save(store, openWithLimit("CA-3"));
      CreditAccounts.save(store, v1.block("first", CREDIT_T0));
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      CreditAccount.Change late = v1.setLimit(CREDIT_SALES, Money.of("5", "EUR"), CREDIT_T0.plusSeconds(1));
      assertThatThrownBy(() -> CreditAccounts.save(store, late)).isInstanceOf(StaleVersionException.class);
      assertThat(seen).isEmpty();
      CreditAccount read = store.repository(CreditAccounts.TYPE).find(CreditAccountId.of("CA-3")).orElseThrow();
      assertThat(read.blocked()).isTrue();
      assertThat(read.limits().get(0).amount()).isEqualTo(Money.of("1000", "EUR"));
    }
  }

  @Test
  default void saveCredit_duplicateNewAccount_isRejected() {
    try (Store store = newStore()) {
      CreditAccounts.save(store, openWithLimit("CA-4"));
      assertThatThrownBy(() -> CreditAccounts.save(store, openWithLimit("CA-4")))
          .isInstanceOf(DuplicateIdException.class);
      assertThat(store.repository(CreditAccounts.TYPE).count()).isEqualTo(1);
    }
  }

  @Test
  default void pageCredit_walksAccountsInIdOrder() {
    try (Store store = newStore()) {
      for (String id : List.of("CA-c", "CA-a", "CA-b")) {
        CreditAccounts.save(store, openWithLimit(id));
      }
      Repository<CreditAccountId, CreditAccount> repo = store.repository(CreditAccounts.TYPE);
      assertThat(repo.page(null, 2)).extracting(CreditAccount::id)
          .containsExactly(CreditAccountId.of("CA-a"), CreditAccountId.of("CA-b"));
      assertThat(repo.page(CreditAccountId.of("CA-b"), 2)).extracting(CreditAccount::id)
          .containsExactly(CreditAccountId.of("CA-c"));
      assertThat(repo.delete(CreditAccountId.of("CA-a"), 1)).isTrue();
      assertThat(repo.count()).isEqualTo(2);
    }
  }

  @Test
  default void saveCredit_utilisationEvent_isDeliveredAfterCommit() {
    try (Store store = newStore()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      CreditAccount v1 = CreditAccounts.save(store, openWithLimit("CA-5"));
      Exposure full = new Exposure(CREDIT_SALES, Money.of("1000", "EUR"), Money.of("0", "EUR"), Money.of("0", "EUR"),
          Money.of("0", "EUR"));
      CreditAccounts.save(store, v1.recordExposure(full, UtilisationLevels.ofDefaults(), CREDIT_T0));
      assertThat(seen).filteredOn(e -> e instanceof CreditEvent.UtilisationCrossed).hasSize(2);
    }
  }
}
