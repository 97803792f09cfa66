package io.crm4j.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crm4j.scoring.credit.PointsScaling;
import io.crm4j.scoring.credit.Scorecard;
import io.crm4j.scoring.credit.ScorecardBin;
import io.crm4j.scoring.credit.ScorecardFit;
import io.crm4j.scoring.credit.ScorecardVariable;
import io.crm4j.scoring.credit.VariableBinning;
import io.crm4j.scoring.credit.VariableKind;
import io.crm4j.scoring.credit.WoeBin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scorecard JSON of the {@code credit} commands: {@code credit scorecard} writes it,
 * {@code credit score} reads it back, strictly.
 */
final class ScorecardJson {

  private ScorecardJson() {}

  static ObjectNode toJson(ScorecardFit fit) {
    Scorecard card = fit.scorecard();
    ObjectNode root = CreditCommand.JSON.createObjectNode();
    ObjectNode scaling = root.putObject("scaling");
    scaling.put("pdo", card.scaling().pdo());
    scaling.put("baseScore", card.scaling().baseScore());
    scaling.put("baseOdds", card.scaling().baseOdds());
    scaling.put("factor", card.scaling().factor());
    scaling.put("offset", card.scaling().offset());
    root.put("intercept", fit.intercept());
    root.put("basePoints", card.basePoints());
    ArrayNode variables = root.putArray("variables");
    for (ScorecardVariable v : card.variables()) {
      VariableBinning binning = fit.candidates().stream().filter(b -> b.variable().equals(v.name())).findFirst()
          .orElseThrow();
      ObjectNode node = variables.addObject();
      node.put("name", v.name());
      node.put("kind", v.kind().name());
      node.put("iv", binning.iv());
      node.put("coefficient", v.coefficient());
      ArrayNode cuts = node.putArray("cuts");
      v.cuts().forEach(cuts::add);
      ArrayNode specials = node.putArray("specialValues");
      v.specialValues().forEach(specials::add);
      ArrayNode bins = node.putArray("bins");
      for (int i = 0; i < v.bins().size(); i++) {
        ScorecardBin bin = v.bins().get(i);
        WoeBin counts = binning.woe().bins().get(i);
        ObjectNode b = bins.addObject();
        b.put("label", bin.label());
        ArrayNode cats = b.putArray("categories");
        bin.categories().forEach(cats::add);
        b.put("goods", counts.goods());
        b.put("bads", counts.bads());
        b.put("woe", bin.woe());
        b.put("points", bin.points());
        b.put("missing", bin.missing());
        b.put("special", bin.special());
      }
    }
    ObjectNode dropped = root.putObject("droppedVariablesIv");
    for (VariableBinning b : fit.candidates()) {
      if (!card.variableNames().contains(b.variable())) {
        dropped.put(b.variable(), b.iv());
      }
    }
    ObjectNode validation = root.putObject("training");
    validation.put("cases", fit.training().cases());
    validation.put("ks", fit.training().ks());
    validation.put("auc", fit.training().auc());
    validation.put("gini", fit.training().gini());
    return root;
  }

  /**
   * The scorecard in a JSON tree as {@link #toJson} writes it. Strict: a number must be a finite
   * JSON number (not "abc", not a string "12"), a text a JSON string, a kind NUMERIC or
   * CATEGORICAL; an error names the field by its path, such as {@code variables[2].bins[0].points}.
   */
  static Scorecard fromJson(JsonNode root) {
    JsonNode s = object(root, "scaling", "");
    PointsScaling scaling = new PointsScaling(number(s, "pdo", "scaling."), number(s, "baseScore", "scaling."),
        number(s, "baseOdds", "scaling."));
    List<ScorecardVariable> variables = new ArrayList<>();
    JsonNode vars = array(root, "variables", "");
    for (int i = 0; i < vars.size(); i++) {
      String at = "variables[" + i + "].";
      JsonNode v = vars.get(i);
      List<Double> cuts = new ArrayList<>();
      JsonNode cutList = array(v, "cuts", at);
      for (int c = 0; c < cutList.size(); c++) {
        cuts.add(finite(cutList.get(c), at + "cuts[" + c + "]"));
      }
      List<ScorecardBin> bins = new ArrayList<>();
      JsonNode binList = array(v, "bins", at);
      for (int b = 0; b < binList.size(); b++) {
        String binAt = at + "bins[" + b + "].";
        JsonNode bin = binList.get(b);
        List<String> cats = new ArrayList<>();
        JsonNode catList = array(bin, "categories", binAt);
        for (int c = 0; c < catList.size(); c++) {
          cats.add(textOf(catList.get(c), binAt + "categories[" + c + "]"));
        }
        bins.add(new ScorecardBin(text(bin, "label", binAt), cats, number(bin, "woe", binAt),
            number(bin, "points", binAt), flag(bin, "missing", binAt), flag(bin, "special", binAt)));
      }
      // optional: scorecards written before special values had none
      List<String> specials = new ArrayList<>();
      if (v.has("specialValues")) {
        JsonNode specialList = array(v, "specialValues", at);
        for (int k = 0; k < specialList.size(); k++) {
          specials.add(textOf(specialList.get(k), at + "specialValues[" + k + "]"));
        }
      }
      variables.add(new ScorecardVariable(text(v, "name", at), kind(text(v, "kind", at), at + "kind"),
          number(v, "coefficient", at), cuts, bins, specials));
    }
    return Scorecard.of(scaling, number(root, "basePoints", ""), variables);
  }

  /** Jackson's complaint without its source excerpt, and where it is: "... at line 3, column 7". */
  static String jsonProblem(JsonProcessingException e) {
    // without the name of the Jackson setting behind a limit: ", from `StreamReadConstraints...`"
    String message = String.valueOf(e.getOriginalMessage()).replaceAll(", from `[^`]*`", "");
    for (String cut : new String[] {"\n", " (start marker at", " at [Source"}) {
      int at = message.indexOf(cut);
      if (at >= 0) {
        message = message.substring(0, at);
      }
    }
    JsonLocation where = e.getLocation();
    return where == null ? message : message + " at line " + where.getLineNr() + ", column " + where.getColumnNr();
  }

  private static JsonNode required(JsonNode node, String field, String at) {
    JsonNode value = node.isObject() ? node.get(field) : null;
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("scorecard JSON must have a '" + at + field + "' field, but had none");
    }
    return value;
  }

  private static JsonNode object(JsonNode node, String field, String at) {
    JsonNode value = required(node, field, at);
    if (!value.isObject()) {
      throw wrongType(at + field, "an object", value);
    }
    return value;
  }

  private static JsonNode array(JsonNode node, String field, String at) {
    JsonNode value = required(node, field, at);
    if (!value.isArray()) {
      throw wrongType(at + field, "an array", value);
    }
    return value;
  }

  private static double number(JsonNode node, String field, String at) {
    return finite(required(node, field, at), at + field);
  }

  private static double finite(JsonNode value, String path) {
    if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
      throw wrongType(path, "a finite number", value);
    }
    return value.asDouble();
  }

  /** An optional boolean field, false when absent (scorecards written before missing or special bins had none). */
  private static boolean flag(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null) {
      return false;
    }
    if (!value.isBoolean()) {
      throw wrongType(at + field, "true or false", value);
    }
    return value.booleanValue();
  }

  private static String text(JsonNode node, String field, String at) {
    return textOf(required(node, field, at), at + field);
  }

  private static String textOf(JsonNode value, String path) {
    if (!value.isTextual()) {
      throw wrongType(path, "a string", value);
    }
    return value.asText();
  }

  private static VariableKind kind(String text, String path) {
    for (VariableKind k : VariableKind.values()) {
      if (k.name().equals(text)) {
        return k;
      }
    }
    throw new IllegalArgumentException("scorecard JSON field '" + path + "' must be one of "
        + Arrays.toString(VariableKind.values()) + ", but was \"" + shortText(text) + "\"");
  }

  private static IllegalArgumentException wrongType(String path, String what, JsonNode value) {
    // a NaN or infinite number node would print as the string "NaN"; say the number itself
    String shown = value.isNumber() ? Double.toString(value.asDouble()) : value.toString();
    return new IllegalArgumentException("scorecard JSON field '" + path + "' must be " + what + ", but was "
        + shortText(shown));
  }

  /** At most 40 characters of a value for a message. */
  private static String shortText(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
