package io.crm4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java block in {@code docs/} is followed by a line naming the compiled example it comes
 * from; the block must equal that example's text between {@code // snippet-start} and
 * {@code // snippet-end} (indentation removed), so the docs show only code that compiles.
 */
class DocSnippetsTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path DOCS = MODULE.resolveSibling("docs");
  private static final Pattern BLOCK = Pattern.compile(
      "```java\\n(.*?)```\\n+Compiled example: `(crm-examples/src/main/java/[^`]+\\.java)`", Pattern.DOTALL);

  @Test
  void docs_javaBlocksAreTheCompiledExamples() throws IOException {
    List<Path> pages;
    try (Stream<Path> s = Files.walk(DOCS)) {
      pages = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    int checked = 0;
    List<String> unmatched = new ArrayList<>();
    for (Path page : pages) {
      String md = Files.readString(page, StandardCharsets.UTF_8);
      Matcher m = BLOCK.matcher(md);
      int matched = 0;
      while (m.find()) {
        Path source = MODULE.resolveSibling(m.group(2));
        assertThat(source).as(page + " names " + m.group(2)).isRegularFile();
        assertThat(dedent(m.group(1))).as(page + " block from " + m.group(2))
            .isEqualTo(snippet(Files.readString(source, StandardCharsets.UTF_8)));
        matched++;
        checked++;
      }
      int blocks = md.split("```java", -1).length - 1;
      if (page.getParent().getFileName().toString().equals("concepts") || page.endsWith("getting-started.md")
          || page.endsWith("configuration.md")) {
        if (blocks != matched) {
          unmatched.add(page + ": " + blocks + " java blocks, " + matched + " tied to an example");
        }
      }
    }
    assertThat(unmatched).isEmpty();
    assertThat(checked).isGreaterThanOrEqualTo(10);
  }

  static String snippet(String source) {
    int start = source.indexOf("// snippet-start\n");
    int end = source.indexOf("// snippet-end");
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    String body = source.substring(start + "// snippet-start\n".length(), source.lastIndexOf('\n', end) + 1);
    return dedent(body);
  }

  static String dedent(String text) {
    List<String> lines = text.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return b.toString();
  }
}
