package org.protopnet.fiji.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code report.html} as it goes (a study at a time, so that 10,000 studies need no more
 * memory than one): a summary, then per study its prediction, the evidence overlay and the "this
 * looks like that" sheet, then the studies that could not be read and why. Pictures are linked
 * (relative paths), not embedded, and load lazily.
 */
public final class HtmlReport implements AutoCloseable {
    private final Writer out;

    /** Starts the page. */
    public HtmlReport(Writer out, String title) throws IOException {
        this.out = out;
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>");
        out.write(esc(title));
        out.write(
                "</title>\n<style>body{font-family:sans-serif;margin:24px;color:#222}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}"
                        + ".study{border-top:1px solid #bbb;padding:12px 0}"
                        + ".pics img{max-width:48%;vertical-align:top;margin-right:1%}"
                        + ".fail{color:#a00}.note{color:#666;font-size:90%}</style>\n"
                        + "</head><body>\n<h1>");
        out.write(esc(title));
        out.write("</h1>\n");
    }

    /** The summary: the model, how many studies per predicted class, failures. */
    public void summary(
            String model, Map<String, Long> perClass, long studies, long failed, long notDone)
            throws IOException {
        out.write(
                "<p>Model: <code>"
                        + esc(model)
                        + "</code></p>\n<table><tr><th>predicted class"
                        + "</th><th>studies</th></tr>\n");
        for (var e : perClass.entrySet()) {
            out.write("<tr><td>" + esc(e.getKey()) + "</td><td>" + e.getValue() + "</td></tr>\n");
        }
        out.write("<tr><th>classified</th><th>" + studies + "</th></tr>\n");
        out.write("<tr><th>could not be read</th><th>" + failed + "</th></tr>\n");
        if (notDone > 0) {
            out.write("<tr><th>not done yet (stopped)</th><th>" + notDone + "</th></tr>\n");
        }
        out.write("</table>\n");
        out.write(
                "<p class=\"note\">For each study: the predicted class and its probability; the"
                        + " image with a heat map where the model's prototypes match and boxes on"
                        + " the strongest regions; and \"this looks like that\": each region beside"
                        + " the part of a training case it resembles, with similarity &times;"
                        + " weight = contribution to the class score. A decision aid, not a"
                        + " diagnosis.</p>\n");
    }

    /** One study's section; pictures are paths relative to the report, or null. */
    public void study(
            String id,
            String predictedClass,
            double probability,
            String details,
            String overlay,
            String looksLike,
            String dicom)
            throws IOException {
        out.write("<div class=\"study\"><h3>" + esc(id) + ": " + esc(predictedClass));
        out.write(String.format(Locale.ROOT, " (%.1f %%)</h3>\n", 100 * probability));
        if (details != null && !details.isEmpty()) {
            out.write("<p class=\"note\">" + esc(details) + "</p>\n");
        }
        out.write("<div class=\"pics\">");
        if (overlay != null) {
            out.write(
                    "<img loading=\"lazy\" alt=\"evidence overlay\" src=\""
                            + attr(overlay)
                            + "\">");
        }
        if (looksLike != null) {
            out.write(
                    "<img loading=\"lazy\" alt=\"this looks like that\" src=\""
                            + attr(looksLike)
                            + "\">");
        }
        out.write("</div>\n");
        if (dicom != null) {
            out.write(
                    "<p class=\"note\">DICOM Secondary Capture: <a href=\""
                            + attr(dicom)
                            + "\">"
                            + esc(dicom)
                            + "</a></p>\n");
        }
        out.write("</div>\n");
    }

    /** The failures section header (call before {@link #failure}). */
    public void failuresHeader(long count) throws IOException {
        out.write("<h2>Could not be read (" + count + ")</h2>\n<ul>\n");
    }

    /** One failed study and why. */
    public void failure(String id, String reason) throws IOException {
        out.write("<li class=\"fail\">" + esc(id) + ": " + esc(reason) + "</li>\n");
    }

    /** Ends the failures list. */
    public void failuresEnd() throws IOException {
        out.write("</ul>\n");
    }

    /** Closes the page (not the writer's file: the caller owns it). */
    @Override
    public void close() throws IOException {
        out.write("</body></html>\n");
        out.flush();
    }

    /** HTML text escaping. */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String attr(String path) {
        return esc(path.replace(" ", "%20").replace("#", "%23"));
    }
}
