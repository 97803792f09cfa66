package io.crm4j.core.store.jdbc;

import java.sql.SQLException;

/**
 * JDBC URLs as messages may show them: a URL can carry a password in its user part
 * ({@code //crm:secret@host}) or its parameters ({@code ?password=secret}, {@code ;PASSWORD=secret}),
 * and neither may reach an exception message or a log.
 */
final class JdbcUrls {

  private JdbcUrls() {}

  /**
   * The URL without its user part and parameters, e.g. {@code jdbc:postgresql://***@db:5432/crm?...}
   * for {@code jdbc:postgresql://crm:secret@db:5432/crm?ssl=true}.
   */
  static String redacted(String url) {
    int cut = parametersStart(url);
    String head = cut < 0 ? url : url.substring(0, cut);
    String tail = cut < 0 ? "" : url.charAt(cut) + "...";
    int at = head.lastIndexOf('@');
    if (at >= 0) {
      int slashes = head.indexOf("//");
      int start = slashes >= 0 && slashes < at ? slashes + 2 : head.lastIndexOf(':', at) + 1;
      head = head.substring(0, start) + "***" + head.substring(at);
    }
    return head + tail;
  }

  /**
   * {@code e} if its message holds nothing of {@code url} that {@link #redacted} hides, otherwise a
   * copy (state, vendor code and stack trace kept) whose message shows the redacted URL. The copy has
   * no cause: the original's message would still hold the secret.
   */
  static SQLException scrubbed(SQLException e, String url) {
    String message = e.getMessage();
    if (message == null) {
      return e;
    }
    String clean = message.replace(url, redacted(url));
    int cut = parametersStart(url);
    if (cut >= 0 && url.length() > cut + 1) {
      clean = clean.replace(url.substring(cut + 1), "...");
    }
    int at = url.lastIndexOf('@', cut < 0 ? url.length() : cut);
    int slashes = url.indexOf("//");
    if (at >= 0 && slashes >= 0 && slashes + 2 < at) {
      clean = clean.replace(url.substring(slashes + 2, at), "***");
    }
    if (clean.equals(message)) {
      return e;
    }
    SQLException copy = new SQLException(clean, e.getSQLState(), e.getErrorCode());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  private static int parametersStart(String url) {
    int q = url.indexOf('?');
    int s = url.indexOf(';');
    return q < 0 ? s : s < 0 ? q : Math.min(q, s);
  }
}
