package io.crm4j.core.spi;

import java.util.List;
import org.apiguardian.api.API;

/**
 * For an aggregate that carries an append-only list of lines, such as a points ledger: lets a store
 * keep the lines as rows of their own beside a small snapshot document, so that a change writes the
 * snapshot and its new lines only, however long the list has grown. Attach one to the aggregate's
 * descriptor with {@link AggregateType#withLines}.
 *
 * <p>A store writes {@link #snapshot(Object) snapshot(a)} where it would write the aggregate, and
 * appends {@code lines(a)} from position {@code storedLines(a) + 1} on (from what it holds itself
 * when that is -1), in the same unit of work. It reads the aggregate back with
 * {@link #restore(Object, LineReader)}, which reads the stored lines only when they are first
 * needed. Lines are never changed or removed, except all of them when the aggregate is deleted.
 * Implementations are immutable and thread-safe.
 *
 * @param <A> the aggregate type
 * @param <S> the snapshot type: what the document holds
 * @param <L> the line type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface AggregateLines<A, S, L> {

  /** Reads the stored lines of one aggregate: valid for as long as the aggregate read with it is used. */
  @FunctionalInterface
  interface LineReader<L> {

    /** The lines at positions {@code from} to {@code to}, both inclusive and counted from 1, in order. */
    List<L> read(long from, long to);
  }

  /** The snapshot's class, written as the aggregate's document. */
  Class<S> snapshotType();

  /** The lines' class, each written as one row. */
  Class<L> lineType();

  /** Every line of {@code aggregate}, oldest first: the first is at position 1. */
  List<L> lines(A aggregate);

  /**
   * How many of {@code aggregate}'s first lines came from the store it was read from, which holds
   * them already; -1 when unknown (an aggregate built by hand or read from an older document).
   */
  long storedLines(A aggregate);

  /** The document of {@code aggregate}: everything but its lines, and how many there are. */
  S snapshot(A aggregate);

  /** The aggregate of a stored document, whose lines {@code reader} reads when they are first needed. */
  A restore(S snapshot, LineReader<L> reader);
}
