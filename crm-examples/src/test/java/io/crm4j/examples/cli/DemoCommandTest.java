package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.store.jdbc.JdbcStore;
import io.crm4j.examples.demo.CdnowSample;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm4j demo} on a folder whose store it must not use (the full run is DemoJobTest's). */
class DemoCommandTest {

  @Test
  void call_storeWithOtherActivitiesIsRefusedInOneLine(@TempDir Path dir) {
    Purchase first = CdnowSample.purchases().get(0);
    try (JdbcStore store = JdbcStore.h2File(dir.resolve("crm4j"))) {
      store.activities().appendAll(
          List.of(new Purchase(ActivityId.of("shop-1"), first.customerId(), first.at(), first.amount(), null)));
    }
    CliCapture r = CliCapture.run("demo", "--dir", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("customers:");
    // progress lines come first on stderr; the error is the last line, alone
    assertThat(r.err()).endsWith(System.lineSeparator() + "error: the demo store must hold only the CDNOW sample, "
        + "but 1 of its 1 activities are not in it (first: shop-1); delete the store's folder or choose another "
        + "with --dir" + System.lineSeparator());
  }

  @Test
  void demo_dirIsAFile_isOneLine(@TempDir Path parent) throws java.io.IOException {
    Path file = java.nio.file.Files.writeString(parent.resolve("afile"), "keep");
    CliCapture r = CliCapture.run("demo", "--dir", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: --dir must name a folder, but " + file + " is a file" + System.lineSeparator());
    assertThat(java.nio.file.Files.readString(file)).isEqualTo("keep");
  }

  @Test
  void demo_dirUnderAFile_cannotBeCreated_isOneLineWithoutH2sTrace(@TempDir Path parent) throws java.io.IOException {
    // H2 printed a DbException stack trace when it could not make the folder for its files
    Path file = java.nio.file.Files.writeString(parent.resolve("afile"), "keep");
    Path dir = file.resolve("db");
    CliCapture r = CliCapture.run("demo", "--dir", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: --dir must name a folder that exists or can be created, but creating " + dir
        + " failed: " + "a parent is not a directory" + System.lineSeparator());
  }
}
