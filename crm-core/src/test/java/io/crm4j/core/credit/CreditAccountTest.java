package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditAccountTest {

  static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  static final CreditSegment SALES = CreditSegment.of("sales");
  static final Currency EUR = Currency.getInstance("EUR");

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static CreditAccount account() {
    return CreditAccount.open(CreditAccountId.of("ca-1"), CustomerId.of("c-1"), T0).setLimit(SALES, eur("1000"), T0)
        .value();
  }

  static Exposure exposure(String invoices) {
    return new Exposure(SALES, eur("0"), eur("0"), eur("0"), eur(invoices));
  }

  @Test
  void open_newAccount_hasNoLimitsAndVersionZero() {
    CreditAccount a = CreditAccount.open(CreditAccountId.of("ca-1"), CustomerId.of("c-1"), T0);
    assertThat(a.limits()).isEmpty();
    assertThat(a.blocked()).isFalse();
    assertThat(a.version()).isZero();
    assertThat(a.history()).containsExactly(new CreditHistoryEntry(T0, "opened"));
  }

  @Test
  void setLimit_newAndReplaced_keepsOnePerSegmentAndCurrency() {
    Outcome.Applied<CreditAccount> first = CreditAccount.open(CreditAccountId.of("ca-1"), CustomerId.of("c-1"), T0)
        .setLimit(SALES, eur("1000"), T0);
    assertThat(first.events()).containsExactly(new CreditEvent.LimitSet(CreditAccountId.of("ca-1"), SALES, eur("1000"), T0));
    CreditAccount a = first.value().setLimit(SALES, eur("2500"), T0.plusSeconds(5)).value()
        .setLimit(SALES, Money.of("300", "USD"), T0.plusSeconds(6)).value();
    assertThat(a.limits()).hasSize(2);
    assertThat(a.limit(SALES, EUR)).map(CreditLimit::amount).contains(eur("2500"));
    assertThat(a.limit(SALES, Currency.getInstance("USD"))).map(CreditLimit::amount).contains(Money.of("300", "USD"));
    assertThat(a.limit(CreditSegment.of("other"), EUR)).isEmpty();
    assertThat(a.history()).last().isEqualTo(new CreditHistoryEntry(T0.plusSeconds(6), "limit sales set to USD 300.00"));
  }

  @Test
  void block_thenUnblock_raisesEventsAndFlags() {
    Outcome.Applied<CreditAccount> blocked = account().block("cheque returned", T0);
    assertThat(blocked.value().blocked()).isTrue();
    assertThat(blocked.value().blockReason()).isEqualTo("cheque returned");
    assertThat(blocked.events()).containsExactly(new CreditEvent.Blocked(CreditAccountId.of("ca-1"), "cheque returned", T0));
    Outcome.Applied<CreditAccount> again = blocked.value().block("second reason", T0);
    assertThat(again.events()).isEmpty();
    assertThat(again.value().blockReason()).isEqualTo("second reason");
    Outcome.Applied<CreditAccount> unblocked = blocked.value().unblock(T0.plusSeconds(1));
    assertThat(unblocked.value().blocked()).isFalse();
    assertThat(unblocked.value().blockReason()).isEmpty();
    assertThat(unblocked.events()).containsExactly(new CreditEvent.Unblocked(CreditAccountId.of("ca-1"), T0.plusSeconds(1)));
    assertThat(unblocked.value().unblock(T0).events()).isEmpty();
  }

  @Test
  void recordExposure_crossingLevels_raisesUpAndDownEvents() {
    // Limit 1,000 with levels 80 % and 100 %: 700 reaches none; 850 reaches 80 %; 1,000 reaches 100 %;
    // 500 falls below both.
    UtilisationLevels levels = UtilisationLevels.ofDefaults();
    Outcome.Applied<CreditAccount> c1 = account().recordExposure(exposure("700"), levels, T0);
    assertThat(c1.events()).isEmpty();
    Outcome.Applied<CreditAccount> c2 = c1.value().recordExposure(exposure("850"), levels, T0);
    assertThat(c2.events()).containsExactly(new CreditEvent.UtilisationCrossed(CreditAccountId.of("ca-1"), SALES,
        new BigDecimal("80"), CreditEvent.Direction.UP, eur("850"), eur("1000"), T0));
    Outcome.Applied<CreditAccount> c3 = c2.value().recordExposure(exposure("1000"), levels, T0);
    assertThat(c3.events()).extracting(e -> ((CreditEvent.UtilisationCrossed) e).levelPercent()).containsExactly(new BigDecimal("100"));
    Outcome.Applied<CreditAccount> c4 = c3.value().recordExposure(exposure("500"), levels, T0);
    assertThat(c4.events()).hasSize(2).allMatch(e -> ((CreditEvent.UtilisationCrossed) e).direction()
        == CreditEvent.Direction.DOWN);
    assertThat(c4.value().limit(SALES, EUR)).map(CreditLimit::lastExposure).contains(eur("500"));
    assertThat(c4.value().history()).last().extracting(CreditHistoryEntry::what).asString()
        .startsWith("utilisation of sales crossed");
  }

  @Test
  void recordExposure_zeroLimit_anyExposureReachesEveryLevel() {
    CreditAccount a = account().setLimit(SALES, eur("0"), T0).value();
    assertThat(a.recordExposure(exposure("0.01"), UtilisationLevels.ofDefaults(), T0).events()).hasSize(2);
    assertThat(a.recordExposure(exposure("0"), UtilisationLevels.ofDefaults(), T0).events()).isEmpty();
  }

  @Test
  void recordExposure_noLimit_throws() {
    Exposure usd = Exposure.of(SALES, Currency.getInstance("USD"), List.of(), LocalDate.of(2026, 1, 1));
    assertThatThrownBy(() -> account().recordExposure(usd, UtilisationLevels.ofDefaults(), T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has none");
  }

  @Test
  void json_blockedAccountWithExposure_roundTrips() {
    CreditAccount a = account().recordExposure(exposure("900"), UtilisationLevels.ofDefaults(), T0).value()
        .block("cheque returned", T0).value().withVersion(4);
    assertThat(Crm4jJson.read(Crm4jJson.write(a), CreditAccount.class)).isEqualTo(a);
  }

  @Test
  void withVersion_changesOnlyVersion() {
    CreditAccount a = account();
    assertThat(a.withVersion(7)).isEqualTo(new CreditAccount(a.id(), a.customerId(), a.limits(), false, "", a.history(), 7));
  }

  @Test
  void new_invalidInput_throws() {
    CreditAccount a = account();
    assertThatThrownBy(() -> new CreditAccount(a.id(), a.customerId(), List.of(CreditLimit.of(SALES, eur("1")),
        CreditLimit.of(SALES, eur("2"))), false, "", List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one limit per segment and currency");
    assertThatThrownBy(() -> new CreditAccount(a.id(), a.customerId(), List.of(), true, "", List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blockReason");
    assertThatThrownBy(() -> new CreditAccount(a.id(), a.customerId(), List.of(), false, "", List.of(), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("version must be >= 0, but was -1");
    assertThatThrownBy(() -> a.block(" ", T0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason must not be blank");
  }
}
