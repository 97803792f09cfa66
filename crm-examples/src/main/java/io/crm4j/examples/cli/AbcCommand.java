package io.crm4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crm4j.scoring.tiering.AbcClass;
import io.crm4j.scoring.tiering.AbcClassification;
import io.crm4j.scoring.tiering.AbcConfig;
import io.crm4j.scoring.tiering.AbcEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code abc}: ABC classes by cumulative share of value. */
@Command(
    name = "abc",
    mixinStandardHelpOptions = true,
    description = "Sorts customers by value, largest first, and classes them A / B / C by cumulative "
        + "share of the total (A up to 75 %%, B up to 95 %% by default; a customer landing exactly "
        + "on a limit is inside it). Writes CSV customer_id,value,cumulative_share,class to "
        + "--out (then a JSON summary to stdout) or to stdout.")
final class AbcCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--values", required = true, description = "CSV file with a header line, one customer per line.")
  Path values;

  @Option(names = "--id-col", required = true, description = "Column holding the customer id.")
  String idCol;

  @Option(names = "--value-col", required = true, description = "Column holding the value, a number >= 0.")
  String valueCol;

  @Option(names = "--thresholds", defaultValue = "0.75,0.95", split = ",",
      description = "Cumulative-share limits of A and B (default: ${DEFAULT-VALUE}).")
  List<Double> thresholds;

  @Option(names = "--out", description = "Write the CSV here instead of stdout.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (thresholds.size() != 2) {
      throw new IllegalArgumentException("--thresholds must be two numbers like 0.75,0.95, but was " + thresholds);
    }
    AbcConfig config = AbcConfig.custom().limits(thresholds.get(0), thresholds.get(1)).build();
    Map<String, Double> byCustomer = new LinkedHashMap<>();
    try (CsvInput.Source source = CsvInput.open(values)) {
      int id = source.column(idCol, "--id-col");
      int value = source.column(valueCol, "--value-col");
      long record = 0;
      double total = 0;
      List<String> r;
      while ((r = source.next()) != null) {
        record++;
        String customer = CsvInput.field(r, id, idCol, record);
        String text = CsvInput.field(r, value, valueCol, record);
        double v = CsvInput.number(text, valueCol, record);
        total += v;
        if (!Double.isFinite(total)) {
          throw new IllegalArgumentException(valueCol + " must add up to a finite total (below 1.8e308), but the total"
              + " went beyond it at record " + record);
        }
        if (byCustomer.put(customer, v) != null) {
          throw new IllegalArgumentException("customer ids must be unique, but '" + customer + "' appeared again in record "
              + record);
        }
      }
    }
    AbcClassification abc = AbcClassification.of(config);
    List<AbcEntry<String>> table = abc.classify(byCustomer);
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      writeCsv(table, w);
      w.flush();
    } else {
      CliOutput.write(out, w -> writeCsv(table, w), values);
      Map<AbcClass, Integer> counts = new EnumMap<>(AbcClass.class);
      for (AbcClass c : AbcClass.values()) {
        counts.put(c, 0);
      }
      table.forEach(e -> counts.merge(e.abcClass(), 1, Integer::sum));
      double[] all = byCustomer.values().stream().mapToDouble(Double::doubleValue).toArray();
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("customers", table.size());
      summary.put("classes", counts);
      summary.put("paretoTopFraction", config.paretoTopFraction());
      summary.put("paretoShare", abc.paretoShare(all));
      summary.put("out", out.toString());
      PrintWriter w = spec.commandLine().getOut();
      w.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
      w.flush();
    }
    return 0;
  }

  private static void writeCsv(List<AbcEntry<String>> table, PrintWriter w) {
    w.println("customer_id,value,cumulative_share,class");
    for (AbcEntry<String> e : table) {
      w.println(CsvInput.quote(e.key()) + ',' + e.value() + ',' + e.cumulativeShare() + ',' + e.abcClass());
    }
  }
}
