package io.crm4j.core.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Describes why JSON could not be read without repeating what it held: Jackson's own messages quote
 * the offending text (an e-mail address, a name), so these are built from the failure's kind, the
 * property path and the position instead. Where crm4j's own factory refused a value, its message is
 * used: by the project's rule it names the parameter and the rule, never personal data.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonErrors {

  private JsonErrors() {}

  /** The failure for a value of {@code target} whose own factory refused the text: its message only. */
  static JsonMappingException refused(JsonParser p, Class<?> target, Throwable cause) {
    return new Refused(p, target.getSimpleName() + ": " + cause.getMessage(), cause);
  }

  /** A failure whose message crm4j wrote and which holds no input text. */
  static JsonMappingException refused(JsonParser p, String message) {
    return new Refused(p, message, null);
  }

  /** Why reading failed and where, e.g. {@code "unknown property 'bogus' at $.items[0] (line 1, column 9)"}. */
  public static String describe(JsonProcessingException e) {
    StringBuilder out = new StringBuilder(reason(e));
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      out.append(" at $");
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          out.append('.').append(key(r.getFieldName()));
        } else if (r.getIndex() >= 0) {
          out.append('[').append(r.getIndex()).append(']');
        }
      }
    }
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      out.append(" (line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr()).append(')');
    }
    return out.toString();
  }

  /**
   * The cause worth keeping: crm4j's own refusal (an {@link IllegalArgumentException} other than
   * {@link NumberFormatException}, which quotes its input), or null. Jackson's exception is never
   * kept, because its message quotes the input.
   */
  public static @Nullable RuntimeException ownCause(Throwable e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException && !(t instanceof NumberFormatException)
          || t instanceof IllegalStateException || t instanceof NullPointerException) {
        return (RuntimeException) t;
      }
    }
    return null;
  }

  private static String reason(JsonProcessingException e) {
    if (e instanceof Refused || e instanceof StreamConstraintsException) {
      return e.getOriginalMessage();
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown property " + quoted(u.getPropertyName());
    }
    if (e instanceof InvalidTypeIdException t) {
      return t.getTypeId() == null ? "the 'type' property naming a kind of " + simple(t.getBaseType()) + " is missing"
          : "type " + quoted(t.getTypeId()) + " is not a kind of " + simple(t.getBaseType());
    }
    RuntimeException own = ownCause(e);
    if (e instanceof ValueInstantiationException v) {
      return simple(v.getType()) + (own != null ? ": " + own.getMessage() : " cannot be created from these values");
    }
    if (own != null) {
      return own.getMessage();
    }
    if (e instanceof InvalidNullException) {
      return "null is not allowed";
    }
    if (e instanceof MismatchedInputException m) {
      return "the value cannot be read as " + (m.getTargetType() == null ? "the expected type"
          : m.getTargetType().getSimpleName());
    }
    if (e instanceof JsonMappingException) {
      return "the value cannot be read";
    }
    Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
    if (duplicate.matches()) {
      return "duplicate property " + quoted(duplicate.group(1));
    }
    return "the text is not well-formed JSON";
  }

  /** Jackson's message for a key given twice under strict duplicate detection. */
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
  /** Keys shown as they are: what a property or attribute name looks like, not free text. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");

  /** A key from the input as a message shows it: itself when it looks like a name, else a placeholder. */
  private static String key(String name) {
    return PLAIN_KEY.matcher(name).matches() ? name : "<key>";
  }

  private static String quoted(String name) {
    return PLAIN_KEY.matcher(name).matches() ? "'" + name + "'" : "(a key that is not a plain name)";
  }

  private static String simple(@Nullable JavaType type) {
    return type == null ? "the expected type" : type.getRawClass().getSimpleName();
  }

  /** A failure whose message crm4j wrote. */
  private static final class Refused extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    Refused(JsonParser p, String message, @Nullable Throwable cause) {
      super(p, message, cause);
    }
  }
}
