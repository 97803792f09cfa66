package io.crm4j.scoring.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryIndexTest {

  @Test
  void get_collidingHashes_findsEachKey() {
    // "Aa" and "BB" have the same String hash code (2112), so they probe the same slot.
    CategoryIndex index = new CategoryIndex(Map.of("Aa", 0, "BB", 1, "own", 2));
    assertThat(index.get("Aa")).isZero();
    assertThat(index.get(new String("BB"))).isEqualTo(1);
    assertThat(index.get("own")).isEqualTo(2);
    assertThat(index.get("rent")).isEqualTo(-1);
  }

  @Test
  void get_emptyIndex_isMinusOne() {
    assertThat(new CategoryIndex(Map.of()).get("x")).isEqualTo(-1);
  }
}
