package io.crm4j.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Opens and reads the files the commands name, as UTF-8, and turns the JDK's terse I/O messages
 * (the bare path of a {@code NoSuchFileException}, "Input length = 1" for a byte that is not
 * UTF-8) into one line that names the file and the problem: {@code cannot read cal.json: no such
 * file}. Every command reads its input files through here.
 */
final class CliFiles {

  private CliFiles() {}

  /** A reader over {@code file}; a byte that is not UTF-8 fails the read with {@link #cannotRead}'s wording. */
  static BufferedReader reader(Path file) {
    try {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  /** The whole of {@code file} as UTF-8 text; a bad byte is reported with its offset. */
  static String readString(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return utf8.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException("cannot read " + file + ": not UTF-8 text (byte " + in.position() + " of "
          + bytes.length + ")", e);
    }
  }

  /** The exception for a failed read of {@code file}: "cannot read FILE: no such file". */
  static UncheckedIOException cannotRead(Path file, IOException e) {
    return new UncheckedIOException("cannot read " + file + ": " + reason(e), e);
  }

  /** The exception for a failed write of {@code file}: "cannot write FILE: no such directory". */
  static UncheckedIOException cannotWrite(Path file, IOException e) {
    String reason = e instanceof NoSuchFileException ? "no such directory" : reason(e);
    return new UncheckedIOException("cannot write " + file + ": " + reason, e);
  }

  /**
   * {@code dir}, created with its parents when missing: the folder an option names for output.
   *
   * @throws IllegalArgumentException naming the option when {@code dir} is a file or cannot be created
   */
  static Path folder(Path dir, String option) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(option + " must name a folder, but " + dir + " is a file");
    }
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalArgumentException(option + " must name a folder that exists or can be created, but creating "
          + dir + " failed: " + reason(e), e);
    }
  }

  /** What went wrong, in a few words and on one line. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a parent is not a directory";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    String message = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    if (message.equals("Is a directory")) {
      return "is a directory";
    }
    if (message.equals("Not a directory")) {
      return "a parent is not a directory";
    }
    return Crm4jCli.oneLine(message);
  }
}
