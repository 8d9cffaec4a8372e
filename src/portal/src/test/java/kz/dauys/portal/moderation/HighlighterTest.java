package kz.dauys.portal.moderation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {

    @Test
    void marksFindingsOfTheFieldAndEscapesTheRest() {
        List<ModerationClient.Finding> findings = List.of(
                new ModerationClient.Finding("profanity", "p", "HIGH", "body", 4, 9, "words", "x"),
                new ModerationClient.Finding("personal_data", "iin", "HIGH", "title", 0, 3, "***", "x"),
                new ModerationClient.Finding("excluded_subject", "c", "LOW", "body", 6, 12, "rds <b", "overlap"));
        assertThat(Highlighter.highlight("bad words <b>here</b>", "body", findings))
                .isEqualTo("bad <mark class=\"highlight\">words</mark><mark class=\"highlight\"> &lt;b</mark>&gt;here&lt;/b&gt;");
        assertThat(Highlighter.highlight("plain", "body", List.of())).isEqualTo("plain");
    }
}
