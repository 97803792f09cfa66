package io.crm4j.examples.cli;

import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Runs a short command without building picocli's model. Building it (reflection, annotation
 * proxies, built-in converters, usage help) costs about 0.3 s of CPU on every start, more than the
 * whole work of {@code clv fit} on CDNOW. Commands that opt in with {@link StartsFast} keep their
 * picocli annotations as the one declaration of their options; this class reads the same
 * annotations for the plain cases: {@code --name value}, {@code --name=value}, boolean flags,
 * defaults and comma-split lists of strings, paths, numbers and ISO dates. Anything else (help,
 * version, an unknown or repeated option, a missing required one, a value that does not convert)
 * returns {@link #NOT_HANDLED}, and picocli then parses the arguments and reports the problem
 * with its usual message, so both paths behave alike.
 */
final class FastStart {

  /** Marker for commands whose options {@link FastStart} may parse without picocli. */
  interface StartsFast extends Callable<Integer> {}

  /** Returned when picocli must handle the arguments. */
  static final int NOT_HANDLED = Integer.MIN_VALUE;

  /** picocli's sentinel for "no default value" in {@link Option#defaultValue()}. */
  private static final String NO_DEFAULT = "__no_default_value__";

  private FastStart() {}

  /** Standard output of a command: picocli's writer, or one over {@code System.out} on the fast path. */
  static PrintWriter out(@Nullable CommandSpec spec) {
    return spec != null ? spec.commandLine().getOut() : new PrintWriter(System.out, true);
  }

  /** Standard error of a command, like {@link #out}. */
  static PrintWriter err(@Nullable CommandSpec spec) {
    return spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true);
  }

  /**
   * Sets the options of {@code command} from {@code args} and calls it; returns its exit code, 1
   * after printing an exception's message, or {@link #NOT_HANDLED} without calling it.
   */
  static int tryRun(StartsFast command, String[] args) {
    Map<String, Field> byName = new HashMap<>();
    List<Field> fields = new ArrayList<>();
    for (Field f : command.getClass().getDeclaredFields()) {
      Option option = f.getAnnotation(Option.class);
      if (option == null) {
        continue;
      }
      if (!supported(f, option)) {
        return NOT_HANDLED;
      }
      f.setAccessible(true);
      fields.add(f);
      for (String name : option.names()) {
        byName.put(name, f);
      }
    }
    try {
      Set<Field> given = new HashSet<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
        String name = eq > 0 ? arg.substring(0, eq) : arg;
        Field f = byName.get(name);
        if (f == null || !given.add(f)) {
          return NOT_HANDLED;
        }
        if (f.getType() == boolean.class) {
          if (eq > 0) {
            return NOT_HANDLED;
          }
          f.setBoolean(command, true);
          continue;
        }
        String value;
        if (eq > 0) {
          value = arg.substring(eq + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          return NOT_HANDLED;
        }
        if (!assign(command, f, value)) {
          return NOT_HANDLED;
        }
      }
      for (Field f : fields) {
        if (given.contains(f)) {
          continue;
        }
        Option option = f.getAnnotation(Option.class);
        if (option.required()) {
          return NOT_HANDLED;
        }
        if (!NO_DEFAULT.equals(option.defaultValue()) && !assign(command, f, option.defaultValue())) {
          return NOT_HANDLED;
        }
      }
    } catch (IllegalAccessException e) {
      return NOT_HANDLED;
    }
    try {
      return command.call();
    } catch (Exception e) {
      err(null).println(Crm4jCli.errorLine(e));
      return 1;
    }
  }

  private static boolean supported(Field f, Option option) {
    if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers()) || !option.arity().isEmpty()
        || option.converter().length > 0 || option.help() || option.usageHelp() || option.versionHelp()) {
      return false;
    }
    Class<?> type = f.getType();
    if (type == List.class) {
      return f.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] == String.class;
    }
    return type == boolean.class || type == String.class || type == Path.class || type == int.class
        || type == long.class || type == double.class || type == LocalDate.class;
  }

  /** Converts and sets one value; false when it does not convert (picocli then reports it). */
  private static boolean assign(Object command, Field f, String value) throws IllegalAccessException {
    Class<?> type = f.getType();
    try {
      if (type == String.class) {
        f.set(command, value);
      } else if (type == Path.class) {
        f.set(command, Path.of(value));
      } else if (type == int.class) {
        f.setInt(command, Integer.parseInt(value));
      } else if (type == long.class) {
        f.setLong(command, Long.parseLong(value));
      } else if (type == double.class) {
        f.setDouble(command, Double.parseDouble(value));
      } else if (type == LocalDate.class) {
        LocalDate date = isoDate(value);
        if (date == null) {
          return false;
        }
        f.set(command, date);
      } else if (type == List.class) {
        String split = f.getAnnotation(Option.class).split();
        f.set(command, new ArrayList<>(split.isEmpty() ? List.of(value) : List.of(value.split(split, -1))));
      } else {
        return false;
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** yyyy-MM-dd without DateTimeFormatter, whose first use is slow; null if it is not one. */
  private static @Nullable LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    try {
      return ClvIo.digitDate(text, 0, 5, 8);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
