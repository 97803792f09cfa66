package io.crm4j.scoring.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.scoring.tiering.PyramidConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class WinBackListTest {

  // cumulative shares of 1000: 0.60 A, 0.80 B, 0.90 B, 0.95 B (at most 95 % is B), 0.98 C, 1.00 C
  private static final String[] IDS = {"c0", "c1", "c2", "c3", "c4", "c5"};
  private static final double[] VALUE = {600, 200, 100, 50, 30, 20};
  private static final double[] ALIVE = {0.1, 0.5, 0.2, 0.05, 0.9, 0.29};

  @Test
  void build_defaults_groupsLapsedByAbcClassWithStrategies() {
    List<WinBackList.Group> groups = WinBackList.ofDefaults().build(IDS, ALIVE, VALUE);
    assertThat(groups).extracting(WinBackList.Group::valueClass).containsExactly("A", "B", "C");
    assertThat(groups.get(0).customers()).extracting(WinBackList.Customer::customerId).containsExactly("c0");
    assertThat(groups.get(1).customers()).extracting(WinBackList.Customer::customerId).containsExactly("c2", "c3");
    assertThat(groups.get(2).customers()).extracting(WinBackList.Customer::customerId).containsExactly("c5");
    assertThat(groups.get(0).strategy()).isEqualTo("personal call from the account manager");
    assertThat(groups.get(2).strategy()).isEqualTo("automated reactivation e-mail");
    assertThat(groups.get(1).customers().get(0)).isEqualTo(new WinBackList.Customer("c2", 2, 0.2, 100));
  }

  @Test
  void build_pyramidWithCustomStrategy_groupsByTier() {
    // positions (customers strictly above / 6): 0 PLATINUM, 1/6 GOLD, 2/6..4/6 IRON, 5/6 LEAD
    WinBackConfig config = WinBackConfig.custom().pyramid(PyramidConfig.ofDefaults()).lapsedBelow(0.25)
        .strategy(io.crm4j.scoring.tiering.PyramidTier.LEAD, "no action").build();
    List<WinBackList.Group> groups = WinBackList.of(config).build(IDS, ALIVE, VALUE);
    assertThat(groups).extracting(WinBackList.Group::valueClass).containsExactly("PLATINUM", "GOLD", "IRON", "LEAD");
    assertThat(groups.get(0).customers()).extracting(WinBackList.Customer::customerId).containsExactly("c0");
    assertThat(groups.get(1).customers()).isEmpty();
    assertThat(groups.get(2).customers()).extracting(WinBackList.Customer::customerId).containsExactly("c2", "c3");
    assertThat(groups.get(3).customers()).isEmpty(); // c5's 0.29 is not below 0.25
    assertThat(groups.get(3).strategy()).isEqualTo("no action");
    assertThat(WinBackList.of(config).config()).isSameAs(config);
  }

  @Test
  void build_badInput_throwsNamingTheParameter() {
    WinBackList list = WinBackList.ofDefaults();
    assertThatThrownBy(() -> list.build(IDS, new double[] {0.1}, VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("equal lengths");
    assertThatThrownBy(() -> list.build(new String[] {"a"}, new double[] {1.2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("probabilityAlive[0] must be in [0, 1], but was 1.2");
    assertThatThrownBy(() -> WinBackList.of(null)).isInstanceOf(NullPointerException.class).hasMessage("config");
  }
}
