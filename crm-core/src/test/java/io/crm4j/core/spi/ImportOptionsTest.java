package io.crm4j.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportOptionsTest {

  @Test
  void ofDefaults_chunksOf50000WithEvents() {
    ImportOptions o = ImportOptions.ofDefaults();
    assertThat(o.chunkSize()).isEqualTo(50_000);
    assertThat(o.events()).isTrue();
  }

  @Test
  void withChunkSize_outOfRange_isRefusedNamingTheValue() {
    assertThatThrownBy(() -> ImportOptions.ofDefaults().withChunkSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("chunkSize must be in [1, 1000000], but was 0");
    assertThatThrownBy(() -> ImportOptions.ofDefaults().withChunkSize(1_000_001))
        .hasMessage("chunkSize must be in [1, 1000000], but was 1000001");
    assertThat(ImportOptions.ofDefaults().withChunkSize(1_000_000).chunkSize()).isEqualTo(1_000_000);
  }

  @Test
  void withX_returnsNewOptionsAndKeepsTheOthers() {
    List<ImportSummary> heard = new ArrayList<>();
    ImportOptions o = ImportOptions.ofDefaults().withChunkSize(7).withProgress(heard::add).withEvents(false);
    assertThat(o.chunkSize()).isEqualTo(7);
    assertThat(o.events()).isFalse();
    o.progress().accept(ImportSummary.EMPTY);
    assertThat(heard).containsExactly(ImportSummary.EMPTY);
    assertThat(ImportOptions.ofDefaults().events()).isTrue();
  }
}
