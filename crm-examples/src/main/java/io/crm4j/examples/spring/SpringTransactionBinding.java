package io.crm4j.examples.spring;

import io.crm4j.core.store.jdbc.TransactionBinding;
import java.sql.Connection;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * crm4j's {@link TransactionBinding} for Spring's {@code DataSourceTransactionManager}: while a
 * Spring transaction is active on the thread, crm4j uses the connection Spring bound to it for
 * {@code dataSource}, and delivers its events after Spring's commit.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SpringTransactionBinding implements TransactionBinding {

  private final DataSource dataSource;

  public SpringTransactionBinding(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public Optional<Connection> currentConnection() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return Optional.empty();
    }
    return Optional.of(DataSourceUtils.getConnection(dataSource));
  }

  @Override
  public void release(Connection connection) {
    DataSourceUtils.releaseConnection(connection, dataSource);
  }

  @Override
  public void afterCommit(Runnable action) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        action.run();
      }
    });
  }
}
