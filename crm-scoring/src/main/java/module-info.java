/**
 * crm4j scoring: pure formulas over crm4j values (CLV models, RFM, ABC and pyramid tiering, credit
 * scorecards, satisfaction indices, seasonal indices, retention models). Exports the API packages
 * and the CLV fitting SPI ({@code io.crm4j.scoring.clv.spi}); {@code internal} packages stay
 * hidden. No third-party runtime dependency besides crm-core; the annotation modules are
 * {@code static transitive}, so the annotations on the exported API resolve for callers that have
 * them and cost nothing at run time.
 */
module io.crm4j.scoring {
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires transitive io.crm4j.core;

  exports io.crm4j.scoring.clv;
  exports io.crm4j.scoring.clv.spi;
  exports io.crm4j.scoring.credit;
  exports io.crm4j.scoring.forecast;
  exports io.crm4j.scoring.retention;
  exports io.crm4j.scoring.rfm;
  exports io.crm4j.scoring.satisfaction;
  exports io.crm4j.scoring.tiering;
}
