package kz.dauys.assembly.opendata;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545 text rules: escaping and folding at 75 octets without splitting UTF-8 sequences. */
class ICalendarTest {

    @Test
    void escapesTextValues() {
        assertThat(ICalendar.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
        assertThat(ICalendar.escape("line\r\nnext")).isEqualTo("line\\nnext");
    }

    @Test
    void foldsLongCyrillicLinesAt75OctetsOnCharacterBoundaries() {
        String line = "SUMMARY:" + "Алматы қалалық мәслихатының кезекті сессиясы ".repeat(5);
        String folded = ICalendar.fold(line);
        String[] physical = folded.split("\r\n");
        assertThat(physical.length).isGreaterThan(1);
        for (String part : physical) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        for (int i = 1; i < physical.length; i++) {
            assertThat(physical[i]).startsWith(" ");
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    }

    @Test
    void shortLinesStayWhole() {
        assertThat(ICalendar.fold("VERSION:2.0")).isEqualTo("VERSION:2.0");
        String exactly75 = "X".repeat(75);
        assertThat(ICalendar.fold(exactly75)).isEqualTo(exactly75);
        assertThat(ICalendar.fold(exactly75 + "Y")).isEqualTo(exactly75 + "\r\n Y");
    }
}
