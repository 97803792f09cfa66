package io.crm4j.core.pipeline;

import io.crm4j.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The outcome of a checked transition on a pipeline aggregate: either it was {@link Applied},
 * giving the changed aggregate and the event that records the change, or it was
 * {@link Rejected} because the rules forbid it in the aggregate's current state. A rejection is
 * an expected business answer, never an exception.
 *
 * <p>Immutable and thread-safe when the aggregate is.
 *
 * @param <A> the aggregate type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Transition<A> {

  /** The transition happened: {@code value} is the changed aggregate, {@code event} records it. */
  record Applied<A>(A value, PipelineEvent event) implements Transition<A> {
    public Applied {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(event, "event");
    }
  }

  /** The rules forbid the transition; {@code reason} says why, for people. */
  record Rejected<A>(String reason) implements Transition<A> {
    public Rejected {
      Checks.notBlank(reason, "reason");
    }
  }

  /** Returns an applied outcome. */
  static <A> Transition<A> applied(A value, PipelineEvent event) {
    return new Applied<>(value, event);
  }

  /** Returns a rejection with the given reason. */
  static <A> Transition<A> rejected(String reason) {
    return new Rejected<>(reason);
  }

  /** True when the transition happened. */
  default boolean isApplied() {
    return this instanceof Applied;
  }

  /** The changed aggregate, or empty when rejected. */
  default Optional<A> applied() {
    return this instanceof Applied<A> a ? Optional.of(a.value()) : Optional.empty();
  }

  /** The rejection reason, or empty when applied. */
  default Optional<String> rejection() {
    return this instanceof Rejected<A> r ? Optional.of(r.reason()) : Optional.empty();
  }

  /**
   * The changed aggregate.
   *
   * @throws IllegalStateException with the rejection reason when the transition was rejected
   */
  default A orElseThrow() {
    if (this instanceof Applied<A> a) {
      return a.value();
    }
    throw new IllegalStateException("transition must be applied, but was rejected: " + ((Rejected<A>) this).reason());
  }

  /** Maps the aggregate of an applied outcome, keeping its event; a rejection stays as it is. */
  default <B> Transition<B> map(Function<? super A, ? extends B> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    if (this instanceof Applied<A> a) {
      return new Applied<>(mapper.apply(a.value()), a.event());
    }
    return new Rejected<>(((Rejected<A>) this).reason());
  }
}
