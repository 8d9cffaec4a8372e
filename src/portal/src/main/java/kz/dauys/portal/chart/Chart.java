package kz.dauys.portal.chart;

import java.util.List;

/**
 * A chart ready for a page: the SVG (with {@code <title>} and {@code <desc>}, {@code role="img"})
 * and the same figures as table rows, shown next to it for screen readers and for copying.
 *
 * @param id unique on the page; the SVG's title and description ids derive from it
 * @param svg the SVG markup, already escaped
 * @param rows label and formatted value of every data point
 */
public record Chart(String id, String title, String description, String svg, List<Row> rows) {

    public record Row(String label, String value) {
    }
}
