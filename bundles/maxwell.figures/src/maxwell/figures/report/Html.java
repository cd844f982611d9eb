package maxwell.figures.report;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Small helpers for the reports' HTML: escaping, tables, embedded images. */
final class Html {

    static final String STYLE = """
            body { font-family: sans-serif; max-width: 1200px; margin: 2em auto; color: #222; line-height: 1.4; }
            h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ddd; }
            table { border-collapse: collapse; font-size: 0.9em; margin: 0.5em 0; }
            td, th { border: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            td.zero { color: #999; }
            figure { margin: 1em 0; } figure img { max-width: 100%; border: 1px solid #eee; }
            figcaption { color: #555; font-size: 0.9em; }
            .side { display: flex; gap: 1em; } .side figure { flex: 1; }
            """;

    private Html() {
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title>\n<style>" + STYLE + "</style></head>\n<body>\n" + body + "\n</body></html>\n";
    }

    static String keyValues(Map<String, String> rows) {
        StringBuilder s = new StringBuilder("<table>\n");
        rows.forEach((k, v) -> s.append("<tr><th>").append(escape(k)).append("</th><td>").append(escape(v))
                .append("</td></tr>\n"));
        return s.append("</table>\n").toString();
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder("<table>\n<tr>");
        header.forEach(h -> s.append("<th>").append(escape(h)).append("</th>"));
        s.append("</tr>\n");
        for (List<String> row : rows) {
            s.append("<tr>");
            row.forEach(cell -> s.append(cell.startsWith("<td") ? cell : "<td>" + escape(cell) + "</td>"));
            s.append("</tr>\n");
        }
        return s.append("</table>\n").toString();
    }

    /** An image embedded in the page (the report stays one self-contained file) with links to its PNG and SVG. */
    static String figure(String name, byte[] png, String caption, boolean svg) {
        return "<figure><img alt=\"" + escape(caption) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\"><figcaption>" + escape(caption) + " <a href=\"figures/"
                + name + ".png\">PNG</a>" + (svg ? " · <a href=\"figures/" + name + ".svg\">SVG</a>" : "")
                + "</figcaption></figure>\n";
    }
}
