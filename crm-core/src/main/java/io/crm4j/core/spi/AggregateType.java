package io.crm4j.core.spi;

import io.crm4j.core.internal.Checks;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apiguardian.api.API;

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

  private AggregateType(String name, Class<A> javaType, Function<A, I> idOf, Function<I, String> idToText,
      Function<String, I> idFromText, ToLongFunction<A> versionOf, VersionSetter<A> versionSetter) {
    this.name = name;
    this.javaType = javaType;
    this.idOf = idOf;
    this.idToText = idToText;
    this.idFromText = idFromText;
    this.versionOf = versionOf;
    this.versionSetter = versionSetter;
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
        Objects.requireNonNull(versionSetter, "versionSetter"));
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
