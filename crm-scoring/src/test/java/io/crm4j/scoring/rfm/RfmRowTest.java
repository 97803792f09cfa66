package io.crm4j.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import org.junit.jupiter.api.Test;

class RfmRowTest {

  private static final CustomerId ID = CustomerId.of("c1");
  private static final Money TEN = Money.of("10.00", "USD");
  private static final RfmScore SCORE = new RfmScore(1, 2, 3);

  @Test
  void new_keepsFields() {
    RfmRow row = new RfmRow(ID, 3, 2, TEN, SCORE, "Lost");
    assertThat(row.segment()).isEqualTo("Lost");
    assertThat(row.monetary()).isEqualTo(TEN);
  }

  @Test
  void new_rejectsBadValues() {
    assertThatThrownBy(() -> new RfmRow(ID, -1, 2, TEN, SCORE, "Lost")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recencyDays must be >= 0, but was -1");
    assertThatThrownBy(() -> new RfmRow(ID, 1, 0, TEN, SCORE, "Lost")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frequency must be >= 1, but was 0");
    assertThatThrownBy(() -> new RfmRow(ID, 1, 1, TEN, SCORE, null)).isInstanceOf(NullPointerException.class);
  }
}
