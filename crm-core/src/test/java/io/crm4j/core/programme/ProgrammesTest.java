package io.crm4j.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.money.Money;
import io.crm4j.core.testing.ShopProgrammes;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgrammesTest {

  @Test
  void custom_nothingConfigured_hasDefaults() {
    Programmes p = Programmes.custom("none").build();
    assertThat(p.name()).isEqualTo("none");
    assertThat(p.points()).isEmpty();
    assertThat(p.earning()).isEqualTo(Programmes.Earning.PURCHASES);
    assertThat(p.ladder()).isEmpty();
    assertThat(p.tiers()).isEmpty();
    assertThat(p.tierMeasure()).isEmpty();
    assertThat(p.lifecycle()).isEmpty();
    assertThat(p.conversion()).isEmpty();
    assertThat(p.zone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void builder_setsEveryProgramme() {
    PointsProgramme telecom = PointsProgramme.telecom(Money.of("10", "CNY"));
    Programmes p = ShopProgrammes.builder().points(telecom, Programmes.Earning.BILLS)
        .zone(ZoneId.of("Asia/Shanghai")).build();
    assertThat(p.points()).contains(telecom);
    assertThat(p.earning()).isEqualTo(Programmes.Earning.BILLS);
    assertThat(p.ladder()).isPresent();
    assertThat(p.tiers()).isPresent();
    assertThat(p.tierMeasure()).isPresent();
    assertThat(p.lifecycle()).isPresent();
    assertThat(p.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void builder_invalid_isRefused() {
    assertThatThrownBy(() -> Programmes.custom(" ")).hasMessage("name must not be blank, but was ' '");
    Programmes.Builder b = Programmes.custom("x");
    assertThatThrownBy(() -> b.points(null, Programmes.Earning.BILLS)).hasMessage("programme");
    assertThatThrownBy(() -> b.points(ShopProgrammes.POINTS, null)).hasMessage("earning");
    assertThatThrownBy(() -> b.tiers(null, null)).hasMessage("programme");
    assertThatThrownBy(() -> b.zone(null)).hasMessage("zone");
    assertThatThrownBy(() -> b.conversion(null)).hasMessage("conversion");
  }
}
