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

/** {@code clv simulate}: draws customers exactly from a model and prints their summary CSV. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Simulate N customers from a model; prints the summary CSV "
        + "(bgbb: frequency,recency,periods,weights).")
public final class ClvSimulateCommand implements FastStart.StartsFast {

  private static final int CHUNK = 250_000;

  /** The most customers one run simulates; the output is written in chunks of {@value #CHUNK}. */
  static final int MAX_CUSTOMERS = 100_000_000;

  @CommandLine.Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  @Option(names = "--model", required = true, description = "bgnbd, pareto-nbd, mbgnbd or bgbb.")
  String model;

  @Option(names = "--params", required = true, description = "JSON of the model's parameters.")
  Path params;

  @Option(names = "--customers", required = true, description = "Number of customers, at most 100000000.")
  int customers;

  @Option(names = "--T", required = true, description = "Observation length T of every customer (bgbb: periods).")
  double age;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", description = "CSV output file (default standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    if (customers < 0 || customers > MAX_CUSTOMERS) {
      throw new IllegalArgumentException("customers must be in [0, " + MAX_CUSTOMERS + "], but was " + customers);
    }
    String name = ClvModels.normalize(model);
    if (!name.equals("bgbb") && (!(age > 0) || Double.isInfinite(age))) {
      // checked here, before the header goes out, and named as the option is
      throw new IllegalArgumentException("T must be finite and > 0, but was " + ClvIo.plain(age));
    }
    ClvIo.emit(out, FastStart.out(spec), w -> write(w, name));
    return 0;
  }

  private void write(PrintWriter w, String name) {
    if (name.equals("bgbb")) {
      int periods = ClvModels.periods(age, "T");
      BgBbModel bgbb = ClvModels.bgbb(params);
      // the chunks together draw no more than one call may: the run's work stays bounded
      if ((long) customers * periods > BgBbModel.MAX_SIMULATED_PERIODS) {
        throw new IllegalArgumentException("customers × periods must be <= " + BgBbModel.MAX_SIMULATED_PERIODS
            + ", but was " + customers + " × " + periods + " = " + (long) customers * periods);
      }
      w.println("frequency,recency,periods,weights");
      int done = 0;
      int chunk = 0;
      while (done < customers) {
        int n = Math.min(CHUNK, customers - done);
        BgBbSummary s = bgbb.simulate(n, periods, seed + 1_000_003L * chunk);
        StringBuilder sb = new StringBuilder(n * 16);
        for (int i = 0; i < s.size(); i++) {
          sb.append(s.frequency(i)).append(',').append(s.recency(i)).append(',').append(s.periods(i)).append(",1\n");
        }
        w.print(sb);
        done += n;
        chunk++;
        progress(done);
      }
    } else {
      PurchaseModel m = ClvModels.purchaseModel(name, params);
      w.println("customer_id,frequency,recency,T,monetary_value,unit");
      String unit = ",0," + m.unit().label() + '\n';
      int done = 0;
      int chunk = 0;
      while (done < customers) {
        int n = Math.min(CHUNK, customers - done);
        ClvSummary s = m.simulate(n, age, seed + 1_000_003L * chunk);
        StringBuilder sb = new StringBuilder(n * 32);
        for (int i = 0; i < n; i++) {
          sb.append(done + i + 1).append(',').append(s.frequency(i)).append(',').append(ClvIo.num(s.recency(i)))
              .append(',').append(ClvIo.num(s.age(i))).append(unit);
        }
        w.print(sb);
        done += n;
        chunk++;
        progress(done);
      }
    }
  }

  private void progress(int done) {
    if (customers > CHUNK) {
      FastStart.err(spec).println("simulated " + done + "/" + customers);
    }
  }
}
