package io.crm4j.examples.cli;

import io.crm4j.scoring.clv.BgBbModel;
import io.crm4j.scoring.clv.BgBbSummary;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.PurchaseModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clv predict}: expected purchases in the next t and P(alive) per customer, as CSV. */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = "Predict customer_id,expected_purchases,p_alive (CSV) with fitted parameters.")
public final class ClvPredictCommand implements FastStart.StartsFast {

  @CommandLine.Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  @Option(names = "--model", required = true, description = "bgnbd, pareto-nbd, mbgnbd or bgbb.")
  String model;

  @Option(names = "--params", required = true, description = "JSON from 'clv fit' (or a flat object of numbers).")
  Path params;

  @Option(names = "--summary", required = true, description = "Summary CSV.")
  Path summary;

  @Option(names = "--horizon", required = true, description = "Prediction horizon t (bgbb: whole periods).")
  double horizon;

  @Option(names = "--out", description = "CSV output file (default standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    if (!(horizon >= 0) || Double.isInfinite(horizon)) {
      throw new IllegalArgumentException("horizon must be finite and >= 0, but was " + horizon);
    }
    String name = ClvModels.normalize(model);
    StringBuilder sb = new StringBuilder("customer_id,expected_purchases,p_alive\n");
    if (name.equals("bgbb")) {
      int periods = ClvModels.periods(horizon, "horizon");
      BgBbModel m = ClvModels.bgbb(params);
      BgBbSummary s = ClvIo.readBgBb(summary);
      for (int i = 0; i < s.size(); i++) {
        sb.append(i + 1).append(',')
            .append(ClvIo.num(m.conditionalExpectedPurchases(periods, s.frequency(i), s.recency(i), s.periods(i))))
            .append(',').append(ClvIo.num(m.probabilityAlive(s.frequency(i), s.recency(i), s.periods(i)))).append('\n');
      }
    } else {
      PurchaseModel m = ClvModels.purchaseModel(name, params);
      ClvSummary s = ClvIo.readSummary(summary);
      ClvModels.requireSameUnit(m, params, s, summary);
      double[] e = m.conditionalExpectedPurchases(horizon, s);
      double[] p = m.probabilityAlive(s);
      for (int i = 0; i < s.size(); i++) {
        sb.append(s.id(i)).append(',').append(ClvIo.num(e[i])).append(',').append(ClvIo.num(p[i])).append('\n');
      }
    }
    ClvIo.emit(out, FastStart.out(spec), w -> w.print(sb), params, summary);
    return 0;
  }
}
