package io.crm4j.examples.cli;

import io.crm4j.examples.demo.DemoJob;
import io.crm4j.examples.demo.DemoResult;
import io.crm4j.examples.report.DemoReport;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crm4j report}: runs the demo job and writes its charts and HTML page, or its figures as JSON. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Run the demo job (idempotent) and write an HTML page with PNG charts into --out, "
        + "or with --format json print the figures as JSON to stdout. Progress goes to stderr.")
final class ReportCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", description = "Folder for index.html and the charts (required for html).")
  @Nullable Path out;

  @Option(names = "--format", defaultValue = "html", description = "html or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--dir", defaultValue = "target/crm4j-demo",
      description = "Folder of the demo's H2 database file (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() {
    String f = format.trim().toLowerCase(Locale.ROOT);
    if (!f.equals("html") && !f.equals("json")) {
      throw new IllegalArgumentException("format must be html or json, but was '" + format + "'");
    }
    if (f.equals("html") && out == null) {
      throw new IllegalArgumentException("out must be given for --format html, but was missing");
    }
    // both folders checked before the demo runs, not after
    CliFiles.folder(dir, "--dir");
    if (out != null) {
      CliFiles.folder(out, "--out");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintStream progress = new PrintStream(new LineForwarder(err), true, StandardCharsets.UTF_8);
    DemoResult result = new DemoJob(Clock.systemUTC(), progress).run(dir, new PrintStream(OutputStream.nullOutputStream()));
    PrintWriter w = spec.commandLine().getOut();
    if (f.equals("json")) {
      w.println(DemoReport.json(result));
    } else {
      List<Path> files = DemoReport.write(result, out);
      w.println("{\"page\":\"" + files.get(files.size() - 1).toString().replace("\\", "\\\\").replace("\"", "\\\"")
          + "\",\"files\":" + files.size() + "}");
    }
    w.flush();
    return 0;
  }

  /** Passes UTF-8 bytes on to a writer a line at a time (progress lines go to the command's stderr). */
  private static final class LineForwarder extends OutputStream {
    private final PrintWriter target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineForwarder(PrintWriter target) {
      this.target = target;
    }

    @Override
    public void write(int b) {
      line.write(b);
      if (b == '\n') {
        flush();
      }
    }

    @Override
    public void flush() {
      target.print(line.toString(StandardCharsets.UTF_8));
      target.flush();
      line.reset();
    }
  }
}
