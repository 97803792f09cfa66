package io.crm4j.examples.cli;

import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.DiscountedClv;
import io.crm4j.scoring.clv.PurchaseModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clv value}: discounted CLV per customer from a purchase model and Gamma-Gamma, as CSV. */
@Command(
    name = "value",
    mixinStandardHelpOptions = true,
    description = "Discounted CLV per customer (customer_id,clv CSV) from a purchase model and the Gamma-Gamma spend model.")
public final class ClvValueCommand implements FastStart.StartsFast {

  @CommandLine.Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  @Option(names = "--purchase-model", required = true, description = "bgnbd, pareto-nbd or mbgnbd.")
  String purchaseModel;

  @Option(names = "--purchase-params", required = true, description = "JSON of the purchase model's parameters.")
  Path purchaseParams;

  @Option(names = "--spend-params", required = true, description = "JSON of the Gamma-Gamma parameters.")
  Path spendParams;

  @Option(names = "--summary", required = true, description = "Summary CSV with monetary_value.")
  Path summary;

  @Option(names = "--months", defaultValue = "12", description = "Horizon in months (default ${DEFAULT-VALUE}).")
  int months;

  @Option(names = "--discount-rate", defaultValue = "0.01", description = "Monthly discount rate (default ${DEFAULT-VALUE}).")
  double discountRate;

  @Option(names = "--unit", description = "Time unit of a summary without a unit column (default weeks); must match "
      + "the column when the summary has one.")
  @Nullable String unit;

  @Option(names = "--out", description = "CSV output file (default standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    PurchaseModel model = ClvModels.purchaseModel(purchaseModel, purchaseParams);
    DiscountedClv clv = DiscountedClv.of(model, ClvModels.spendModel(spendParams));
    ClvSummary s = ClvIo.readSummary(summary, unit == null ? null : ClvTimeUnit.parse(unit));
    ClvModels.requireSameUnit(model, purchaseParams, s, summary);
    double[] v = clv.values(s, months, discountRate, s.unit());
    StringBuilder sb = new StringBuilder("customer_id,clv\n");
    for (int i = 0; i < s.size(); i++) {
      sb.append(s.id(i)).append(',').append(ClvIo.num(v[i])).append('\n');
    }
    ClvIo.emit(out, FastStart.out(spec), w -> w.print(sb), summary);
    return 0;
  }
}
