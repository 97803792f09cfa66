package io.crm4j.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crm4j.examples.demo.DemoFixture;
import io.crm4j.examples.demo.DemoResult;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoReportTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final DemoResult RESULT = DemoFixture.get().first;

  @Test
  void write_everyChartIsAValidPngOfTheExpectedSize(@TempDir Path dir) throws IOException {
    List<Path> files = DemoReport.write(RESULT, dir);

    // the analysis's eleven charts (analyze draws the same), then the demo's own three
    assertThat(files).hasSize(17);
    assertThat(files.get(files.size() - 1)).isEqualTo(dir.resolve(DemoReport.PAGE));
    assertThat(files.subList(0, 16)).extracting(p -> p.getFileName().toString()).containsExactly(
        "calibration-frequencies.png", "calibration-vs-holdout.png", "tracking-cumulative.png",
        "tracking-per-period.png", "retention-curve.png", "churn-gains.png", "probability-alive.png", "clv-distribution.png", "pyramid.png", "abc-lorenz.png",
        "abc-classes.png", "rfm-segments.png", "lifecycle.png", "loyalty-rungs.png", "sla-compliance.png",
        "credit-grades.png");
    for (Path png : files.subList(0, 16)) {
      byte[] bytes = Files.readAllBytes(png);
      assertThat(Arrays.copyOf(bytes, 8)).as(png.toString()).isEqualTo(PNG_SIGNATURE);
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image).as(png.toString()).isNotNull();
      assertThat(image.getWidth()).isEqualTo(800);
      assertThat(image.getHeight()).isEqualTo(500);
    }
  }

  @Test
  void write_pageReferencesOnlyFilesThatExist(@TempDir Path dir) throws IOException {
    DemoReport.write(RESULT, dir.resolve("new-folder"));
    Path out = dir.resolve("new-folder");
    String html = Files.readString(out.resolve(DemoReport.PAGE), StandardCharsets.UTF_8);

    Matcher m = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
    List<String> refs = new ArrayList<>();
    while (m.find()) {
      refs.add(m.group(1));
    }
    assertThat(refs).hasSize(16);
    for (String ref : refs) {
      assertThat(ref).doesNotContain("://").doesNotStartWith("/");
      assertThat(out.resolve(ref)).isRegularFile();
    }
    assertThat(html).doesNotContain("<script", "<link");
    assertThat(html).contains("<td>2357</td>", "<td>6919</td>");
  }

  @Test
  void json_holdsTheFiguresOfEveryArea() throws IOException {
    JsonNode json = new ObjectMapper().readTree(DemoReport.json(RESULT));

    assertThat(json.get("customers").asInt()).isEqualTo(2_357);
    assertThat(json.get("clvByCustomer").size()).isEqualTo(2_357);
    assertThat(json.get("analysis").get("frequencies").get("actual").get(0).asDouble()).isEqualTo(1411.0);
    assertThat(json.get("analysis").get("abcClasses").get("A").asLong())
        .isEqualTo(RESULT.analysis().abcClasses().get("A"));
    assertThat(json.get("analysis").get("bgnbd").get("r").asDouble())
        .isEqualTo(RESULT.analysis().bgnbd().parameters().get("r"));
    assertThat(json.get("credit").get("grades").size()).isEqualTo(10);
    assertThat(json.get("complaints").get("received").asLong()).isEqualTo(RESULT.complaints().received());
    assertThat(json.get("lifecycle").get("statuses").get("ACTIVE").asLong())
        .isEqualTo(RESULT.lifecycle().statuses().get("ACTIVE"));
  }

  /**
   * The retention curve of the CDNOW sample's first monthly cohort, recomputed in plain Python: the
   * 781 customers who first bought in January 1997, of whom this many bought in month k or later
   * (to 1998-06-30): 781, 355, 323, 300, 284, 273, 251, 234, 225, 213, 198, 180, 157, 142, 120, 83,
   * 62, 33. sBG fitted to months 0 to 8 (the calibration end, 1997-09-30) by maximising the Fader &amp;
   * Hardie (2007) likelihood with scipy's Nelder-Mead on log-parameters: alpha 0.196670, beta
   * 0.166013, S(1) 0.457736, S(29) 0.226750.
   */
  @Test
  void json_retentionCurveMatchesAnIndependentSbgFit() throws IOException {
    JsonNode r = new ObjectMapper().readTree(DemoReport.json(RESULT)).get("analysis").get("retention");
    assertThat(r.get("cohortStart").asText()).isEqualTo("1997-01-01");
    assertThat(r.get("cohortSize").asInt()).isEqualTo(781);
    assertThat(r.get("fittedMonths").asInt()).isEqualTo(8);
    int[] survivors = {781, 355, 323, 300, 284, 273, 251, 234, 225, 213, 198, 180, 157, 142, 120, 83, 62, 33};
    assertThat(r.get("actual").size()).isEqualTo(survivors.length);
    for (int k = 0; k < survivors.length; k++) {
      assertThat(r.get("actual").get(k).asDouble()).as("month " + k).isCloseTo(survivors[k] / 781.0, within(1e-12));
    }
    assertThat(r.get("alpha").asDouble()).isCloseTo(0.196670, within(2e-4));
    assertThat(r.get("beta").asDouble()).isCloseTo(0.166013, within(2e-4));
    assertThat(r.get("sbg").size()).isEqualTo(30);
    assertThat(r.get("sbg").get(1).asDouble()).isCloseTo(0.457736, within(1e-4));
    assertThat(r.get("sbg").get(29).asDouble()).isCloseTo(0.226750, within(1e-4));
  }

  /**
   * The churn scorecard of the analysis: 2 357 customers, of whom 1 673 made no purchase in the
   * holdout period (a plain Python count over the CDNOW sample); its deciles hold every customer and
   * every churner, riskiest first.
   */
  @Test
  void json_churnScorecardCoversTheCohort() throws IOException {
    JsonNode c = new ObjectMapper().readTree(DemoReport.json(RESULT)).get("analysis").get("churnScorecard");
    assertThat(c.get("customers").asInt()).isEqualTo(2_357);
    assertThat(c.get("churnRate").asDouble()).isCloseTo(1673 / 2357.0, within(1e-12));
    assertThat(c.get("summary").get("auc").asDouble()).isBetween(0.7, 0.9);
    JsonNode lift = c.get("lift");
    assertThat(lift.size()).isEqualTo(10);
    int cases = 0;
    int events = 0;
    for (JsonNode row : lift) {
      cases += row.get("cases").asInt();
      events += row.get("events").asInt();
    }
    assertThat(cases).isEqualTo(2_357);
    assertThat(events).isEqualTo(1_673);
    assertThat(lift.get(0).get("lift").asDouble()).isGreaterThan(1.2);
    assertThat(c.get("calibration").size()).isEqualTo(10);
  }

  @Test
  void escape_replacesMarkupCharacters() {
    assertThat(DemoReport.escape("Can't <b>\"x\" & y</b>"))
        .isEqualTo("Can&#39;t &lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;");
  }

  @Test
  void write_rejectsNulls(@TempDir Path dir) {
    assertThatThrownBy(() -> DemoReport.write(null, dir)).isInstanceOf(NullPointerException.class)
        .hasMessage("result");
  }
}
