package io.crm4j.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreditHistoryEntryTest {

  @Test
  void new_keepsValues() {
    assertThat(new CreditHistoryEntry(Instant.EPOCH, "opened").what()).isEqualTo("opened");
  }

  @Test
  void new_nulls_throw() {
    assertThatThrownBy(() -> new CreditHistoryEntry(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("at");
  }
}
