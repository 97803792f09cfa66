package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReceivableDocumentIdTest {

  @Test
  void of_joinsAccountAndDocumentId() {
    ReceivableDocumentId id = ReceivableDocumentId.of(CreditAccountId.of("CA-1"), "INV-7");
    assertThat(id.value()).isEqualTo("CA-1/INV-7");
    assertThat(id).hasToString("CA-1/INV-7");
    assertThat(ReceivableDocumentId.of("CA-1/INV-7")).isEqualTo(id);
  }

  @Test
  void before_sortsBelowEveryDocumentOfTheAccount() {
    CreditAccountId ca = CreditAccountId.of("CA-1");
    assertThat(ReceivableDocumentId.before(ca).value().compareTo(ReceivableDocumentId.of(ca, "!").value()))
        .isNegative();
    assertThat(ReceivableDocumentId.of(ca, "x").value()).startsWith(ReceivableDocumentId.prefix(ca));
  }

  @Test
  void of_tooLongOrBlank_throws() {
    assertThatThrownBy(() -> ReceivableDocumentId.of(CreditAccountId.of("a".repeat(100)), "b".repeat(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("receivableDocumentId must be at most 128 characters, but was 131");
    assertThatThrownBy(() -> ReceivableDocumentId.of(CreditAccountId.of("CA-1"), " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("documentId must not be blank, but was ' '");
  }
}
