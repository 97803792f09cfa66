package io.crm4j.core.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps a data source so that the Nth statement executed after {@link #failAt(int)} throws an
 * {@link SQLException}, as a lost connection or a full disk would. Counts every
 * {@code execute*} call on statements and prepared statements of its connections.
 */
public final class FaultInjectingDataSource implements DataSource {

  private final DataSource delegate;
  private final AtomicInteger executed = new AtomicInteger();
  private volatile int failAt;
  private volatile boolean hideDriver;

  public FaultInjectingDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** Makes the {@code n}th statement from now fail (1 = the next one); 0 disables failures. */
  public void failAt(int n) {
    executed.set(0);
    failAt = n;
  }

  /**
   * Makes this source's connections refuse to unwrap to the driver's own types, as a pool's proxy
   * without that support does: on PostgreSQL the store then cannot reach pgjdbc's copy API.
   */
  public FaultInjectingDataSource hideDriver() {
    hideDriver = true;
    return this;
  }

  /** How many statements ran since the last {@link #failAt(int)}. */
  public int executed() {
    return executed.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = delegate.getConnection();
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (hideDriver && method.getName().equals("isWrapperFor")) {
            return false;
          }
          if (hideDriver && method.getName().equals("unwrap")) {
            throw new SQLException("not a wrapper");
          }
          Object result = invoke(real, method, args);
          if (result instanceof PreparedStatement ps) {
            return wrap(ps, PreparedStatement.class);
          }
          if (result instanceof Statement s) {
            return wrap(s, Statement.class);
          }
          return result;
        });
  }

  private Object wrap(Statement statement, Class<? extends Statement> type) {
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          if (method.getName().startsWith("execute")) {
            int n = executed.incrementAndGet();
            if (n == failAt) {
              throw new SQLException("injected failure at statement " + n, "08006");
            }
          }
          return invoke(statement, method, args);
        });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
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
