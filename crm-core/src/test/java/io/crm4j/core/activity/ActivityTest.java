package io.crm4j.core.activity;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityTest {

  private static final CustomerId C1 = CustomerId.of("C-1");
  private static final CustomerId C2 = CustomerId.of("C-2");

  @Test
  void purchase_negativeAmount_isRefused() {
    assertThatThrownBy(() -> Purchase.of(C1, T0, Money.of("-1", "EUR")))
        .hasMessage("amount must be >= 0, but was EUR -1.00");
    assertThat(Purchase.of(C1, T0, Money.zero("EUR")).amount().isZero()).isTrue();
  }

  @Test
  void payment_mustBePositive() {
    assertThatThrownBy(() -> Payment.of(C1, T0, Money.zero("EUR"))).hasMessage("amount must be > 0, but was EUR 0.00");
    Payment p = new Payment(ActivityId.of("P-1"), C1, T0, Money.of("5", "EUR"), "INV-1", LocalDate.of(2026, 1, 31));
    assertThat(p.withCustomerId(C2)).isEqualTo(
        new Payment(ActivityId.of("P-1"), C2, T0, Money.of("5", "EUR"), "INV-1", LocalDate.of(2026, 1, 31)));
  }

  @Test
  void refund_mustBePositiveAndNameAnotherEntry() {
    Purchase bought = new Purchase(ActivityId.of("A-1"), C1, T0, Money.of("20", "EUR"), null);
    assertThatThrownBy(() -> Refund.of(bought, T0, Money.zero("EUR"))).hasMessage("amount must be > 0, but was EUR 0.00");
    assertThatThrownBy(() -> new Refund(ActivityId.of("R-1"), C1, T0, Money.of("1", "EUR"), ActivityId.of("R-1")))
        .hasMessage("purchaseId must name another entry than the refund itself, but both were R-1");
    Refund r = Refund.of(bought, T0.plusSeconds(5), Money.of("5", "EUR"));
    assertThat(r.customerId()).isEqualTo(C1);
    assertThat(r.purchaseId()).isEqualTo(bought.id());
    assertThat(r.withCustomerId(C2)).isEqualTo(new Refund(r.id(), C2, r.at(), r.amount(), bought.id()));
    assertThat(Crm4jJson.read(Crm4jJson.write(r), Activity.class)).isEqualTo(r);
  }

  @Test
  void referral_cannotReferTheReferrer() {
    assertThatThrownBy(() -> new Referral(ActivityId.of("R-1"), C1, T0, C1, false))
        .hasMessage("referred must differ from the referrer, but both were C-1");
    Referral r = new Referral(ActivityId.of("R-1"), C1, T0, C2, true);
    assertThat(r.withCustomerId(CustomerId.of("C-3")).customerId()).isEqualTo(CustomerId.of("C-3"));
  }

  @Test
  void interaction_withCustomerId_keepsEverythingElse() {
    Interaction i = new Interaction(ActivityId.of("I-1"), C1, T0, Interaction.Channel.PHONE,
        Interaction.Direction.INBOUND, Interaction.Outcome.SUCCESSFUL, "billing question");
    assertThat(i.withCustomerId(C2)).isEqualTo(new Interaction(ActivityId.of("I-1"), C2, T0,
        Interaction.Channel.PHONE, Interaction.Direction.INBOUND, Interaction.Outcome.SUCCESSFUL, "billing question"));
    assertThatThrownBy(() -> new Interaction(ActivityId.of("I-1"), C1, T0, null, Interaction.Direction.INBOUND,
        Interaction.Outcome.SUCCESSFUL, null)).isInstanceOf(NullPointerException.class).hasMessage("channel");
  }

  @Test
  void interaction_of_generatesATimeOrderedIdAndLeavesTheSubjectEmpty() {
    Interaction i = Interaction.of(C1, Instant.parse("2026-01-01T00:00:00.123Z"), Interaction.Channel.EMAIL,
        Interaction.Direction.OUTBOUND, Interaction.Outcome.NO_RESPONSE);
    assertThat(i.id().value()).startsWith("019b76da-a87b-7");   // the instant's milliseconds, see below
    assertThat(i.customerId()).isEqualTo(C1);
    assertThat(i.channel()).isEqualTo(Interaction.Channel.EMAIL);
    assertThat(i.direction()).isEqualTo(Interaction.Direction.OUTBOUND);
    assertThat(i.outcome()).isEqualTo(Interaction.Outcome.NO_RESPONSE);
    assertThat(i.subject()).isNull();
    assertThatThrownBy(() -> Interaction.of(C1, T0, Interaction.Channel.EMAIL, null, Interaction.Outcome.SUCCESSFUL))
        .isInstanceOf(NullPointerException.class).hasMessage("direction");
  }

  @Test
  void referral_of_generatesATimeOrderedIdWithOrWithoutTheReferred() {
    Referral open = Referral.of(C1, Instant.parse("2026-01-01T00:00:00.123Z"));
    assertThat(open.id().value()).startsWith("019b76da-a87b-7");
    assertThat(open.referred()).isNull();
    assertThat(open.converted()).isFalse();
    Referral won = Referral.of(C1, T0, C2, true);
    assertThat(won.referred()).isEqualTo(C2);
    assertThat(won.converted()).isTrue();
    assertThatThrownBy(() -> Referral.of(C1, T0, C1, false))
        .hasMessage("referred must differ from the referrer, but both were C-1");
    assertThatThrownBy(() -> Referral.of(C1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void purchase_withCustomerIdAndIds() {
    Purchase p = Purchase.of(C1, T0, Money.of("3", "EUR"));
    assertThat(p.withCustomerId(C2).customerId()).isEqualTo(C2);
    assertThat(p.withCustomerId(C2).id()).isEqualTo(p.id());
    assertThat(ActivityId.generate()).isNotEqualTo(ActivityId.generate());
    assertThat(ActivityEvent.Recorded.of(p).type()).isEqualTo("ActivityEvent.Recorded");
    assertThat(ActivityEvent.Recorded.of(p).aggregateId()).isEqualTo("C-1");
  }

  @Test
  void generate_forAnInstant_isAVersion7UuidWithItsMillisecondsInFront() {
    // 2026-01-01T00:00:00.123Z is 1,767,225,600,123 ms after the epoch, 0x019b76daa87b (by hand)
    ActivityId id = ActivityId.generate(Instant.parse("2026-01-01T00:00:00.123456Z"));
    assertThat(id.value()).startsWith("019b76da-a87b-7");
    assertThat(UUID.fromString(id.value()).version()).isEqualTo(7);
    assertThat(UUID.fromString(id.value()).variant()).isEqualTo(2);
    assertThat(Purchase.of(C1, Instant.parse("2026-01-01T00:00:00.123Z"), Money.of("3", "EUR")).id().value())
        .startsWith("019b76da-a87b-7");
    assertThat(Payment.of(C1, Instant.parse("2026-01-01T00:00:00.123Z"), Money.of("3", "EUR")).id().value())
        .startsWith("019b76da-a87b-7");
  }

  @Test
  void generate_forAnInstant_sortsByTimeAndClampsToTheTimestampField() {
    Instant t = Instant.parse("2026-06-30T12:00:00Z");
    assertThat(ActivityId.generate(t).value()).isLessThan(ActivityId.generate(t.plusMillis(1)).value());
    assertThat(ActivityId.generate(t.minusSeconds(86_400L * 365 * 30)).value())
        .isLessThan(ActivityId.generate(t).value());
    assertThat(ActivityId.generate(Instant.MIN).value()).startsWith("00000000-0000-7");
    assertThat(ActivityId.generate(Instant.EPOCH.minusNanos(1)).value()).startsWith("00000000-0000-7");
    assertThat(ActivityId.generate(Instant.EPOCH).value()).startsWith("00000000-0000-7");
    // 2^48 - 1 ms after the epoch is the field's last value, in the year 10889
    assertThat(ActivityId.generate(Instant.ofEpochMilli((1L << 48) - 1)).value()).startsWith("ffffffff-ffff-7");
    assertThat(ActivityId.generate(Instant.MAX).value()).startsWith("ffffffff-ffff-7");
    assertThatThrownBy(() -> ActivityId.generate(null)).isInstanceOf(NullPointerException.class).hasMessage("at");
  }

  @Test
  void generate_forOneInstant_neverRepeats() {
    Set<ActivityId> ids = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      ids.add(ActivityId.generate(T0));
    }
    assertThat(ids).hasSize(100_000);
  }
}
