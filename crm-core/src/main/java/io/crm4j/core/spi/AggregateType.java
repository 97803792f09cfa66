package io.crm4j.core.spi;

import io.crm4j.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Describes one aggregate type to the stores: its name, Java type, how to read and write its id
 * as text, and how to read and set its version. Declare one constant per aggregate.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AggregateType<I, A> {

  /** Sets the stored version on an aggregate, returning the new instance. */
  @FunctionalInterface
  public interface VersionSetter<A> {
    A withVersion(A aggregate, long version);
  }

  private final String name;
  private final Class<A> javaType;
  private final Function<A, I> idOf;
  private final Function<I, String> idToText;
  private final Function<String, I> idFromText;
  private final ToLongFunction<A> versionOf;
  private final VersionSetter<A> versionSetter;
  private final @Nullable AggregateLines<A, ?, ?> lines;

  private AggregateType(String name, Class<A> javaType, Function<A, I> idOf, Function<I, String> idToText,
      Function<String, I> idFromText, ToLongFunction<A> versionOf, VersionSetter<A> versionSetter,
      @Nullable AggregateLines<A, ?, ?> lines) {
    this.name = name;
    this.javaType = javaType;
    this.idOf = idOf;
    this.idToText = idToText;
    this.idFromText = idFromText;
    this.versionOf = versionOf;
    this.versionSetter = versionSetter;
    this.lines = lines;
  }

  /**
   * Returns a descriptor.
   *
   * @param name a short stable name, lower case letters, digits and '-' (stored in the database)
   */
  public static <I, A> AggregateType<I, A> of(String name, Class<A> javaType, Function<A, I> idOf,
      Function<I, String> idToText, Function<String, I> idFromText, ToLongFunction<A> versionOf,
      VersionSetter<A> versionSetter) {
    Checks.notBlank(name, "name");
    if (!name.matches("[a-z][a-z0-9-]{0,39}")) {
      throw new IllegalArgumentException(
          "name must be lower case letters, digits and '-' (at most 40), but was '" + name + "'");
    }
    return new AggregateType<>(name, Objects.requireNonNull(javaType, "javaType"),
        Objects.requireNonNull(idOf, "idOf"), Objects.requireNonNull(idToText, "idToText"),
        Objects.requireNonNull(idFromText, "idFromText"), Objects.requireNonNull(versionOf, "versionOf"),
        Objects.requireNonNull(versionSetter, "versionSetter"), null);
  }

  /**
   * This descriptor with the aggregate's append-only lines kept as rows of their own (see
   * {@link AggregateLines}); the name and everything else stay the same.
   */
  public AggregateType<I, A> withLines(AggregateLines<A, ?, ?> aggregateLines) {
    return new AggregateType<>(name, javaType, idOf, idToText, idFromText, versionOf, versionSetter,
        Objects.requireNonNull(aggregateLines, "aggregateLines"));
  }

  /** How the aggregate's lines are kept as rows, if they are (else the whole aggregate is one document). */
  public Optional<AggregateLines<A, ?, ?>> lines() {
    return Optional.ofNullable(lines);
  }

  public String name() {
    return name;
  }

  public Class<A> javaType() {
    return javaType;
  }

  public I idOf(A aggregate) {
    return idOf.apply(aggregate);
  }

  public String idText(I id) {
    return idToText.apply(id);
  }

  public String idTextOf(A aggregate) {
    return idToText.apply(idOf.apply(aggregate));
  }

  public I idFromText(String text) {
    return idFromText.apply(text);
  }

  public long versionOf(A aggregate) {
    return versionOf.applyAsLong(aggregate);
  }

  public A withVersion(A aggregate, long version) {
    return versionSetter.withVersion(aggregate, version);
  }

  @Override
  public String toString() {
    return "AggregateType[" + name + "]";
  }
}
