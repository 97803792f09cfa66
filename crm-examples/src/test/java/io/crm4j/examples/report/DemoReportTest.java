package io.crm4j.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThat(files).hasSize(15);
    assertThat(files.get(files.size() - 1)).isEqualTo(dir.resolve(DemoReport.PAGE));
    assertThat(files.subList(0, 14)).extracting(p -> p.getFileName().toString()).containsExactly(
        "calibration-frequencies.png", "calibration-vs-holdout.png", "tracking-cumulative.png",
        "tracking-per-period.png", "probability-alive.png", "clv-distribution.png", "pyramid.png", "abc-lorenz.png",
        "abc-classes.png", "rfm-segments.png", "lifecycle.png", "loyalty-rungs.png", "sla-compliance.png",
        "credit-grades.png");
    for (Path png : files.subList(0, 14)) {
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
    assertThat(refs).hasSize(14);
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
