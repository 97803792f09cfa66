package io.crm4j.examples.cli;

import io.crm4j.examples.demo.DemoJob;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crm4j demo}: the end-to-end demo on the embedded H2 store. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Load the CDNOW sample into an embedded H2 store, evaluate lifecycle and loyalty, CLV, tiers, "
        + "a credit portfolio and a month of complaints; summary to stdout, progress to stderr.")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--dir", defaultValue = "target/crm4j-demo",
      description = "Folder of the H2 database file (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() {
    CliFiles.folder(dir, "--dir");
    new DemoJob(Clock.systemUTC(), System.err).run(dir, System.out);
    return 0;
  }
}
