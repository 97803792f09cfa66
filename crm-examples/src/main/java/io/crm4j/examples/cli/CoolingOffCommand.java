package io.crm4j.examples.cli;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.money.Money;
import io.crm4j.core.money.Percentage;
import io.crm4j.core.pipeline.Contract;
import io.crm4j.core.pipeline.ContractId;
import io.crm4j.core.pipeline.ContractPolicy;
import io.crm4j.core.pipeline.PipelineEvent;
import io.crm4j.core.pipeline.UnderwritingDecision;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm4j cooling-off}: what cancelling a policy at an instant refunds. */
@Command(name = "cooling-off", mixinStandardHelpOptions = true,
    description = {"Refund for a policy cancelled at an instant: the issue date is day 0 and days 0..N",
        "(calendar days in --zone) refund the premium in full. Prints JSON."})
final class CoolingOffCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--issued", required = true, description = "When the policy was issued, e.g. 2026-03-02T15:00:00Z.")
  Instant issued;

  @Option(names = "--cancelled", required = true, description = "When it is cancelled.")
  Instant cancelled;

  @Option(names = "--premium", required = true, description = "The premium, e.g. 'EUR 800.00'.")
  String premium;

  @Option(names = "--days", defaultValue = "10", description = "Cooling-off days (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--zone", defaultValue = "UTC", description = "Zone whose calendar days count (default: ${DEFAULT-VALUE}).")
  String zone;

  @Option(names = "--refund-share-after", defaultValue = "0",
      description = "Percent of the premium refunded after the period (default: ${DEFAULT-VALUE}).")
  String shareAfter;

  @Override
  public Integer call() {
    ZoneId z;
    try {
      z = ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("--zone must be a time-zone id such as Europe/Berlin, but was '" + zone + "'", e);
    }
    Percentage share;
    try {
      share = Percentage.of(shareAfter);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--refund-share-after must be a percentage such as 20, but was '" + shareAfter
          + "'", e);
    }
    ContractPolicy policy = ContractPolicy.custom().coolingOffDays(days).zone(z).refundShareAfterCoolingOff(share)
        .build();
    Contract contract = Contract.submit(ContractId.of("cli"), CustomerId.of("cli"), null, "policy",
        premium(premium), issued)
        .startUnderwriting(issued).orElseThrow()
        .underwrite(UnderwritingDecision.PASS, issued).orElseThrow()
        .issue(issued).orElseThrow();
    PipelineEvent.ContractCancelled event = contract.cancel(policy, cancelled)
        .events(PipelineEvent.ContractCancelled.class).get(0);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("coolingOffDay", event.coolingOffDay());
    out.put("lastCoolingOffDate", policy.lastCoolingOffDate(issued).toString());
    out.put("fullRefund", event.fullRefund());
    out.put("refund", event.refund());
    spec.commandLine().getOut().println(Crm4jJson.writePretty(out));
    return 0;
  }

  /** The premium: a currency code and a decimal of at most 1e15, like every amount the CLI reads. */
  static Money premium(String text) {
    String[] parts = text.strip().split("\\s+");
    if (parts.length == 2) {
      try {
        return Money.of(CsvInput.decimal(parts[1], "--premium", 1), java.util.Currency.getInstance(parts[0]));
      } catch (IllegalArgumentException e) {
        // reported below with the rule
      }
    }
    throw new IllegalArgumentException("--premium must be an ISO 4217 code and an amount of at most 1e15 with the "
        + "currency's decimals, such as 'EUR 800.00', but was '" + CsvInput.shown(text) + "'");
  }
}
