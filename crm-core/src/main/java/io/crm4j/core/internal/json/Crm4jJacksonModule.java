package io.crm4j.core.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.crm4j.core.activity.Activity;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.internal.Decimals;
import io.crm4j.core.money.Money;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The Jackson module for crm4j's types: ids (single-value records) and {@link Money} as readable
 * strings, {@link Customer} through its snapshot, and the sealed hierarchies ({@link Activity},
 * {@link DomainEvent}) with an explicit {@code type} field naming one of their permitted record
 * types. Only those names are accepted: there is no default typing and no class names in JSON.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Crm4jJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  public Crm4jJacksonModule() {
    super("crm4j", Version.unknownVersion());
    addSerializer(Instant.class, new InstantSerializer());
    addDeserializer(Instant.class, new InstantDeserializer());
    addDeserializer(BigDecimal.class, new BigDecimalDeserializer());
    addSerializer(Money.class, new MoneySerializer());
    addDeserializer(Money.class, new MoneyDeserializer());
    addSerializer(Customer.class, new CustomerSerializer());
    addDeserializer(Customer.class, new CustomerDeserializer());
    setMixInAnnotation(DomainEvent.class, DomainEventMixIn.class);
    setMixInAnnotation(Activity.class, ActivityMixIn.class);
    registerSubtypes(namedLeaves(DomainEvent.class, true).toArray(NamedType[]::new));
    registerSubtypes(namedLeaves(Activity.class, false).toArray(NamedType[]::new));
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(new IdSerializers());
    context.addDeserializers(new IdDeserializers());
  }

  /** The permitted record types under a sealed root, each with its JSON type name. */
  static List<NamedType> namedLeaves(Class<?> root, boolean qualified) {
    List<NamedType> out = new ArrayList<>();
    collect(root, qualified, out);
    return out;
  }

  private static void collect(Class<?> type, boolean qualified, List<NamedType> out) {
    Class<?>[] permitted = type.getPermittedSubclasses();
    if (permitted == null) {
      Class<?> outer = type.getEnclosingClass();
      String name = qualified && outer != null ? outer.getSimpleName() + "." + type.getSimpleName()
          : type.getSimpleName();
      out.add(new NamedType(type, name));
      return;
    }
    for (Class<?> sub : permitted) {
      collect(sub, qualified, out);
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  abstract static class DomainEventMixIn {
    @JsonIgnore
    abstract String type();

    @JsonIgnore
    abstract String aggregateId();
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  abstract static class ActivityMixIn {}

  /** True for crm4j records with one {@code String value} component: ids. */
  static boolean isIdRecord(Class<?> raw) {
    if (!raw.isRecord() || !raw.getName().startsWith("io.crm4j.")) {
      return false;
    }
    RecordComponent[] components = raw.getRecordComponents();
    return components.length == 1 && components[0].getType() == String.class
        && components[0].getName().equals("value");
  }

  private static final class IdSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return isIdRecord(type.getRawClass()) ? new IdSerializer(type.getRawClass()) : null;
    }
  }

  private static final class IdDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      return isIdRecord(type.getRawClass()) ? new IdDeserializer(type.getRawClass()) : null;
    }
  }

  private static final class IdSerializer extends JsonSerializer<Object> {
    private static final MethodType OBJECT_TO_STRING = MethodType.methodType(String.class, Object.class);

    /** The {@code value()} accessor as {@code (Object) -> String}: no access check per call, unlike {@code Method.invoke}. */
    private final MethodHandle accessor;

    IdSerializer(Class<?> raw) {
      Method method = raw.getRecordComponents()[0].getAccessor();
      try {
        this.accessor = MethodHandles.publicLookup().unreflect(method).asType(OBJECT_TO_STRING);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("id record " + raw.getName() + " must have a public value() accessor", e);
      }
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      String text;
      try {
        text = (String) accessor.invokeExact(value);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IOException("cannot read id " + value.getClass().getName(), e);
      }
      gen.writeString(text);
    }
  }

  /** Instants as ISO-8601 text, the same text as {@code Instant.toString()}, written without a formatter. */
  private static final class InstantSerializer extends StdScalarSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      char[] text = new char[InstantText.MAX_LENGTH];
      int length = InstantText.write(value, text);
      if (length < 0) {
        gen.writeString(value.toString());
      } else {
        gen.writeString(text, 0, length);
      }
    }
  }

  private static final class IdDeserializer extends JsonDeserializer<Object> {
    private final Class<?> raw;
    private final Constructor<?> constructor;

    IdDeserializer(Class<?> raw) {
      this.raw = raw;
      try {
        this.constructor = raw.getDeclaredConstructor(String.class);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("id record " + raw.getName() + " has no (String) constructor", e);
      }
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.handleUnexpectedToken(raw, p);
      }
      String text = p.getText();
      try {
        return constructor.newInstance(text);
      } catch (InvocationTargetException e) {
        throw JsonErrors.refused(p, raw, e.getCause());
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IOException("cannot create id " + raw.getName(), e);
      }
    }
  }

  private static final class MoneySerializer extends JsonSerializer<Money> {
    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.toString());
    }
  }

  private static final class MoneyDeserializer extends JsonDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Money) ctxt.handleUnexpectedToken(Money.class, p);
      }
      try {
        return Money.parse(p.getText());
      } catch (IllegalArgumentException e) {
        throw JsonErrors.refused(p, Money.class, e);
      }
    }
  }

  /** Decimal numbers, from JSON numbers or strings, within the bounds of {@link Decimals}. */
  private static final class BigDecimalDeserializer extends JsonDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return switch (p.currentToken()) {
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Decimals.bounded(p.getDecimalValue(), "number");
          case VALUE_STRING -> Decimals.parse(p.getText().trim(), "number");
          default -> (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        };
      } catch (IllegalArgumentException e) {
        throw JsonErrors.refused(p, BigDecimal.class, e);
      }
    }
  }

  /**
   * Instants from ISO-8601 text only, e.g. {@code "2026-01-05T09:00:00Z"}. Numbers are refused: a
   * number of seconds out of range used to become 1970-01-01 without a word.
   */
  private static final class InstantDeserializer extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw JsonErrors.refused(p, "Instant: an instant must be ISO-8601 text such as "
            + "\"2026-01-05T09:00:00Z\", but was " + describe(p.currentToken()));
      }
      try {
        return Instant.parse(p.getText().trim());
      } catch (DateTimeParseException e) {
        throw JsonErrors.refused(p, "Instant: an instant must be ISO-8601 text such as "
            + "\"2026-01-05T09:00:00Z\", but was not");
      }
    }
  }

  /** A token's kind for a message, without its text. */
  static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_STRING -> "a string";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      default -> token.name();
    };
  }

  private static final class CustomerSerializer extends JsonSerializer<Customer> {
    @Override
    public void serialize(Customer value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      serializers.defaultSerializeValue(CustomerSnapshot.of(value), gen);
    }
  }

  private static final class CustomerDeserializer extends JsonDeserializer<Customer> {
    @Override
    public Customer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return ctxt.readValue(p, CustomerSnapshot.class).toCustomer();
    }
  }
}
