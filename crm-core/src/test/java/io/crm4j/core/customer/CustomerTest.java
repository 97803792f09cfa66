package io.crm4j.core.customer;

import static io.crm4j.core.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerTest {

  private static final CustomerId ID = CustomerId.of("C-1");

  @Test
  void individual_startsAtVersionZeroWithAHistoryEntry() {
    Customer c = Customer.individual(ID, "Ada", "Lovelace", T0);
    assertThat(c.version()).isZero();
    assertThat(c.kind()).isEqualTo(Customer.Kind.INDIVIDUAL);
    assertThat(c.name().displayName()).isEqualTo("Ada Lovelace");
    assertThat(c.history()).containsExactly(new HistoryEntry(T0, "registered"));
    assertThat(c.createdAt()).isEqualTo(T0);
    assertThat(c.isErased()).isFalse();
  }

  @Test
  void organisation_keepsTheLegalName() {
    Customer c = Customer.organisation(ID, "Acme Ltd", T0);
    assertThat(c.kind()).isEqualTo(Customer.Kind.ORGANISATION);
    assertThat(c.name().legalName()).isEqualTo("Acme Ltd");
  }

  @Test
  void factories_refuseBlankNames() {
    assertThatThrownBy(() -> Customer.individual(ID, " ", "X", T0))
        .hasMessage("givenName must not be blank, but was ' '");
    assertThatThrownBy(() -> Customer.organisation(ID, "", T0)).hasMessageContaining("legalName must not be blank");
    assertThatThrownBy(() -> CustomerId.of("")).hasMessage("customerId must not be blank, but was ''");
    assertThatThrownBy(() -> CustomerId.of("x".repeat(129))).hasMessage("customerId must be at most 128 characters, but was 129");
  }

  @Test
  void changes_returnNewInstancesWithHistory() {
    Customer c = Customer.individual(ID, "Ada", "Lovelace", T0);
    Instant t1 = T0.plusSeconds(10);
    Customer changed = c.withTag("vip", t1).withAttribute("segment", "b2c", t1)
        .withContactPoint(ContactPoint.email("ada@example.com"), t1).withName(PartyName.person("Ada", "King"), t1);
    assertThat(c.tags()).isEmpty();
    assertThat(changed.tags()).containsExactly("vip");
    assertThat(changed.attributes()).containsEntry("segment", "b2c");
    assertThat(changed.name().familyName()).isEqualTo("King");
    assertThat(changed.history()).hasSize(5);
    assertThat(changed.withTag("vip", t1)).isSameAs(changed);
    assertThat(changed.withoutTag("vip", t1).tags()).isEmpty();
    assertThat(changed.withoutTag("none", t1)).isSameAs(changed);
  }

  @Test
  void hasConsent_latestDecisionAtTheInstantWins() {
    Customer c = Customer.individual(ID, "Ada", "Lovelace", T0)
        .withConsent(new Consent("marketing", ContactPoint.Type.EMAIL, true, T0, "web"))
        .withConsent(new Consent("marketing", ContactPoint.Type.EMAIL, false, T0.plus(Duration.ofDays(3)), "call"));
    assertThat(c.hasConsent("marketing", ContactPoint.Type.EMAIL, T0.minusSeconds(1))).isFalse();
    assertThat(c.hasConsent("marketing", ContactPoint.Type.EMAIL, T0.plus(Duration.ofDays(1)))).isTrue();
    assertThat(c.hasConsent("marketing", ContactPoint.Type.EMAIL, T0.plus(Duration.ofDays(3)))).isFalse();
    assertThat(c.hasConsent("marketing", ContactPoint.Type.PHONE, T0.plus(Duration.ofDays(1)))).isFalse();
    assertThat(c.consents()).hasSize(2);
  }

  @Test
  void mergedWith_keepsBothHistoriesInTimeOrder() {
    Customer a = Customer.individual(ID, "Ada", "Lovelace", T0).withAttribute("k", "a", T0.plusSeconds(5));
    Customer b = Customer.individual(CustomerId.of("C-2"), "A", "L", T0.plusSeconds(1))
        .withAttribute("k", "b", T0.plusSeconds(2)).withAttribute("only-b", "1", T0.plusSeconds(3))
        .withContactPoint(ContactPoint.phone("123"), T0.plusSeconds(4));
    Customer merged = a.mergedWith(b, T0.plusSeconds(9));
    assertThat(merged.attributes()).containsEntry("k", "a").containsEntry("only-b", "1");
    assertThat(merged.contactPoints()).hasSize(1);
    assertThat(merged.history()).extracting(HistoryEntry::at).isSorted();
    assertThat(merged.history()).hasSize(a.history().size() + b.history().size() + 1);
    assertThat(merged.mergedIds()).containsExactly(CustomerId.of("C-2"));
    assertThatThrownBy(() -> a.mergedWith(a, T0)).hasMessageContaining("other must be a different customer");
  }

  @Test
  void erased_dropsPersonalDataOnly() {
    Customer c = Customer.individual(ID, "Ada", "Lovelace", T0).withTag("vip", T0)
        .withAttribute("birthday", "1815-12-10", T0).withContactPoint(ContactPoint.email("ada@example.com"), T0);
    Customer e = c.erased(T0.plusSeconds(1));
    assertThat(e.name()).isEqualTo(PartyName.ERASED);
    assertThat(e.contactPoints()).isEmpty();
    assertThat(e.attributes()).isEmpty();
    assertThat(e.tags()).containsExactly("vip");
    assertThat(e.erasedAt()).contains(T0.plusSeconds(1));
    assertThat(e.toString()).contains("erased");
  }

  @Test
  void toString_masksPersonalData() {
    Customer c = Customer.individual(ID, "Ada", "Lovelace", T0).withAttribute("iban", "DE8937", T0)
        .withContactPoint(ContactPoint.email("ada@example.com"), T0);
    String text = c.toString() + c.contactPoints() + c.name();
    assertThat(text).doesNotContain("Lovelace").doesNotContain("ada@example.com").doesNotContain("DE8937")
        .contains("C-1").contains("A***");
    assertThatThrownBy(() -> ContactPoint.email("no-at-sign")).hasMessageContaining("must contain '@'")
        .hasMessageNotContaining("no-at-sign");
  }

  @Test
  void equality_coversEveryField() {
    Customer a = Customer.individual(ID, "Ada", "Lovelace", T0);
    Customer b = Customer.individual(ID, "Ada", "Lovelace", T0);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.withVersion(1)).isNotEqualTo(a);
    assertThat(a.withTag("x", T0)).isNotEqualTo(a);
  }
}
