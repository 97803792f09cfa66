package io.crm4j.core.store.jdbc;

import io.crm4j.core.activity.Activity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} through pgjdbc's {@code CopyManager}, reached by
 * reflection: crm-core does not depend on pgjdbc at compile time (it is test-scoped), and the
 * driver's classes are looked up in the connection's own class loader, so the store works with any
 * driver and pool. When the connection does not unwrap to pgjdbc's {@code PGConnection},
 * {@link #of} returns null and the caller inserts with column arrays instead.
 *
 * <p>Rows are written in {@code COPY}'s text format: tab-separated, {@code \N} for null, backslash
 * escapes for backslash, tab, newline and carriage return.
 */
final class PgCopy {

  private final Object copyManager;
  private final Method copyIn;

  private PgCopy(Object copyManager, Method copyIn) {
    this.copyManager = copyManager;
    this.copyIn = copyIn;
  }

  /** The copy API of {@code connection}, or null if it is not a pgjdbc connection. */
  static @Nullable PgCopy of(Connection connection) throws SQLException {
    Class<?> pgConnection = pgConnectionType(connection);
    if (pgConnection == null || !connection.isWrapperFor(pgConnection)) {
      return null;
    }
    Object pg = connection.unwrap(pgConnection);
    try {
      Object manager = pgConnection.getMethod("getCopyAPI").invoke(pg);
      Class<?> managerType = Class.forName("org.postgresql.copy.CopyManager", false, pgConnection.getClassLoader());
      return new PgCopy(manager, managerType.getMethod("copyIn", String.class, InputStream.class));
    } catch (ReflectiveOperationException e) {
      return null; // a pgjdbc without the copy API: the caller falls back to column arrays
    }
  }

  /**
   * pgjdbc's {@code PGConnection}, looked up where the driver lives: the loader of the connection's
   * metadata (a pool's proxy connection comes from another loader, its metadata from the driver),
   * then the thread's context loader and crm-core's own.
   */
  private static @Nullable Class<?> pgConnectionType(Connection connection) throws SQLException {
    for (ClassLoader loader : new ClassLoader[] {connection.getMetaData().getClass().getClassLoader(),
        Thread.currentThread().getContextClassLoader(), PgCopy.class.getClassLoader()}) {
      try {
        return Class.forName("org.postgresql.PGConnection", false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        // not visible from this loader; try the next
      }
    }
    return null;
  }

  /** Copies {@code rows} into {@code table}'s activity columns; returns the rows copied. */
  long copy(String table, List<? extends Activity> rows) throws SQLException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 96);
    StringBuilder line = new StringBuilder(128);
    for (Activity a : rows) {
      line.setLength(0);
      ActivityRows.Row r = ActivityRows.Row.of(a);
      text(line, r.id()).append('\t');
      text(line, r.customerId()).append('\t');
      text(line, r.kind()).append('\t').append(r.occurredAt()).append('\t');
      BigDecimal amount = r.amount();
      text(line, amount == null ? null : amount.toPlainString()).append('\t');
      text(line, r.currency()).append('\t');
      text(line, r.orderReference()).append('\t');
      text(line, r.body()).append('\n');
      byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
    }
    String sql = "COPY " + table + " (" + ActivityRows.INSERT_COLUMNS + ") FROM STDIN";
    try {
      return (Long) copyIn.invoke(copyManager, sql, new ByteArrayInputStream(out.toByteArray()));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof SQLException s) {
        throw s;
      }
      throw new SQLException("COPY failed: " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new SQLException("COPY is not accessible: " + e.getMessage(), e);
    }
  }

  /** Appends {@code value} in COPY text format. */
  private static StringBuilder text(StringBuilder line, @Nullable String value) {
    if (value == null) {
      return line.append("\\N");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\t' -> line.append("\\t");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        default -> line.append(c);
      }
    }
    return line;
  }
}
