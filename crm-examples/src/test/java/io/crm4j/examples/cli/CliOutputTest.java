package io.crm4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliOutputTest {

  @TempDir
  Path dir;

  @Test
  void write_sameFileAsAnInput_isRefusedAndTheInputKept() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), "id,v\na,1\n");
    Path sameByAnotherName = dir.resolve("sub").resolve("..").resolve("in.csv");
    Files.createDirectories(dir.resolve("sub"));
    assertThatThrownBy(() -> CliOutput.write(sameByAnotherName, "x", null, in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--out must not be an input file, but was " + sameByAnotherName);
    assertThat(Files.readString(in)).isEqualTo("id,v\na,1\n");
  }

  @Test
  void write_bodyFailsHalfWay_leavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path out = Files.writeString(dir.resolve("out.csv"), "old\n");
    assertThatThrownBy(() -> CliOutput.write(out, w -> {
      w.println("half");
      throw new IllegalArgumentException("boom");
    })).hasMessage("boom");
    assertThat(Files.readString(out)).isEqualTo("old\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void write_replacesTheFileWhole() throws IOException {
    Path out = Files.writeString(dir.resolve("out.csv"), "old and longer\n");
    CliOutput.write(out, "new\n");
    assertThat(Files.readString(out)).isEqualTo("new\n");
  }

  @Test
  void write_missingFolder_isOneLineNamingTheFile() {
    Path out = dir.resolve("nope").resolve("out.csv");
    assertThatThrownBy(() -> CliOutput.write(out, "x")).isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write " + out + ": no such directory");
  }

  @Test
  void write_directory_isRefused() {
    assertThatThrownBy(() -> CliOutput.write(dir, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--out must name a file, but " + dir + " is a directory");
  }

  @Test
  void write_keepsThePermissionsOfTheFileItReplaces() throws IOException {
    Path out = Files.writeString(dir.resolve("out.csv"), "old\n");
    var perms = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(out, perms);
    CliOutput.write(out, "new\n");
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(perms);
  }

  @Test
  void write_newFile_getsTheSamePermissionsAsAnyNewFile() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.csv"));
    Path out = dir.resolve("out.csv");
    CliOutput.write(out, "new\n");
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void write_throughASymbolicLink_replacesTheFileItNames() throws IOException {
    Path target = Files.writeString(dir.resolve("target.csv"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
    CliOutput.write(link, "new\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("new\n");
  }
}
