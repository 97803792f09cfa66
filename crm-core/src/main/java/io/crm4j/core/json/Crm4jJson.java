package io.crm4j.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.crm4j.core.internal.json.JsonErrors;
import io.crm4j.core.internal.json.Mappers;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads and writes crm4j's domain types as JSON: ids and {@link io.crm4j.core.money.Money} as
 * readable strings ({@code "C-1"}, {@code "EUR 12.50"}), instants as ISO-8601 text, activities
 * and events with an explicit {@code type} field. Only crm4j's own type names are accepted in a
 * {@code type} field, so a crafted payload cannot make the reader instantiate other classes.
 *
 * <p>Reading is strict: a key given twice, a top-level or list element {@code null}, an instant
 * that is not ISO-8601 text, and a number with more than 1,000 significant digits or a scale
 * beyond ±1,000 are refused with {@link IllegalArgumentException}. Its message says what was wrong
 * and where (the property path, line and column) but never repeats the input's values, which may
 * be personal data.
 *
 * <p>Records built from these types (policies, configurations, aggregates) round-trip too.
 * Thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Crm4jJson {

  private Crm4jJson() {}

  /** Writes a value as compact JSON. */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return Mappers.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value of " + value.getClass().getName()
          + " must be writable as JSON, but was not: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes a value as indented JSON, for people. */
  public static String writePretty(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return Mappers.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value of " + value.getClass().getName()
          + " must be writable as JSON, but was not: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes a list whose elements are written as {@code elementType}, so that elements of a sealed
   * type such as {@link io.crm4j.core.activity.Activity} carry their {@code type} field.
   */
  public static <T> String writeList(List<? extends T> values, Class<T> elementType) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(elementType, "elementType");
    JavaType listType = Mappers.mapper().getTypeFactory().constructCollectionType(List.class, elementType);
    try {
      return Mappers.mapper().writerFor(listType).writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("values must be writable as JSON, but were not: "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a value of the given type.
   *
   * @throws IllegalArgumentException if {@code json} is not valid JSON for {@code type}, or is {@code null}
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    T value;
    try {
      value = Mappers.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw invalid(type.getSimpleName(), e);
    }
    if (value == null) {
      throw new IllegalArgumentException("json must be a valid " + type.getSimpleName() + ", but was null");
    }
    return value;
  }

  /**
   * Reads a JSON array of values of the given type.
   *
   * @throws IllegalArgumentException if {@code json} is not a valid array of {@code elementType}, or
   *     it or one of its elements is {@code null}
   */
  public static <T> List<T> readList(String json, Class<T> elementType) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(elementType, "elementType");
    JavaType listType = Mappers.mapper().getTypeFactory().constructCollectionType(List.class, elementType);
    String what = "list of " + elementType.getSimpleName();
    List<T> values;
    try {
      values = Mappers.mapper().readValue(json, listType);
    } catch (JsonProcessingException e) {
      throw invalid(what, e);
    }
    if (values == null) {
      throw new IllegalArgumentException("json must be a valid " + what + ", but was null");
    }
    int firstNull = values.indexOf(null);
    if (firstNull >= 0) {
      throw new IllegalArgumentException("json must be a valid " + what + " without nulls, but element "
          + firstNull + " was null");
    }
    return List.copyOf(values);
  }

  /** The refusal of unreadable JSON; neither its message nor its cause repeats the input. */
  private static IllegalArgumentException invalid(String what, JsonProcessingException e) {
    return new IllegalArgumentException("json must be a valid " + what + ", but was not: "
        + JsonErrors.describe(e), JsonErrors.ownCause(e));
  }
}
