package io.crm4j.core.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Brings a database to the latest schema version with the versioned SQL scripts shipped in the
 * jar. Each version is applied in its own transaction together with its row in
 * {@code crm4j_schema_version}, so a failed script leaves the previous version intact. Running it
 * again on an up-to-date database changes nothing.
 */
final class SchemaMigrator {

  private static final String BASE = "/io/crm4j/core/store/jdbc/schema/";

  private SchemaMigrator() {}

  /** Applies every missing version; returns the number applied. */
  static int migrate(DataSource dataSource, Dialect dialect) throws SQLException {
    List<String> versions = versions();
    int applied = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS crm4j_schema_version (version INT NOT NULL PRIMARY KEY, "
            + "name VARCHAR(100) NOT NULL)");
      }
      int current = currentVersion(c);
      for (int i = current; i < versions.size(); i++) {
        apply(c, dialect, i + 1, versions.get(i));
        applied++;
      }
    }
    return applied;
  }

  private static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM crm4j_schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void apply(Connection c, Dialect dialect, int version, String name) throws SQLException {
    String script = resource(BASE + dialect.folder() + "/" + name + ".sql");
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        for (String sql : statements(script)) {
          s.execute(sql);
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO crm4j_schema_version (version, name) VALUES (?, ?)")) {
        ps.setInt(1, version);
        ps.setString(2, name);
        ps.executeUpdate();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** The version names in order, from {@code versions.txt}. */
  static List<String> versions() {
    List<String> out = new ArrayList<>();
    for (String line : resource(BASE + "versions.txt").split("\n")) {
      String trimmed = line.trim();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        out.add(trimmed);
      }
    }
    return out;
  }

  /** Splits a script into statements: comments dropped, ';' at a line's end closes a statement. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().trim();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().trim());
    }
    return out;
  }

  private static String resource(String path) {
    try (InputStream in = SchemaMigrator.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("schema resource " + path + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
