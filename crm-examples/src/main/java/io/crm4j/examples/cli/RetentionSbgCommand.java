package io.crm4j.examples.cli;

import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.retention.CohortSurvival;
import io.crm4j.scoring.retention.SbgModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retention sbg}: the sBG fit of one cohort, its survival forecast and DERL, as JSON. */
@Command(
    name = "sbg",
    mixinStandardHelpOptions = true,
    description = {"Fits the shifted-beta-geometric model (Fader & Hardie 2007) to a cohort's survivors by maximum "
        + "likelihood and prints JSON: alpha, beta, standardErrors, logLikelihood, converged, iterations, "
        + "forecast (the survival shares of the --horizon periods after the data) and derl (the discounted "
        + "expected residual lifetime, in periods, of a customer with --renewals renewals).",
        "Data where nobody churns, everybody churns in period 1, or with a single period have no estimate: "
            + "the command fails with the reason."})
final class RetentionSbgCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--survival", required = true,
      description = "CSV with header period,alive: period 0, 1, 2, ... in order, alive = customers still active "
          + "(period 0 = the cohort size), non-increasing.")
  Path survival;

  @Option(names = "--horizon", defaultValue = "5", description = "Periods to forecast after the data (default: ${DEFAULT-VALUE}).")
  int horizon;

  @Option(names = "--discount-rate", defaultValue = "0.1",
      description = "Discount rate per period for DERL, in [0.0001, 1), or 0 when alpha > 1 (default: ${DEFAULT-VALUE}).")
  double discountRate;

  @Option(names = "--renewals", description = "Renewals of the customer whose DERL is printed (default: the last period in the file).")
  Integer renewals;

  @Override
  public Integer call() {
    if (horizon < 0 || horizon > 10_000) {
      throw new IllegalArgumentException("--horizon must be in [0, 10000], but was " + horizon);
    }
    if (renewals != null && renewals < 0) {
      throw new IllegalArgumentException("--renewals must be >= 0, but was " + renewals);
    }
    CohortSurvival cohort = read(survival);
    FitResult<SbgModel> fit = SbgModel.fit(cohort);
    SbgModel m = fit.model();
    int k = renewals != null ? renewals : cohort.periods();
    double derl = m.derl(k, discountRate);
    StringBuilder forecast = new StringBuilder("[");
    double[] s = m.survivalCurve(cohort.periods(), horizon);
    for (int i = 0; i < s.length; i++) {
      forecast.append(i == 0 ? "" : ",").append(ClvIo.num(s[i]));
    }
    String json = "{\"model\":\"sbg\",\"alpha\":" + ClvIo.num(m.alpha()) + ",\"beta\":" + ClvIo.num(m.beta())
        + ",\"standardErrors\":" + ClvIo.jsonNumbers(fit.standardErrors())
        + ",\"logLikelihood\":" + ClvIo.num(fit.logLikelihood())
        + ",\"converged\":" + fit.converged() + ",\"iterations\":" + fit.iterations()
        + ",\"cohort\":" + ClvIo.num(cohort.cohortSize()) + ",\"periods\":" + cohort.periods()
        + ",\"forecast\":" + forecast.append(']')
        + ",\"discountRate\":" + ClvIo.num(discountRate) + ",\"renewals\":" + k + ",\"derl\":" + ClvIo.num(derl) + "}";
    PrintWriter out = spec.commandLine().getOut();
    out.println(json);
    out.flush();
    return 0;
  }

  /** Reads period,alive: periods 0, 1, 2, ... in order, alive a finite number. */
  private static CohortSurvival read(Path file) {
    List<Double> alive = new ArrayList<>();
    try (CsvInput.Source source = CsvInput.open(file)) {
      int p = source.header().indexOf("period");
      int a = source.header().indexOf("alive");
      if (p < 0 || a < 0) {
        throw new IllegalArgumentException("--survival must have a header with the columns period and alive, but "
            + file + " had " + source.header());
      }
      long record = 0;
      List<String> r;
      while ((r = source.next()) != null) {
        record++;
        String period = CsvInput.field(r, p, "period", record);
        if (!period.equals(Integer.toString(alive.size()))) {
          throw new IllegalArgumentException("period in record " + record + " must be " + alive.size()
              + " (periods start at 0 and go up by 1), but was '" + period + "'");
        }
        String text = CsvInput.field(r, a, "alive", record);
        double v;
        try {
          v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("alive in record " + record + " must be a number, but was '" + text + "'",
              e);
        }
        if (!Double.isFinite(v) || v < 0) {
          throw new IllegalArgumentException("alive in record " + record + " must be finite and >= 0, but was '"
              + text + "'");
        }
        alive.add(v);
      }
    }
    return CohortSurvival.of(alive.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
