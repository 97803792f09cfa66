package io.crm4j.core.spi;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Stores the aggregates of one type with optimistic versioning: every write names the version it
 * read, and a write against a newer stored version is rejected with
 * {@link StaleVersionException}, never silently lost.
 *
 * <p>Outside a {@link Transaction} each call is its own transaction.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Repository<I, A> {

  /** The aggregate with this id, if stored. */
  Optional<A> find(I id);

  /**
   * Stores a new aggregate, whose version must be 0, and returns it with version 1.
   *
   * @throws DuplicateIdException if an aggregate with the same id is stored
   */
  A insert(A aggregate);

  /**
   * Replaces the stored aggregate whose version equals {@code aggregate}'s version, and returns it
   * with the version raised by one.
   *
   * @throws StaleVersionException if the stored version differs or the aggregate is not stored
   */
  A update(A aggregate);

  /**
   * Inserts when the version is 0, updates otherwise.
   *
   * @see #insert(Object)
   * @see #update(Object)
   */
  default A save(A aggregate) {
    return versionOf(aggregate) == 0 ? insert(aggregate) : update(aggregate);
  }

  /**
   * Deletes the aggregate with this id if its stored version is {@code expectedVersion}.
   *
   * @return true when it was deleted, false when no such aggregate is stored
   * @throws StaleVersionException if it is stored with another version
   */
  boolean delete(I id, long expectedVersion);

  /**
   * Returns up to {@code limit} aggregates ordered by the text of their id, starting after
   * {@code after} (or from the first when null): walks a whole store in bounded memory.
   */
  List<A> page(@Nullable I after, int limit);

  /** How many aggregates of this type are stored. */
  long count();

  /** The version of an aggregate as the store reads it. */
  long versionOf(A aggregate);
}
