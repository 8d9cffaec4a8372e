package kz.dauys.portal.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small server-side SVG charts: vertical bars, horizontal bars, a line over time and a progress
 * bar. The output is plain, accessible SVG (title, description, text labels with enough contrast)
 * that needs no JavaScript and no external resources.
 */
public final class SvgCharts {

    /** Dark blue on white: contrast above 7:1. */
    static final String INK = "#1d3b6f";
    static final String TEXT = "#1a1a1a";
    static final String GRID = "#767676";
    static final String TRACK = "#e6e6e6";

    private final Locale locale;

    public SvgCharts(Locale locale) {
        this.locale = locale;
    }

    /** One labelled value. */
    public record Point(String label, double value) {
    }

    public Chart bars(String id, String title, String description, List<Point> points) {
        int width = 600;
        int height = 260;
        int top = 20;
        int bottom = 60;
        int left = 50;
        double max = max(points);
        int plotHeight = height - top - bottom;
        double slot = points.isEmpty() ? 0 : (double) (width - left - 10) / points.size();
        StringBuilder svg = open(id, title, description, width, height);
        axis(svg, left, top, width - 10, height - bottom);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double h = max == 0 ? 0 : p.value() / max * plotHeight;
            double x = left + i * slot + slot * 0.15;
            double w = slot * 0.7;
            double y = height - bottom - h;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y, w, h, INK));
            svg.append(text(x + w / 2, y - 4, "middle", format(p.value())));
            svg.append(text(x + w / 2, height - bottom + 16, "middle", shorten(p.label(), 14)));
        }
        return close(id, title, description, svg, points);
    }

    public Chart horizontalBars(String id, String title, String description, List<Point> points) {
        int rowHeight = 28;
        int width = 600;
        int labelWidth = 180;
        int height = Math.max(40, points.size() * rowHeight + 10);
        double max = max(points);
        int plotWidth = width - labelWidth - 80;
        StringBuilder svg = open(id, title, description, width, height);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double y = 5 + i * rowHeight;
            double w = max == 0 ? 0 : p.value() / max * plotWidth;
            svg.append(text(labelWidth - 8, y + 18, "end", shorten(p.label(), 24)));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", labelWidth, y + 4, w, rowHeight - 8, INK));
            svg.append(text(labelWidth + w + 6, y + 18, "start", format(p.value())));
        }
        return close(id, title, description, svg, points);
    }

    /** A line through points in order (e.g. days), with dots at each point. */
    public Chart line(String id, String title, String description, List<Point> points) {
        int width = 600;
        int height = 260;
        int top = 20;
        int bottom = 60;
        int left = 50;
        int right = 20;
        double max = max(points);
        int plotHeight = height - top - bottom;
        double step = points.size() <= 1 ? 0 : (double) (width - left - right) / (points.size() - 1);
        StringBuilder svg = open(id, title, description, width, height);
        axis(svg, left, top, width - right, height - bottom);
        StringBuilder path = new StringBuilder();
        List<double[]> dots = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            double x = left + (points.size() == 1 ? (width - left - right) / 2.0 : i * step);
            double y = height - bottom - (max == 0 ? 0 : points.get(i).value() / max * plotHeight);
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            dots.add(new double[] {x, y});
        }
        if (!points.isEmpty()) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"3\"/>");
        }
        int labelEvery = Math.max(1, points.size() / 6);
        for (int i = 0; i < dots.size(); i++) {
            double[] d = dots.get(i);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>", d[0], d[1], INK));
            if (i % labelEvery == 0 || i == dots.size() - 1) {
                svg.append(text(d[0], height - bottom + 16, "middle", shorten(points.get(i).label(), 12)));
            }
        }
        svg.append(text(left - 6, top + 4, "end", format(max)));
        return close(id, title, description, svg, points);
    }

    /** A progress bar to a target: the filled part, and "value of target" as text. */
    public Chart progress(String id, String title, String description, double value, double target) {
        int width = 600;
        int height = 36;
        double share = target <= 0 ? 0 : Math.min(1, value / target);
        StringBuilder svg = open(id, title, description, width, height);
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"4\" width=\"%d\" height=\"28\" rx=\"4\" fill=\"%s\" stroke=\"%s\"/>", width, TRACK, GRID));
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"4\" width=\"%.1f\" height=\"28\" rx=\"4\" fill=\"%s\" data-share=\"%.4f\"/>", share * width, INK, share));
        return close(id, title, description, svg, List.of(new Point(title, value), new Point("target", target)));
    }

    private StringBuilder open(String id, String title, String description, int width, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id))
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-title ").append(escape(id)).append("-desc\">")
                .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description)).append("</desc>");
        return svg;
    }

    private Chart close(String id, String title, String description, StringBuilder svg, List<Point> points) {
        svg.append("</svg>");
        List<Chart.Row> rows = points.stream().map(p -> new Chart.Row(p.label(), format(p.value()))).toList();
        return new Chart(id, title, description, svg.toString(), rows);
    }

    private void axis(StringBuilder svg, int x0, int y0, int x1, int y1) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>", x0, y1, x1, y1, GRID));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>", x0, y0, x0, y1, GRID));
    }

    private String text(double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"13\" fill=\"%s\">%s</text>",
                x, y, anchor, TEXT, escape(content));
    }

    String format(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value == Math.rint(value) ? 0 : 1);
        return format.format(value);
    }

    private static double max(List<Point> points) {
        return points.stream().mapToDouble(Point::value).max().orElse(0);
    }

    private static String shorten(String label, int max) {
        return label == null ? "" : label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
