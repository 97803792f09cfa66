package io.crm4j.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes a command's {@code --out} file whole or not at all. An {@code --out} that is the same file
 * as one of the command's inputs is refused before anything is opened; a regular file is written
 * to a temporary file beside it and moved into place only when every byte is written, so a command
 * that fails half-way leaves the old file (or none); a failed write is one line and exit code 1,
 * never a silently short file. Devices such as {@code /dev/null} are written directly.
 */
final class CliOutput {

  private CliOutput() {}

  /**
   * Refuses an {@code out} that names the same file as one of {@code inputs} (null inputs and
   * inputs that do not exist are skipped): "--out must not be an input file, but was FILE".
   */
  static void refuseInput(Path out, @Nullable Path... inputs) {
    if (!Files.exists(out)) {
      return;
    }
    for (Path in : inputs) {
      try {
        if (in != null && Files.exists(in) && Files.isSameFile(out, in)) {
          throw new IllegalArgumentException("--out must not be an input file, but was " + out
              + ", the same file as " + in);
        }
      } catch (IOException e) {
        throw CliFiles.cannotWrite(out, e);
      }
    }
  }

  /** Writes {@code text} to {@code out} as UTF-8, whole or not at all, after {@link #refuseInput}. */
  static void write(Path out, String text, @Nullable Path... inputs) {
    write(out, w -> w.print(text), inputs);
  }

  /** Writes what {@code body} prints to {@code out} as UTF-8, whole or not at all, after {@link #refuseInput}. */
  static void write(Path out, Consumer<PrintWriter> body, @Nullable Path... inputs) {
    refuseInput(out, inputs);
    if (Files.exists(out) && !Files.isRegularFile(out)) {
      if (Files.isDirectory(out)) {
        throw new IllegalArgumentException("--out must name a file, but " + out + " is a directory");
      }
      try (OutputStream stream = Files.newOutputStream(out)) {
        print(out, stream, body);
      } catch (IOException e) {
        throw CliFiles.cannotWrite(out, e);
      }
      return;
    }
    Path absolute;
    try {
      // through a symbolic link to the file it names, as writing in place would
      absolute = Files.exists(out) ? out.toRealPath() : out.toAbsolutePath();
    } catch (IOException e) {
      throw CliFiles.cannotWrite(out, e);
    }
    Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."
        + System.nanoTime() + ".part");
    try {
      // createFile, not createTempFile: the file gets the umask's permissions (or the old file's), not 0600
      Files.createFile(temp);
    } catch (IOException e) {
      throw CliFiles.cannotWrite(out, e);
    }
    try {
      keepPermissions(absolute, temp);
      try (OutputStream stream = Files.newOutputStream(temp)) {
        print(out, stream, body);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw CliFiles.cannotWrite(out, e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the temporary file is hidden and named after the output; nothing more to do
      }
    }
  }

  /** Gives {@code temp} the permissions of the file it will replace, where there is one on a POSIX file system. */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (Files.exists(target)) {
      try {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the new file keeps the default permissions
      }
    }
  }

  private static void print(Path out, OutputStream stream, Consumer<PrintWriter> body) {
    PrintWriter w = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
    body.accept(w);
    w.flush();
    if (w.checkError()) {
      throw new UncheckedIOException("cannot write " + out + ": the write failed (disk full?)",
          new IOException("write failed"));
    }
  }
}
