package io.crm4j.core.outcome;

import io.crm4j.core.event.DomainEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What an operation that may be refused produced, in every area: either {@link Applied} with the
 * new value and the events it raised, or {@link Rejected} with a {@link ReasonCode}, a message
 * for people and, where the area has more to say, a typed {@link RejectionDetail}. A rejection is
 * an expected business answer, never an exception; {@link #orElseThrow()} turns it into one when
 * the caller knows the operation must succeed.
 *
 * <pre>{@code
 * Complaint c = complaints.moveTo(id, ComplaintStatus.ACKNOWLEDGED, "agent-7", "receipt confirmed").orElseThrow();
 * if (points.redeem(customer, 500, "order-42") instanceof Outcome.Rejected<PointsAccount> r) {
 *   show(r.code(), r.message());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe when the value is.
 *
 * @param <T> the value of an applied outcome, usually the changed (and, from a service, stored) aggregate
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Outcome<T> {

  /**
   * The operation was applied.
   *
   * @param value the result, usually the changed aggregate
   * @param events what happened, in order; empty when nothing needs announcing
   */
  record Applied<T>(T value, List<DomainEvent> events) implements Outcome<T> {
    public Applied {
      Objects.requireNonNull(value, "value");
      events = List.copyOf(events);
    }
  }

  /**
   * The operation was refused; nothing changed.
   *
   * @param code why, from the shared vocabulary
   * @param message why, for people (non-blank)
   * @param detail the area's typed facts about the rejection, if any
   */
  record Rejected<T>(ReasonCode code, String message, @Nullable RejectionDetail detail) implements Outcome<T> {
    public Rejected {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      if (message.isBlank()) {
        throw new IllegalArgumentException("message must not be blank, but was '" + message + "'");
      }
    }

    /** The detail if it is of {@code type}. */
    public <D extends RejectionDetail> Optional<D> detail(Class<D> type) {
      Objects.requireNonNull(type, "type");
      return type.isInstance(detail) ? Optional.of(type.cast(detail)) : Optional.empty();
    }

    /** The same rejection as an outcome of another value type. */
    public <U> Rejected<U> cast() {
      return new Rejected<>(code, message, detail);
    }

    @Override
    public List<DomainEvent> events() {
      return List.of();
    }
  }

  /** An applied outcome with the events the change raised. */
  static <T> Outcome<T> applied(T value, List<? extends DomainEvent> events) {
    return new Applied<>(value, List.copyOf(events));
  }

  /** An applied outcome that raised one event. */
  static <T> Outcome<T> applied(T value, DomainEvent event) {
    return new Applied<>(value, List.of(event));
  }

  /** An applied outcome that raised no event. */
  static <T> Outcome<T> applied(T value) {
    return new Applied<>(value, List.of());
  }

  /** A rejection without detail. */
  static <T> Outcome<T> rejected(ReasonCode code, String message) {
    return new Rejected<>(code, message, null);
  }

  /** A rejection with the area's detail. */
  static <T> Outcome<T> rejected(ReasonCode code, String message, RejectionDetail detail) {
    return new Rejected<>(code, message, Objects.requireNonNull(detail, "detail"));
  }

  /** True when the operation was applied. */
  default boolean applied() {
    return this instanceof Applied;
  }

  /** True when the operation was rejected. */
  default boolean rejected() {
    return this instanceof Rejected;
  }

  /** The events of an applied outcome, in order; empty for a rejection. */
  List<DomainEvent> events();

  /** The events of an applied outcome that are of {@code type}, in order; empty for a rejection. */
  default <E extends DomainEvent> List<E> events(Class<E> type) {
    Objects.requireNonNull(type, "type");
    return events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * The value of an applied outcome.
   *
   * @throws RejectedException carrying the code and message when the outcome is a rejection
   */
  default T orElseThrow() {
    if (this instanceof Applied<T> a) {
      return a.value();
    }
    Rejected<T> r = (Rejected<T>) this;
    throw new RejectedException(r.code(), r.message());
  }

  /** The value of an applied outcome, or empty for a rejection. */
  default Optional<T> toOptional() {
    return this instanceof Applied<T> a ? Optional.of(a.value()) : Optional.empty();
  }

  /** The rejection, or empty when applied. */
  default Optional<Rejected<T>> rejection() {
    return this instanceof Rejected<T> r ? Optional.of(r) : Optional.empty();
  }

  /** Maps the value of an applied outcome, keeping its events; a rejection stays as it is. */
  default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    if (this instanceof Applied<T> a) {
      return new Applied<>(mapper.apply(a.value()), a.events());
    }
    return ((Rejected<T>) this).cast();
  }
}
