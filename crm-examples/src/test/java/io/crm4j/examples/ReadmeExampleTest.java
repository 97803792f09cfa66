package io.crm4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeExampleTest {

  @Test
  void run_storesTheCustomerAndExportsIt(@TempDir Path dir) {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    String json = ReadmeExample.run(dir.resolve("crm"), clock);
    assertThat(json).contains("\"id\" : \"C-1\"").contains("\"version\" : 2").contains("\"vip\"")
        .contains("\"amount\" : \"EUR 129.90\"").contains("\"exportedAt\" : \"2026-03-01T10:00:00Z\"");
  }
}
