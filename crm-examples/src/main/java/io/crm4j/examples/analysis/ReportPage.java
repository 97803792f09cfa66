package io.crm4j.examples.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.knowm.xchart.BitmapEncoder;

/**
 * A report page as {@code analyze} and the demo write it: a title, a table of figures, links and
 * the charts as PNG files beside the page; nothing but those files is needed to show it (no
 * scripts, style sheets or network).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportPage {

  private final StringBuilder html = new StringBuilder(8_000);

  /** Starts a page with this title and first paragraph (plain text, escaped here). */
  public ReportPage(String title, String introduction) {
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title)).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:860px;margin:2em auto;color:#222}\n")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}\n")
        .append("figure{margin:1.5em 0}figcaption{font-size:90%;color:#555}\n</style>\n</head>\n<body>\n<h1>")
        .append(escape(title)).append("</h1>\n");
    if (!introduction.isEmpty()) {
      html.append("<p>").append(escape(introduction)).append("</p>\n");
    }
    html.append("<table>\n");
  }

  /** A row of the figures table. */
  public ReportPage row(String name, String value) {
    html.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    return this;
  }

  /** Ends the table and adds a paragraph of links to files beside the page. */
  public ReportPage links(String text, List<String> files) {
    html.append("</table>\n<p>").append(escape(text));
    for (int i = 0; i < files.size(); i++) {
      String f = escape(files.get(i));
      html.append(i == 0 ? " " : ", ").append("<a href=\"").append(f).append("\">").append(f).append("</a>");
    }
    html.append(".</p>\n");
    return this;
  }

  /**
   * Writes each chart as a PNG into {@code dir}, the page (with a figure per chart) as
   * {@code page}, and returns the files written, the page last.
   */
  public List<Path> write(List<AnalysisCharts.Entry> charts, Path dir, String page) {
    // Java2D without a display: must be set before the first AWT class loads
    System.setProperty("java.awt.headless", "true");
    if (!html.toString().contains("</table>")) {
      html.append("</table>\n");
    }
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (AnalysisCharts.Entry e : charts) {
        Path file = dir.resolve(e.file());
        Files.write(file, BitmapEncoder.getBitmapBytes(e.chart(), BitmapEncoder.BitmapFormat.PNG));
        written.add(file);
        html.append("<figure>\n<img src=\"").append(escape(e.file())).append("\" width=\"")
            .append(AnalysisCharts.WIDTH).append("\" height=\"").append(AnalysisCharts.HEIGHT).append("\" alt=\"")
            .append(escape(e.caption())).append("\">\n<figcaption>").append(escape(e.caption()))
            .append("</figcaption>\n</figure>\n");
      }
      Path file = dir.resolve(page);
      Files.writeString(file, html + "</body>\n</html>\n", java.nio.charset.StandardCharsets.UTF_8);
      written.add(file);
    } catch (IOException e) {
      throw new UncheckedIOException("out must be a writable folder, but writing into " + dir + " failed: "
          + e.getMessage(), e);
    }
    return written;
  }

  /** Text made safe for HTML content and attribute values. */
  public static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
