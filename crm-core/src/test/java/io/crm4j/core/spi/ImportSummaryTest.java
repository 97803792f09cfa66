package io.crm4j.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportSummaryTest {

  @Test
  void plus_addsAChunksCounts() {
    assertThat(ImportSummary.EMPTY.plus(100, 60).plus(50, 50)).isEqualTo(new ImportSummary(150, 110, 40));
  }

  @Test
  void new_readNotInsertedPlusSkipped_isRefused() {
    assertThatThrownBy(() -> new ImportSummary(3, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("read must be inserted + skipped, each >= 0, but were read 3, inserted 1, skipped 1");
    assertThatThrownBy(() -> new ImportSummary(0, 1, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
