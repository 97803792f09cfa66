package io.crm4j.examples.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the demo job twice on one fresh folder, once per test JVM, for the tests that need its result. */
public final class DemoFixture {

  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  private static DemoFixture instance;

  public final DemoResult first;
  public final DemoResult second;
  public final String firstOut;
  public final String secondOut;
  public final String progress;

  private DemoFixture() {
    try {
      Path dir = Files.createTempDirectory("crm4j-demo");
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      PrintStream progressStream = new PrintStream(err, true, StandardCharsets.UTF_8);
      ByteArrayOutputStream out1 = new ByteArrayOutputStream();
      first = new DemoJob(CLOCK, progressStream).run(dir, new PrintStream(out1, true, StandardCharsets.UTF_8));
      ByteArrayOutputStream out2 = new ByteArrayOutputStream();
      second = new DemoJob(CLOCK, progressStream).run(dir, new PrintStream(out2, true, StandardCharsets.UTF_8));
      firstOut = out1.toString(StandardCharsets.UTF_8);
      secondOut = out2.toString(StandardCharsets.UTF_8);
      progress = err.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static synchronized DemoFixture get() {
    if (instance == null) {
      instance = new DemoFixture();
    }
    return instance;
  }
}
