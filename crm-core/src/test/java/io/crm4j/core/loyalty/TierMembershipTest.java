package io.crm4j.core.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A spend tier programme on calendar years: BLUE from 0, SILVER from EUR 1000, GOLD from EUR 5000
 * in the year, 30 days' grace after an assessment before a downgrade.
 */
class TierMembershipTest {

  private static final CustomerId C = CustomerId.of("C-5");
  private static final TierProgramme CLUB = TierProgramme.custom("club")
      .tier("BLUE", 0).tier("SILVER", 1000).tier("GOLD", 5000).graceDays(30).build();
  private static final TierMeasure SPEND = TierMeasure.spend(Currency.getInstance("EUR"));

  private final List<Activity> log = new ArrayList<>();
  private TierMembership m = TierMembership.join(C, CLUB, t("2026-01-05"));

  @Test
  void evaluate_upgradesAtOnceAndDowngradesOnlyAfterAssessmentAndGrace() {
    buy("2026-03-01", "1200");
    assertThat(evaluate("2026-03-02")).isEqualTo("SILVER");
    buy("2026-06-01", "4000");
    // 1200 + 4000 = 5200 >= 5000
    assertThat(evaluate("2026-06-02")).isEqualTo("GOLD");
    // the 2026 window is assessed in 2027: 5200 keeps GOLD, nothing is scheduled
    assertThat(evaluate("2027-01-02")).isEqualTo("GOLD");
    assertThat(m.assessedUpTo()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(m.pendingTier()).isNull();
    buy("2027-05-01", "700");
    // 2027 earned 700 < 1000: BLUE, effective 30 days after the assessment on 2028-01-02 at noon
    assertThat(evaluate("2028-01-02")).isEqualTo("GOLD");
    assertThat(m.pendingTier()).isEqualTo("BLUE");
    assertThat(m.pendingFrom()).isEqualTo(Instant.parse("2028-02-01T12:00:00Z"));
    assertThat(evaluate("2028-01-31")).as("still in grace").isEqualTo("GOLD");
    buy("2028-01-20", "1100");
    // when the downgrade falls due the current window already reached 1100 >= 1000: SILVER, not BLUE
    assertThat(evaluate("2028-02-01")).isEqualTo("SILVER");
    assertThat(m.pendingTier()).isNull();
    assertThat(m.history()).extracting(TierChange::to).containsExactly("SILVER", "GOLD", "GOLD", "SILVER");
  }

  /**
   * Issue 17 §3.3: grace counts from the assessment, as {@code graceDays} says. A GOLD member whose
   * 2026 window (EUR 700) is first assessed on 2027-02-15 keeps GOLD for 30 more days, with notice:
   * 2027-02-15 + 30 days = 2027-03-17 (13 days to 28 February, 17 into March). Before the fix the
   * downgrade was due on 2027-01-31 (window end + 30) and happened at once, with no notice.
   */
  @Test
  void evaluate_firstAssessmentLongAfterTheWindowEnded_givesTheFullGraceFromTheAssessment() {
    m = TierMembership.join(C, CLUB, t("2025-01-05"));
    buy("2025-03-01", "5200");
    assertThat(evaluate("2025-03-02")).isEqualTo("GOLD");
    assertThat(evaluate("2026-01-02")).as("2025 assessed: 5200 keeps GOLD").isEqualTo("GOLD");
    buy("2026-05-01", "700");

    Outcome<TierMembership> o = m.evaluate(CLUB, SPEND, facts("2027-02-15"));

    assertThat(o).isInstanceOfSatisfying(Outcome.Applied.class, a -> assertThat(a.events()).containsExactly(
        new LoyaltyEvent.TierDowngradeScheduled(C, "club", "GOLD", "BLUE", Instant.parse("2027-03-17T12:00:00Z"),
            t("2027-02-15"))));
    m = ((Outcome.Applied<TierMembership>) o).value();
    assertThat(m.tier()).isEqualTo("GOLD");
    assertThat(m.pendingFrom()).isEqualTo(Instant.parse("2027-03-17T12:00:00Z"));
    assertThat(evaluate("2027-03-16")).as("still in grace").isEqualTo("GOLD");
    assertThat(evaluate("2027-03-17")).isEqualTo("BLUE");
  }

  /**
   * Issue 17 §3.2: after a run to 2027, an evaluation at 2025-06-01 turned a SILVER member GOLD
   * "since 2025-06-01" (the 2025 window then held EUR 5200), published the change and wrote history
   * out of order. It is refused, as the ladder and the lifecycle refuse it.
   */
  @Test
  void evaluate_instantBeforeTheLastChange_isRefused() {
    m = TierMembership.join(C, CLUB, t("2025-01-05"));
    buy("2025-05-01", "5200");
    buy("2026-03-01", "1200");
    assertThat(evaluate("2026-03-02")).as("2026 so far: 1200").isEqualTo("SILVER");
    assertThat(evaluate("2027-01-02")).as("2026 assessed: 1200 keeps SILVER").isEqualTo("SILVER");
    TierMembership before = m;

    Outcome<TierMembership> o = m.evaluate(CLUB, SPEND, facts("2025-06-01"));

    assertThat(o).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.message()).isEqualTo(
        "asOf 2025-06-01T12:00:00Z is before the membership's last change at 2026-03-02T12:00:00Z"));
    assertThat(m).isEqualTo(before);
    assertThat(m.lastChangeAt()).isEqualTo(t("2026-03-02"));
  }

  /**
   * A rolling 12-month window, {@code (asOf - 12 months, asOf]}: EUR 1200 spent at noon on
   * 2026-03-01 counts until the window ending at noon on 2027-03-01 no longer holds it (its start is
   * excluded). That evaluation finds the member short and schedules BLUE 30 days later; a purchase
   * during the grace keeps SILVER when the downgrade falls due; the next shortfall downgrades.
   */
  @Test
  void evaluate_rollingWindow_countsTheMonthsEndingAtTheInstant() {
    TierProgramme rolling = TierProgramme.from(CLUB).window(TierProgramme.Window.ROLLING).build();
    TierMembership r = TierMembership.join(C, rolling, t("2026-01-05"));
    buy("2026-03-01", "1200");
    r = applied(r.evaluate(rolling, SPEND, facts("2026-03-02")));
    assertThat(r.tier()).isEqualTo("SILVER");
    assertThat(r.evaluate(rolling, SPEND, CustomerFacts.of(C, Instant.parse("2027-03-01T11:59:59Z"), log)))
        .as("the purchase is still inside the window").isInstanceOf(Outcome.Rejected.class);

    r = applied(r.evaluate(rolling, SPEND, facts("2027-03-01")));
    assertThat(r.tier()).isEqualTo("SILVER");
    assertThat(r.pendingTier()).isEqualTo("BLUE");
    // 2027-03-01 + 30 days = 2027-03-31
    assertThat(r.pendingFrom()).isEqualTo(t("2027-03-31"));
    buy("2027-03-20", "1000");
    r = applied(r.evaluate(rolling, SPEND, facts("2027-03-31")));
    assertThat(r.tier()).as("1000 in the window by the due date").isEqualTo("SILVER");
    assertThat(r.pendingTier()).isNull();

    // the 1000 leaves the window at noon on 2028-03-20: scheduled then, BLUE 30 days later (2028-04-19)
    r = applied(r.evaluate(rolling, SPEND, facts("2028-03-20")));
    assertThat(r.pendingFrom()).isEqualTo(t("2028-04-19"));
    r = applied(r.evaluate(rolling, SPEND, facts("2028-04-19")));
    assertThat(r.tier()).isEqualTo("BLUE");
    assertThat(r.history()).extracting(TierChange::to).containsExactly("SILVER", "SILVER", "SILVER", "BLUE");
  }

  @Test
  void evaluate_sameInstantTwice_changesNothing() {
    buy("2026-03-01", "1200");
    evaluate("2026-03-02");
    assertThat(m.evaluate(CLUB, SPEND, facts("2026-03-02"))).isInstanceOf(Outcome.Rejected.class);
  }

  @Test
  void setByHand_overridesUntilReleased() {
    Outcome<TierMembership> o = m.setByHand(CLUB, "GOLD", "key account", t("2026-02-01"));
    assertThat(o).isInstanceOfSatisfying(Outcome.Applied.class,
        a -> assertThat(a.events()).singleElement().isInstanceOf(LoyaltyEvent.TierChanged.class));
    m = o.orElseThrow();
    assertThat(m.evaluate(CLUB, SPEND, facts("2028-06-01"))).isInstanceOfSatisfying(Outcome.Rejected.class,
        r -> assertThat(r.message()).contains("by hand"));
    m = m.release("review", t("2026-03-01")).orElseThrow();
    // released: the 2026 window (no spend) is assessed in 2027 and GOLD falls to BLUE after grace
    assertThat(evaluate("2027-01-02")).isEqualTo("GOLD");
    assertThat(evaluate("2027-02-01")).isEqualTo("BLUE");
  }

  @Test
  void evaluate_anniversaryWindows_startAtTheJoinDate() {
    TierProgramme anniversary = TierProgramme.from(CLUB).window(TierProgramme.Window.ANNIVERSARY).graceDays(0).build();
    TierMembership joined = TierMembership.join(C, anniversary, t("2026-03-15"));
    buy("2026-04-01", "1500");
    TierMembership silver = joined.evaluate(anniversary, SPEND,
        facts("2026-04-02")).orElseThrow();
    assertThat(silver.tier()).isEqualTo("SILVER");
    // the first anniversary window ends on 2027-03-15 (noon on the day in this test's instants)
    assertThat(silver.evaluate(anniversary, SPEND, facts("2027-03-14"))).isInstanceOf(Outcome.Rejected.class);
    TierMembership assessed = silver.evaluate(anniversary, SPEND,
        facts("2027-03-16")).orElseThrow();
    // 1500 in the finished window keeps SILVER
    assertThat(assessed.tier()).isEqualTo("SILVER");
    assertThat(assessed.assessedUpTo()).isEqualTo(Instant.parse("2027-03-15T00:00:00Z"));
  }

  @Test
  void constructor_pendingHalfSet_isRefused() {
    assertThatThrownBy(() -> new TierMembership(C, 0, "club", "BLUE", t("2026-01-01"), t("2026-01-01"), false, null,
        "BLUE", null, List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pendingTier and pendingFrom must be both set");
  }

  @Test
  void evaluate_otherProgramme_isRefused() {
    TierProgramme other = TierProgramme.custom("other").tier("A", 0).tier("B", 1).build();
    assertThatThrownBy(() -> m.evaluate(other, SPEND, facts("2026-02-01")))
        .hasMessage("programme must be 'club', but was 'other'");
    assertThatThrownBy(() -> m.setByHand(CLUB, "PLATINUM", "x", t("2026-02-01")))
        .hasMessageContaining("tier must be one of programme 'club'");
  }

  @Test
  void json_roundTrips() {
    buy("2026-03-01", "1200");
    evaluate("2026-03-02");
    assertThat(Crm4jJson.read(Crm4jJson.write(m), TierMembership.class)).isEqualTo(m);
  }

  private static TierMembership applied(Outcome<TierMembership> o) {
    assertThat(o).isInstanceOf(Outcome.Applied.class);
    return ((Outcome.Applied<TierMembership>) o).value();
  }

  private void buy(String day, String eur) {
    log.add(new Purchase(ActivityId.of("P-" + log.size()), C, t(day), Money.of(eur, "EUR"), null));
  }

  private String evaluate(String day) {
    Outcome<TierMembership> o = m.evaluate(CLUB, SPEND, facts(day));
    if (o instanceof Outcome.Applied<TierMembership> a) {
      m = a.value();
    }
    return m.tier();
  }

  private CustomerFacts facts(String day) {
    return CustomerFacts.of(C, t(day), log);
  }

  private static Instant t(String day) {
    return Instant.parse(day + "T12:00:00Z");
  }
}
