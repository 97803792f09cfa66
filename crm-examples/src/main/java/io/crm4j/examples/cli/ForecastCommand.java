package io.crm4j.examples.cli;

import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.money.Money;
import io.crm4j.core.pipeline.ForecastPeriod;
import io.crm4j.core.pipeline.Opportunity;
import io.crm4j.core.pipeline.OpportunityId;
import io.crm4j.core.pipeline.OwnerId;
import io.crm4j.core.pipeline.PipelineForecast;
import io.crm4j.core.pipeline.SalesStages;
import io.crm4j.core.pipeline.StageDefinition;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm4j forecast}: the weighted pipeline of opportunities listed in a CSV file, weighted by
 * the preset stage probabilities (New 10 %, Qualified 30 %, Proposition 70 %, Won 100 %, Lost 0 %).
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = {"Weighted pipeline (amount x stage probability) of the opportunities in a CSV file,",
        "with header id,owner,amount,currency,expected_close,stage. Prints JSON."})
final class ForecastCommand implements Callable<Integer> {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  /** What to group by. */
  enum By { owner, stage, category, quarter, month }

  @Spec
  CommandSpec spec;

  @Option(names = "--opportunities", required = true, description = "CSV file of opportunities.")
  Path file;

  @Option(names = "--currency", required = true, description = "ISO 4217 code every amount must use.")
  String currency;

  @Option(names = "--quarter", description = "Keep opportunities expected to close in this quarter, e.g. 2026-Q2.")
  String quarter;

  @Option(names = "--by", defaultValue = "owner", description = "Group by: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  By by;

  @Override
  public Integer call() {
    SalesStages stages = SalesStages.ofDefaults();
    Currency cur;
    try {
      cur = Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--currency must be an ISO 4217 code, but was '" + currency + "'", e);
    }
    PipelineForecast forecast = PipelineForecast.of(read(file, stages, cur), stages, cur);
    Map<String, Object> out = new LinkedHashMap<>();
    if (quarter != null) {
      ForecastPeriod period = parseQuarter(quarter);
      forecast = forecast.within(period);
      out.put("period", period.toString());
    }
    out.put("opportunities", forecast.lines().size());
    out.put("amountTotal", forecast.amountTotal());
    out.put("weightedTotal", forecast.weightedTotal());
    Map<String, Money> groups = new LinkedHashMap<>();
    forecast.weightedBy(key(by)).forEach((k, v) -> groups.put(String.valueOf(k), v));
    out.put("by", by.name());
    out.put("groups", groups);
    spec.commandLine().getOut().println(Crm4jJson.writePretty(out));
    return 0;
  }

  private static Function<PipelineForecast.Line, Object> key(By by) {
    return switch (by) {
      case owner -> l -> l.opportunity().owner().value();
      case stage -> l -> l.stage().name();
      case category -> l -> l.stage().category();
      case quarter -> PipelineForecast.Line::quarter;
      case month -> PipelineForecast.Line::month;
    };
  }

  static ForecastPeriod parseQuarter(String text) {
    Matcher m = QUARTER.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("--quarter must look like 2026-Q2, but was '" + text + "'");
    }
    return ForecastPeriod.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Reads the rows into opportunities taken to their stage; the stage-history times are not part
   * of the CSV and do not matter to the forecast, so each opportunity opens and moves at the epoch.
   */
  static List<Opportunity> read(Path file, SalesStages stages, Currency expected) {
    List<Opportunity> out = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    Instant at = Instant.EPOCH;
    try (CsvInput.Source source = CsvInput.open(file)) {
      int id = source.column(true, "id");
      int owner = source.column(true, "owner");
      int amountCol = source.column(true, "amount");
      int currencyCol = source.column(true, "currency");
      int closeCol = source.column(true, "expected_close");
      int stageCol = source.column(true, "stage");
      long record = 0;
      List<String> r;
      while ((r = source.next()) != null) {
        record++;
        LocalDate close;
        String closeText = CsvInput.field(r, closeCol, "expected_close", record);
        try {
          close = LocalDate.parse(closeText);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("expected_close in record " + record + " must be a date yyyy-MM-dd, but was '"
              + CsvInput.shown(closeText) + "'", e);
        }
        BigDecimal value = CsvInput.decimal(CsvInput.field(r, amountCol, "amount", record), "amount", record);
        String code = CsvInput.field(r, currencyCol, "currency", record);
        Currency currency;
        try {
          currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("currency in record " + record + " must be an ISO 4217 code, but was '"
              + CsvInput.shown(code) + "'", e);
        }
        if (!currency.equals(expected)) {
          throw new IllegalArgumentException("currency in record " + record + " must be " + expected.getCurrencyCode()
              + " (--currency), but was " + currency.getCurrencyCode());
        }
        Money amount;
        try {
          amount = Money.of(value, currency);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("amount in record " + record + ": " + e.getMessage(), e);
        }
        String name = CsvInput.field(r, id, "id", record);
        Long earlier = seen.putIfAbsent(name, record);
        if (earlier != null) {
          throw new IllegalArgumentException("id in record " + record + " must be unique, but '" + CsvInput.shown(name)
              + "' is also in record " + earlier);
        }
        try {
          Opportunity o = Opportunity.open(OpportunityId.of(name), name, null,
              OwnerId.of(CsvInput.field(r, owner, "owner", record)), amount, close, stages, null, at);
          StageDefinition stage = stages.stage(CsvInput.field(r, stageCol, "stage", record));
          o = switch (stage.kind()) {
            case WON -> o.win("as listed", stages, at).orElseThrow();
            case LOST -> o.lose("as listed", stages, at).orElseThrow();
            case OPEN -> stage.name().equals(o.stage()) ? o : o.moveTo(stage.name(), stages, at).orElseThrow();
          };
          out.add(o);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("record " + record + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }
}
