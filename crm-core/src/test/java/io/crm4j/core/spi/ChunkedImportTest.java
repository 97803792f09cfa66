package io.crm4j.core.spi;

import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.store.memory.InMemoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChunkedImportTest {

  @Test
  void run_handsChunksOfTheSetSizeAndClosesTheStream() {
    List<Integer> sizes = new ArrayList<>();
    AtomicBoolean closed = new AtomicBoolean();
    Stream<Purchase> five = ActivityImportContract.history(5).stream().onClose(() -> closed.set(true));
    ImportSummary s = ChunkedImport.run(five, ImportOptions.ofDefaults().withChunkSize(2), chunk -> {
      sizes.add(chunk.size());
      return chunk.size() - 1;
    });
    assertThat(sizes).containsExactly(2, 2, 1);
    assertThat(s).isEqualTo(new ImportSummary(5, 2, 3));
    assertThat(closed).isTrue();
  }

  @Test
  void distinct_keepsTheFirstOfARepeatedId() {
    Activity first = purchase("X", "C-1", T0, "1.00");
    Activity other = purchase("Y", "C-1", T0, "1.00");
    assertThat(ChunkedImport.distinct(List.of(first, other, purchase("X", "C-2", T0, "9.00"))))
        .containsExactly(first, other);
  }

  @Test
  void appendEach_chunkWithStoredIds_appendsTheOthersOneByOne() {
    try (Store store = InMemoryStore.create()) {
      List<Purchase> four = ActivityImportContract.history(4);
      store.activities().appendAll(four.subList(1, 3));
      assertThat(ChunkedImport.appendEach(store.activities(), new ArrayList<>(four))).isEqualTo(2);
      assertThat(store.activities().count()).isEqualTo(4);
    }
  }
}
