package io.crm4j.core.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal pool over {@link DriverManager}: at most {@code max} connections, idle ones reused.
 * A connection handed out closes back into the pool; one that failed validation is discarded.
 */
final class ConnectionPool implements DataSource, AutoCloseable {

  private final String url;
  private final Semaphore permits;
  private static final long VALIDATE_AFTER_NANOS = 30_000_000_000L;

  /** An idle connection and when it was returned (monotonic nanos). */
  private record Idle(Connection connection, long since) {}

  private final Deque<Idle> idle = new ArrayDeque<>();
  private volatile boolean closed;

  ConnectionPool(String url, int max) {
    this.url = url;
    this.permits = new Semaphore(max, true);
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (closed) {
      throw new SQLException("the connection pool is closed");
    }
    permits.acquireUninterruptibly();
    try {
      Connection real = takeIdle();
      if (real == null) {
        try {
          real = DriverManager.getConnection(url);
        } catch (SQLException e) {
          throw JdbcUrls.scrubbed(e, url);
        }
      }
      return wrap(real);
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /** An idle connection; one idle for over 30 s is validated first, a broken one discarded. */
  private Connection takeIdle() throws SQLException {
    while (true) {
      Idle i;
      synchronized (idle) {
        i = idle.pollFirst();
      }
      if (i == null) {
        return null;
      }
      Connection c = i.connection();
      boolean stale = System.nanoTime() - i.since() > VALIDATE_AFTER_NANOS;
      if (!c.isClosed() && (!stale || c.isValid(2))) {
        return c;
      }
      c.close();
    }
  }

  private Connection wrap(Connection real) {
    InvocationHandler handler = new InvocationHandler() {
      private boolean returned;

      @Override
      public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("close")) {
          if (!returned) {
            returned = true;
            giveBack(real);
          }
          return null;
        }
        if (name.equals("isClosed")) {
          return returned || real.isClosed();
        }
        if (returned) {
          throw new SQLException("connection is closed");
        }
        try {
          return method.invoke(real, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    };
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, handler);
  }

  private void giveBack(Connection real) {
    try {
      if (closed || real.isClosed()) {
        real.close();
        return;
      }
      if (!real.getAutoCommit()) {
        real.rollback();
        real.setAutoCommit(true);
      }
      synchronized (idle) {
        idle.addFirst(new Idle(real, System.nanoTime()));
      }
    } catch (SQLException e) {
      try {
        real.close();
      } catch (SQLException ignored) {
        // already broken
      }
    } finally {
      permits.release();
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (idle) {
      for (Idle i : idle) {
        try {
          i.connection().close();
        } catch (SQLException e) {
          // closing anyway; nothing else to release
        }
      }
      idle.clear();
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("credentials go in the JDBC URL");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // not used
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // not used
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
