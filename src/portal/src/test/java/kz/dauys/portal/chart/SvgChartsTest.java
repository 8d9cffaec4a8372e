package kz.dauys.portal.chart;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartsTest {

    private final SvgCharts charts = new SvgCharts(Locale.forLanguageTag("ru"));

    @Test
    void barsAreAccessibleSvgWithATableOfTheSameFigures() {
        Chart chart = charts.bars("votes", "Votes <by> park", "Votes per project", List.of(
                new SvgCharts.Point("Park", 1200), new SvgCharts.Point("Road", 600)));
        assertThat(chart.svg()).startsWith("<svg").contains("role=\"img\"")
                .contains("aria-labelledby=\"votes-title votes-desc\"")
                .contains("<title id=\"votes-title\">Votes &lt;by&gt; park</title>")
                .contains("<desc id=\"votes-desc\">Votes per project</desc>")
                .doesNotContain("<by>");
        assertThat(chart.svg().split("<rect").length - 1).isEqualTo(2);
        // The highest bar fills the plot (180 px), the other is half of it.
        assertThat(chart.svg()).contains("height=\"180.0\"").contains("height=\"90.0\"");
        assertThat(chart.rows()).extracting(Chart.Row::label, Chart.Row::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Park", "1\u00a0200"), org.assertj.core.groups.Tuple.tuple("Road", "600"));
    }

    @Test
    void progressIsCappedAtTheTarget() {
        assertThat(charts.progress("p", "t", "d", 25, 100).svg()).contains("width=\"150.0\"").contains("data-share=\"0.2500\"");
        assertThat(charts.progress("p", "t", "d", 250, 100).svg()).contains("data-share=\"1.0000\"");
        assertThat(charts.progress("p", "t", "d", 5, 0).svg()).contains("data-share=\"0.0000\"");
    }

    @Test
    void lineHasOnePointPerValueAndHandlesEmptyData() {
        Chart line = charts.line("l", "t", "d", List.of(new SvgCharts.Point("2026-01-01", 1), new SvgCharts.Point("2026-01-02", 3),
                new SvgCharts.Point("2026-01-03", 2)));
        assertThat(line.svg().split("<circle").length - 1).isEqualTo(3);
        assertThat(line.svg()).contains("<path d=\"M");
        Chart empty = charts.line("e", "t", "d", List.of());
        assertThat(empty.svg()).doesNotContain("<path").endsWith("</svg>");
        assertThat(empty.rows()).isEmpty();
    }

    @Test
    void horizontalBarsScaleToTheLargestValue() {
        Chart chart = charts.horizontalBars("h", "t", "d", List.of(new SvgCharts.Point("Almaty", 40), new SvgCharts.Point("Astana", 10)));
        assertThat(chart.svg()).contains("width=\"340.0\"").contains("width=\"85.0\"");
    }
}
