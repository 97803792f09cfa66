package io.crm4j.core.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.lifecycle.Condition;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoyaltyLadderTest {

  @Test
  void presets_haveTheSourcesRungs() {
    LoyaltyLadder five = LoyaltyLadder.fiveStage(LadderCriteria.ofDefaults());
    assertThat(five.rungs()).extracting(LoyaltyLadder.Rung::name)
        .containsExactly("SUSPECT", "PROSPECT", "FIRST_TIME_CUSTOMER", "REPEAT_CUSTOMER", "ADVOCATE");
    assertThat(five.rungs().get(1).promoteWhen()).as("an interaction or a purchase shows interest").isEqualTo(
        new Condition.AnyOf(List.of(new Condition.InteractionsAtLeast(1, null), new Condition.PurchasesAtLeast(1, null))));
    assertThat(five.rungs().get(3).promoteWhen()).isEqualTo(new Condition.PurchasesAtLeast(2, 365));
    assertThat(five.floor()).isEqualTo("FIRST_TIME_CUSTOMER");
    assertThat(five.inactivityDays()).isEqualTo(365);
    LoyaltyLadder payne = LoyaltyLadder.payne(LadderCriteria.custom().repeatPurchases(3).windowDays(180)
        .advocateReferrals(1).supporterNps(8).noInactivityDemotion().build());
    assertThat(payne.rungs()).extracting(LoyaltyLadder.Rung::name)
        .containsExactly("PROSPECT", "CUSTOMER", "CLIENT", "SUPPORTER", "ADVOCATE", "PARTNER");
    assertThat(payne.rungs().get(2).promoteWhen()).isEqualTo(new Condition.PurchasesAtLeast(3, 180));
    assertThat(payne.rungs().get(3).promoteWhen()).isEqualTo(new Condition.NpsAtLeast(8));
    assertThat(payne.rungs().get(4).promoteWhen()).isEqualTo(new Condition.ReferralsAtLeast(1, 180));
    assertThat(payne.rungs().get(5).promoteWhen()).as("partners are made by hand").isNull();
    assertThat(payne.inactivityDays()).isNull();
    assertThat(payne.indexOf("ADVOCATE")).isEqualTo(4);
    assertThat(payne.bottom()).isEqualTo("PROSPECT");
  }

  @Test
  void constructor_invalid_isRefused() {
    LoyaltyLadder.Rung a = new LoyaltyLadder.Rung("A", null);
    LoyaltyLadder.Rung b = new LoyaltyLadder.Rung("B", new Condition.OwesBalance());
    assertThatThrownBy(() -> new LoyaltyLadder("l", List.of(a), null, "A"))
        .hasMessage("rungs must hold at least two rungs, but held 1");
    assertThatThrownBy(() -> new LoyaltyLadder("l", List.of(a, a), null, "A"))
        .hasMessage("rungs must have distinct names, but 'A' repeats");
    assertThatThrownBy(() -> new LoyaltyLadder("l", List.of(a, b), 0, "A"))
        .hasMessage("inactivityDays must be > 0 or null, but was 0");
    assertThatThrownBy(() -> new LoyaltyLadder("l", List.of(a, b), null, "C"))
        .hasMessage("floor must name a rung of [A, B], but was 'C'");
    assertThatThrownBy(() -> new LoyaltyLadder("l", List.of(a, b), null, "A").indexOf("Z"))
        .hasMessage("rung must be one of the ladder 'l', but was 'Z'");
  }

  @Test
  void ladderCriteria_builderChecksAtOnce() {
    LadderCriteria d = LadderCriteria.ofDefaults();
    assertThat(d.repeatPurchases()).isEqualTo(2);
    assertThat(d.advocateReferrals()).isEqualTo(2);
    assertThat(d.windowDays()).isEqualTo(365);
    assertThat(d.supporterNps()).isEqualTo(9);
    assertThat(LadderCriteria.from(d).inactivityDays(90).build().inactivityDays()).isEqualTo(90);
    assertThatThrownBy(() -> LadderCriteria.custom().repeatPurchases(0)).hasMessage("repeatPurchases must be > 0, but was 0");
    assertThatThrownBy(() -> LadderCriteria.custom().advocateReferrals(-1))
        .hasMessage("advocateReferrals must be > 0, but was -1");
    assertThatThrownBy(() -> LadderCriteria.custom().windowDays(0)).hasMessage("windowDays must be > 0, but was 0");
    assertThatThrownBy(() -> LadderCriteria.custom().supporterNps(11)).hasMessage("supporterNps must be in [0, 10], but was 11");
    assertThatThrownBy(() -> LadderCriteria.custom().inactivityDays(0)).hasMessage("inactivityDays must be > 0, but was 0");
  }
}
